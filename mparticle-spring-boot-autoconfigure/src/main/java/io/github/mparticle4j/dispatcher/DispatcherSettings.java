/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.mparticle4j.dispatcher;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;

/**
 * The settings of an {@link EventDispatcher}, checked by its builder.
 *
 * @param name the name, for logs
 * @param flushInterval how long a batch may wait to be merged and packed
 * @param maxQueuedBatches the most batches held, including those being sent
 * @param maxQueuedBytes the most serialized bytes held, including those being sent
 * @param overflowPolicy what to do with a batch when the queue is full
 * @param blockTimeout how long a caller waits for room with {@link OverflowPolicy#BLOCK}
 * @param maxRequestsInFlight the most requests in flight
 * @param maxBatchesPerSecond the cap on batches sent per second, 0 for none
 * @param slowDownAt the share of the rate limit, in percent, above which to slow down
 * @param shutdownTimeout how long {@link EventDispatcher#close()} tries to deliver
 * @param failureHandler the handler of batches not delivered
 * @param listener the listener, for metrics
 * @param scheduler the scheduler, or {@code null} for the client's
 * @param handleExecutor the executor that completes handles and calls the failure handler
 * for batches that failed after they were enqueued
 * @param rejectedCredentials what to do when mParticle rejects the credentials
 * @param maxCredentialsBackoff the longest pause after rejected credentials
 * @author mparticle4j contributors
 */
record DispatcherSettings(String name, Duration flushInterval, int maxQueuedBatches, long maxQueuedBytes,
		OverflowPolicy overflowPolicy, Duration blockTimeout, int maxRequestsInFlight, double maxBatchesPerSecond,
		int slowDownAt, Duration shutdownTimeout, DispatchFailureHandler failureHandler,
		EventDispatcherListener listener, @Nullable Scheduler scheduler, Executor handleExecutor,
		RejectedCredentialsPolicy rejectedCredentials, Duration maxCredentialsBackoff) {

}

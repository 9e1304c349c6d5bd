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

package io.github.mparticle4j.client.internal;

import java.time.Duration;
import java.util.List;

import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What the {@code io.github.mparticle4j.dispatcher} package needs from its client: one
 * attempt to send a bulk request that is already serialized, and the client's rate-limit
 * state and settings. The client's own {@code EventsApi} implements it; the dispatcher
 * retries itself.
 *
 * @author mparticle4j contributors
 */
public interface DispatchSender {

	/**
	 * Sends a bulk request once, without retrying: statuses and transport failures come
	 * back as values.
	 * @param request the serialized request
	 * @param sourceRequestIds the id of each batch in it
	 * @return a {@code Mono} that sends when subscribed
	 */
	Mono<AttemptOutcome> sendOnce(SerializedRequest request, List<String> sourceRequestIds);

	/**
	 * Returns how long mParticle asked this client to wait after a {@code 429}.
	 * @return the time left, zero if none
	 */
	Duration rateLimitWait();

	/**
	 * Returns how long to wait before sending a request again after a failure that may
	 * pass, as the client's own retries would: its backoff within its
	 * {@code maxAttempts}, after which the dispatcher pauses for longer.
	 * @param failedAttempts the attempts of the request that failed so far, from 1
	 * @return the wait, or {@code null} when the client's attempts are used up
	 */
	@Nullable Duration retryDelay(int failedAttempts);

	/**
	 * Returns the longest wait that a {@code Retry-After} header may impose.
	 * @return the wait
	 */
	Duration maxRetryAfter();

	/**
	 * Returns the environment given to batches that have none.
	 * @return the environment, or {@code null}
	 */
	Batch.@Nullable Environment defaultEnvironment();

	/**
	 * Returns the scheduler the client takes its time from.
	 * @return the scheduler
	 */
	Scheduler scheduler();

}

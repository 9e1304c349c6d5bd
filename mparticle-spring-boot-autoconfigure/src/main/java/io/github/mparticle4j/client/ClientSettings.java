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

package io.github.mparticle4j.client;

import java.net.URI;
import java.time.Duration;

import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;

/**
 * The validated settings of one {@link EventsApi} client.
 *
 * @param baseUrl the base URL, without a trailing slash
 * @param credentials the key and secret
 * @param environment the environment of batches that have none, or {@code null}
 * @param connectTimeout the connect timeout of the client's own connector
 * @param responseTimeout the response timeout of one attempt
 * @param timeout the deadline of a whole upload
 * @param maxAttempts the attempts per upload
 * @param initialBackoff the backoff before the first retry
 * @param maxBackoff the longest backoff
 * @param maxRetryAfter the longest Retry-After honoured
 * @param scheduler where waits and the deadline take their time from
 * @author mparticle4j contributors
 */
record ClientSettings(URI baseUrl, ApiCredentials credentials, Batch.@Nullable Environment environment,
		Duration connectTimeout, Duration responseTimeout, Duration timeout, int maxAttempts, Duration initialBackoff,
		Duration maxBackoff, Duration maxRetryAfter, Scheduler scheduler) {

}

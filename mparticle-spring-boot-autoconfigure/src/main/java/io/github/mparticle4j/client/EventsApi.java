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
import java.util.List;

import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Sends batches to the mParticle Events API. <pre class="code">
 * EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
 *     .pod(Pod.EU1)
 *     .environment(Batch.Environment.DEVELOPMENT)
 *     .build();
 * UploadResult result = api.uploadEvents(batch).block();
 * </pre>
 * <p>
 * Both methods validate and serialize the batches when they are called and return a
 * {@code Mono} that sends the serialized request when subscribed. Invalid batches give a
 * {@code Mono} that fails with {@link MParticleValidationException} and sends nothing. A
 * batch without an environment gets the configured default; a batch without a
 * {@code source_request_id} gets a random UUID, which is kept for retries and for
 * re-subscriptions to the same {@code Mono}, so that mParticle can drop duplicates. The
 * batches themselves are not modified.
 * <p>
 * {@code 429} and {@code 5xx} responses, connection failures and timeouts are retried
 * with exponential backoff and full jitter, honouring {@code Retry-After}; {@code 400},
 * {@code 401} and {@code 403} are not. Other failures are reported as the subclasses of
 * {@link MParticleException}.
 *
 * @author mparticle4j contributors
 */
public interface EventsApi extends AutoCloseable {

	/**
	 * The most batches that one bulk request may carry.
	 */
	int MAX_BATCHES_PER_REQUEST = 100;

	/**
	 * Uploads one batch ({@code POST /events}).
	 * @param batch the batch
	 * @return a {@code Mono} that sends the batch when subscribed and emits the result
	 */
	Mono<UploadResult> uploadEvents(Batch batch);

	/**
	 * Uploads up to {@value #MAX_BATCHES_PER_REQUEST} batches in one request
	 * ({@code POST /bulkevents}). mParticle accepts the request as a whole; batches that
	 * fail in processing later are not reported back.
	 * @param batches the batches, one per user
	 * @return a {@code Mono} that sends the batches when subscribed and emits the result
	 */
	Mono<UploadResult> bulkUploadEvents(List<Batch> batches);

	/**
	 * Returns what this client has seen of the Events API so far: the outcome of its
	 * uploads, without making any request.
	 * @return the current status
	 */
	default UploadStatus status() {
		return UploadStatus.UNKNOWN;
	}

	/**
	 * Returns the base URL that this client sends to.
	 * @return the base URL, or {@code null} if this client does not say
	 */
	default @Nullable URI baseUrl() {
		return null;
	}

	/**
	 * Returns the environment that this client gives to batches that have none.
	 * @return the environment, or {@code null} if there is none
	 */
	default Batch.@Nullable Environment defaultEnvironment() {
		return null;
	}

	/**
	 * Releases the connections that this client owns. A client built on a
	 * {@link EventsApiBuilder#clientConnector(org.springframework.http.client.reactive.ClientHttpConnector)
	 * given connector} leaves it open.
	 */
	@Override
	default void close() {
	}

	/**
	 * Returns a builder for a client with the given credentials.
	 * @param credentials the key and secret of the mParticle input
	 * @return the builder
	 */
	static EventsApiBuilder builder(ApiCredentials credentials) {
		return new EventsApiBuilder(credentials);
	}

}

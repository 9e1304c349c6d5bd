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

import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleRateLimitException;
import io.github.mparticle4j.client.MParticleResponseException;
import io.github.mparticle4j.client.MParticleTransportException;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.Batch;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link DispatchTransport} over an {@link EventsApi} that is not this library's own,
 * such as a stub in a test or a wrapper that delegates: reads each request back into
 * batches and calls {@link EventsApi#bulkUploadEvents(List)}, and turns what it signals
 * into a {@link SendOutcome}: its result into {@link SendOutcome.Accepted}, an
 * {@link MParticleResponseException} into {@link SendOutcome.Rejected} with its status,
 * anything else into {@link SendOutcome.TransportFailure}. Numbers are read exactly, as
 * {@code BigDecimal} and {@code BigInteger} where they do not fit a {@code long}, so that
 * a value written again comes out as {@code enqueue} wrote it: a 30-digit decimal,
 * {@code 1E+400} or {@code 1.50} are not rounded to a {@code double}.
 * <p>
 * Stateless; called on the dispatcher's worker.
 *
 * @author mparticle4j contributors
 */
final class EventsApiDispatchTransport implements DispatchTransport {

	private static final ObjectReader READER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build()
		.readerFor(new TypeReference<List<Batch>>() {
		});

	private final EventsApi eventsApi;

	EventsApiDispatchTransport(EventsApi eventsApi) {
		this.eventsApi = eventsApi;
	}

	@Override
	public Mono<SendOutcome> send(BulkRequest request) {
		return Mono.defer(() -> {
			List<Batch> batches = READER.readValue(request.toByteArray());
			Mono<UploadResult> result = this.eventsApi.bulkUploadEvents(batches);
			return (result != null) ? result : Mono.error(new IllegalStateException(
					"bulkUploadEvents(..) of " + this.eventsApi.getClass().getName() + " returned null"));
		})
			.<SendOutcome>map(
					(result) -> new SendOutcome.Accepted(result.statusCode(), result.rateLimitPercentageUsed()))
			.onErrorResume((failure) -> Mono.just(outcomeOf(failure)));
	}

	static SendOutcome outcomeOf(Throwable failure) {
		if (failure instanceof MParticleRateLimitException limited) {
			return new SendOutcome.Rejected(429, limited.getRetryAfter(), limited.getRateLimitExceeded(),
					limited.getResponseBody());
		}
		if (failure instanceof MParticleResponseException rejected) {
			return new SendOutcome.Rejected(rejected.getStatusCode(), null, null, rejected.getResponseBody());
		}
		Throwable cause = (failure instanceof MParticleTransportException && failure.getCause() != null)
				? failure.getCause() : failure;
		String message = failure.getMessage();
		return new SendOutcome.TransportFailure(cause,
				(message != null) ? message : failure.getClass().getSimpleName());
	}

}

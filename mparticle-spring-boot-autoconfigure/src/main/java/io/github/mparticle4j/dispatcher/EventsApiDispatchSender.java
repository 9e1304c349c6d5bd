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
import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.DispatchSender;
import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a dispatcher's requests through an {@link EventsApi} that is not this library's
 * own, such as a stub in a test or a wrapper that delegates: reads each request back into
 * batches and calls {@link EventsApi#bulkUploadEvents(List)}. Numbers are read exactly,
 * as {@code BigDecimal} and {@code BigInteger} where they do not fit a {@code long}, so
 * that a value written again comes out as {@code enqueue} wrote it: a 30-digit decimal,
 * {@code 1E+400} or {@code 1.50} are not rounded to a {@code double}.
 *
 * @author mparticle4j contributors
 */
final class EventsApiDispatchSender implements DispatchSender {

	private static final ObjectReader READER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build()
		.readerFor(new TypeReference<List<Batch>>() {
		});

	private final EventsApi eventsApi;

	EventsApiDispatchSender(EventsApi eventsApi) {
		this.eventsApi = eventsApi;
	}

	@Override
	public Mono<UploadResult> sendBulk(SerializedRequest request, List<String> sourceRequestIds) {
		return Mono.defer(() -> {
			List<Batch> batches = READER.readValue(request.toByteArray());
			Mono<UploadResult> result = this.eventsApi.bulkUploadEvents(batches);
			return (result != null) ? result : Mono.error(new IllegalStateException(
					"bulkUploadEvents(..) of " + this.eventsApi.getClass().getName() + " returned null"));
		});
	}

	@Override
	public Duration rateLimitWait() {
		return Duration.ZERO;
	}

	@Override
	public Batch.@Nullable Environment defaultEnvironment() {
		return this.eventsApi.defaultEnvironment();
	}

	@Override
	public Scheduler scheduler() {
		return Schedulers.parallel();
	}

}

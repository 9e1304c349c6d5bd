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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests how the engine packs what it claims from the store into requests, at the exact
 * limits: 256 KB per request, 128 KB per merged batch, and the id a merged batch is sent
 * under.
 *
 * @author mparticle4j contributors
 */
class EnginePackingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BatchEncoder encoder = new BatchEncoder(Batch.Environment.DEVELOPMENT);

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<BulkRequest> sent = new CopyOnWriteArrayList<>();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void aRequestIsFilledToJustUnder256Kb() {
		// brackets and commas take 5 bytes: these four make a request of 262,143 bytes
		EventDispatcher dispatcher = dispatcher();
		int[] sizes = { 65534, 65534, 65535, 65535 };
		for (int i = 0; i < sizes.length; i++) {
			dispatcher.enqueue(sized("user-" + i, sizes[i]));
		}
		dispatcher.enqueue(sized("user-small", 400));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(2);
		assertThat(this.sent.get(0).sourceRequestIds()).hasSize(4);
		assertThat(this.sent.get(0).size()).isEqualTo(BatchValidator.MAX_REQUEST_SIZE - 1);
		assertThat(this.sent.get(0).toByteArray()).hasSize(BatchValidator.MAX_REQUEST_SIZE - 1);
		assertThat(this.sent.get(1).sourceRequestIds()).hasSize(1);
	}

	@Test
	void oneByteMoreThan256KbDoesNotFit() {
		EventDispatcher dispatcher = dispatcher();
		int[] sizes = { 65534, 65534, 65535, 65536 };
		for (int i = 0; i < sizes.length; i++) {
			dispatcher.enqueue(sized("user-" + i, sizes[i]));
		}
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).extracting((request) -> request.sourceRequestIds().size()).containsExactly(3, 1);
		assertThat(this.sent)
			.allSatisfy((request) -> assertThat(request.size()).isLessThan(BatchValidator.MAX_REQUEST_SIZE));
	}

	@Test
	void mergingStopsAt128KbAndTheUsersNextBatchGoesInTheNextRequest() {
		EventDispatcher dispatcher = dispatcher();
		for (int i = 0; i < 40; i++) {
			dispatcher.enqueue(sized("user", 4000));
		}
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSizeGreaterThanOrEqualTo(2);
		BulkRequest first = this.sent.get(0);
		assertThat(first.sourceRequestIds()).hasSize(1);
		int merged = first.size() - 2;
		assertThat(merged).isLessThanOrEqualTo(BatchValidator.MAX_BATCH_SIZE);
		assertThat(merged + 4000).isGreaterThan(BatchValidator.MAX_BATCH_SIZE);
		int events = this.sent.stream().mapToInt((request) -> {
			int count = 0;
			for (JsonNode batch : JSON.readTree(request.toByteArray())) {
				count += batch.get("events").size();
			}
			return count;
		}).sum();
		assertThat(events).isEqualTo(40);
	}

	@Test
	void aUsersSecondGroupWaitingForItsFirstDoesNotHoldBackOtherUsers() {
		List<Sinks.One<SendOutcome>> answers = new CopyOnWriteArrayList<>();
		EventDispatcher dispatcher = dispatcher(2, (request) -> {
			Sinks.One<SendOutcome> answer = Sinks.one();
			answers.add(answer);
			return answer.asMono();
		});
		for (int i = 0; i < 40; i++) {
			dispatcher.enqueue(sized("heavy", 4000));
		}
		dispatcher.flush();
		this.scheduler.advanceTime();
		// more than 128 KB: the heavy user's first group is in flight, the second waits
		// for it
		assertThat(this.sent).hasSize(1);
		CompletableFuture<Delivery> light = dispatcher.enqueue(sized("light", 500));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(2);
		assertThat(JSON.readTree(this.sent.get(1).toByteArray())).singleElement()
			.satisfies((batch) -> assertThat(batch.at("/user_identities/customer_id").asString()).isEqualTo("light"));
		answers.get(1).tryEmitValue(new SendOutcome.Accepted(202, null));
		this.scheduler.advanceTime();
		assertThat(light.join().sourceRequestId()).isEqualTo(this.sent.get(1).sourceRequestIds().get(0));
		answers.get(0).tryEmitValue(new SendOutcome.Accepted(202, null));
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(3);
		assertThat(JSON.readTree(this.sent.get(2).toByteArray())).singleElement()
			.satisfies((batch) -> assertThat(batch.at("/user_identities/customer_id").asString()).isEqualTo("heavy"));
	}

	@Test
	void aMergedBatchIsSentUnderTheIdOfItsFirstOnly() {
		EventDispatcher dispatcher = dispatcher();
		CompletableFuture<Delivery> first = dispatcher.enqueue(sized("user", 500));
		CompletableFuture<Delivery> second = dispatcher.enqueue(sized("user", 500));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).singleElement().satisfies((request) -> {
			assertThat(request.sourceRequestIds()).containsExactly(first.join().sourceRequestId());
			assertThat(JSON.readTree(request.toByteArray())).singleElement()
				.satisfies((batch) -> assertThat(batch.get("events")).hasSize(2));
		});
		assertThat(second.join().sourceRequestId()).isEqualTo(first.join().sourceRequestId());
		assertThat(second.join().mergedBatches()).isEqualTo(2);
	}

	private EventDispatcher dispatcher() {
		return dispatcher(1, (request) -> Mono.just(new SendOutcome.Accepted(202, null)));
	}

	private EventDispatcher dispatcher(int maxRequestsInFlight, DispatchTransport transport) {
		EventsApi api = new EventsApi() {

			@Override
			public Mono<UploadResult> uploadEvents(Batch batch) {
				return Mono.error(new UnsupportedOperationException());
			}

			@Override
			public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
				return Mono.error(new UnsupportedOperationException());
			}

		};
		return EventDispatcher.builder(api)
			.scheduler(this.scheduler)
			.handleExecutor(Runnable::run)
			.maxRequestsInFlight(maxRequestsInFlight)
			.flushInterval(Duration.ofHours(1))
			.transport((request) -> {
				this.sent.add(request);
				return transport.send(request);
			})
			.build();
	}

	// a batch of exactly the given size on its own: ASCII padding adds one byte per
	// character
	private Batch sized(String user, int size) {
		for (int attributes = 1;; attributes++) {
			int last = 1 + size - size(padded(user, attributes, 1));
			if (last <= 4000) {
				Batch batch = padded(user, attributes, last);
				assertThat(size(batch)).isEqualTo(size);
				return batch;
			}
		}
	}

	private int size(Batch batch) {
		return this.encoder.encode(batch, new SourceRequestIds(), Instant.EPOCH).size();
	}

	private static Batch padded(String user, int attributes, int lastLength) {
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "e");
		for (int i = 0; i < attributes; i++) {
			event.customAttribute("p" + i, "x".repeat((i < attributes - 1) ? 4000 : lastLength));
		}
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId(user))
			.addEvent(event);
	}

}

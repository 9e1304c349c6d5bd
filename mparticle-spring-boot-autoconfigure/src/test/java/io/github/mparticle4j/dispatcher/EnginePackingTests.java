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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.jspecify.annotations.Nullable;
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
		EventDispatcher dispatcher = dispatcher(2, answeredLater(answers));
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
	void groupsPackedForLackOfRoomAreSentBeforeMoreIsClaimed() {
		MemoryBatchStore memory = new MemoryBatchStore(10_000, 64L * 1024 * 1024, OverflowPolicy.REJECT_NEWEST,
				Duration.ZERO, this.scheduler);
		long[] claimedBytes = new long[1];
		long[] sentBytes = new long[1];
		long[] mostHeld = new long[1];
		Sinks.One<SendOutcome> firstAnswer = Sinks.one();
		EventDispatcher dispatcher = dispatcher(1, new ClaimCountingStore(memory, claimedBytes), (request) -> {
			sentBytes[0] += request.size();
			mostHeld[0] = Math.max(mostHeld[0], claimedBytes[0] - sentBytes[0]);
			return (this.sent.size() == 1) ? firstAnswer.asMono() : Mono.just(new SendOutcome.Accepted(202, null));
		});
		// the first request stays in flight while the rest is queued
		for (int i = 0; i < 60; i++) {
			dispatcher.enqueue(sized("user-" + i, 65_000));
		}
		assertThat(this.sent).hasSize(1);
		firstAnswer.tryEmitValue(new SendOutcome.Accepted(202, null));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent.stream().mapToInt((request) -> request.sourceRequestIds().size()).sum()).isEqualTo(60);
		// about one claim's worth: four requests' worth of bytes, and the one that
		// crosses it
		assertThat(mostHeld[0]).isLessThanOrEqualTo(
				DefaultEventDispatcher.CLAIM_REQUESTS * (long) BatchValidator.MAX_REQUEST_SIZE + 65_000);
	}

	@Test
	void aSmallRequestWaitsForOneInFlightThenCarriesTheUsersItFrees() {
		List<Sinks.One<SendOutcome>> answers = new CopyOnWriteArrayList<>();
		EventDispatcher dispatcher = dispatcher(4, answeredLater(answers));
		// a full request's worth of one user goes at once, as one merged batch
		for (String user : List.of("a", "b", "c")) {
			for (int i = 0; i < 100; i++) {
				dispatcher.enqueue(sized(user, 500));
			}
			this.scheduler.advanceTime();
		}
		// b's and c's merged batches, 50 KB each, wait for a's request instead of going
		// in requests of their own
		assertThat(this.sent).hasSize(1);
		assertThat(usersOf(this.sent.get(0))).containsExactly("a");
		answers.get(0).tryEmitValue(new SendOutcome.Accepted(202, null));
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(2);
		assertThat(usersOf(this.sent.get(1))).containsExactly("b", "c");
	}

	@Test
	void aSmallRequestWaitsNoLongerThanTheFlushInterval() {
		List<Sinks.One<SendOutcome>> answers = new CopyOnWriteArrayList<>();
		EventDispatcher dispatcher = dispatcher(4, answeredLater(answers));
		for (String user : List.of("a", "b")) {
			for (int i = 0; i < 100; i++) {
				dispatcher.enqueue(sized(user, 500));
			}
			this.scheduler.advanceTime();
		}
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofHours(1).minusMillis(1));
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).hasSize(2);
		assertThat(usersOf(this.sent.get(1))).containsExactly("b");
	}

	// a transport whose requests stay in flight until the test answers them, in order
	private static DispatchTransport answeredLater(List<Sinks.One<SendOutcome>> answers) {
		return (request) -> {
			Sinks.One<SendOutcome> answer = Sinks.one();
			answers.add(answer);
			return answer.asMono();
		};
	}

	private static List<String> usersOf(BulkRequest request) {
		List<String> users = new ArrayList<>();
		JSON.readTree(request.toByteArray())
			.forEach((batch) -> users.add(batch.at("/user_identities/customer_id").asString()));
		return users;
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
		return dispatcher(maxRequestsInFlight, null, transport);
	}

	private EventDispatcher dispatcher(int maxRequestsInFlight, @Nullable BatchStore store,
			DispatchTransport transport) {
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
		EventDispatcherBuilder builder = EventDispatcher.builder(api);
		if (store != null) {
			builder.store(store);
		}
		return builder.scheduler(this.scheduler)
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

	/**
	 * A memory store that adds up the bytes of the batches it hands out in claims.
	 */
	private record ClaimCountingStore(MemoryBatchStore store, long[] claimedBytes) implements BatchStore {

		@Override
		public void open(Listener listener) {
			this.store.open(listener);
		}

		@Override
		public Append append(StoredBatch batch) {
			return this.store.append(batch);
		}

		@Override
		public List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now) {
			List<StoredBatch> claimed = this.store.claim(maxBatches, maxBytes, now);
			claimed.forEach((batch) -> this.claimedBytes[0] += batch.size());
			return claimed;
		}

		@Override
		public void merged(List<List<StoredBatch>> groups) {
			this.store.merged(groups);
		}

		@Override
		public void acknowledge(List<StoredBatch> batches) {
			this.store.acknowledge(batches);
		}

		@Override
		public void release(List<StoredBatch> batches, Instant nextAttemptAt) {
			this.store.release(batches, nextAttemptAt);
		}

		@Override
		public void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message) {
			this.store.markDead(batches, reason, message);
		}

		@Override
		public Backlog backlog(Instant now) {
			return this.store.backlog(now);
		}

		@Override
		public void close() {
			this.store.close();
		}

	}

}

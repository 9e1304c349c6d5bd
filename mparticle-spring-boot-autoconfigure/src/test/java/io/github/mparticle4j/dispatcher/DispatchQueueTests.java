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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link DispatchQueue}: packing at the exact count and byte limits, merging, and
 * the bounds.
 *
 * @author mparticle4j contributors
 */
class DispatchQueueTests {

	private final BatchEncoder encoder = new BatchEncoder(Batch.Environment.DEVELOPMENT);

	private final List<PendingBatch> evicted = new ArrayList<>();

	@Test
	void aRequestTakesAtMostOneHundredBatches() {
		DispatchQueue queue = new DispatchQueue(1000, Long.MAX_VALUE);
		for (int i = 0; i < 101; i++) {
			offer(queue, pending("user-" + i, 0));
		}
		assertThat(queue.take()).hasSize(100);
		assertThat(queue.take()).hasSize(1);
		assertThat(queue.take()).isEmpty();
	}

	@Test
	void aBatchMergedIntoAnotherIsSentWithoutAnIdOfItsOwn() {
		DispatchQueue queue = new DispatchQueue(1000, Long.MAX_VALUE);
		PendingBatch first = pending("user-1", 0);
		PendingBatch merged = pending("user-1", 0);
		offer(queue, first);
		offer(queue, merged);
		List<BatchGroup> taken = queue.take();
		assertThat(taken).singleElement()
			.satisfies((group) -> assertThat(group.batches).containsExactly(first, merged));
		String body = new String(BatchGroup.writeRequest(taken).toByteArray(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"source_request_id\":\"" + first.sourceRequestId().value() + "\"");
		assertThat(merged.hasSourceRequestId()).isFalse();
	}

	@Test
	void aRequestIsFilledToJustUnder256Kb() {
		// brackets and commas take 5 bytes: these four make a request of 262,143 bytes
		int[] sizes = { 65534, 65534, 65535, 65535 };
		DispatchQueue exact = new DispatchQueue(1000, Long.MAX_VALUE);
		for (int i = 0; i < sizes.length; i++) {
			offer(exact, sized("user-" + i, sizes[i]));
		}
		offer(exact, pending("user-small", 0));
		List<BatchGroup> full = exact.take();
		assertThat(full).hasSize(4);
		assertThat(requestSize(full)).isEqualTo(BatchValidator.MAX_REQUEST_SIZE - 1);
		assertThat(exact.take()).hasSize(1);
		// one byte more does not fit
		DispatchQueue over = new DispatchQueue(1000, Long.MAX_VALUE);
		sizes[3]++;
		for (int i = 0; i < sizes.length; i++) {
			offer(over, sized("user-" + i, sizes[i]));
		}
		assertThat(over.take()).hasSize(3);
		assertThat(over.take()).hasSize(1);
	}

	@Test
	void aRequestIsFullWhenItsGroupsAsSentReach256Kb() {
		// 262,144 bytes with brackets and commas: one byte more than fits
		int[] sizes = { 65534, 65534, 65535, 65536 };
		DispatchQueue queue = new DispatchQueue(1000, Long.MAX_VALUE);
		for (int i = 0; i < sizes.length - 1; i++) {
			assertThat(offer(queue, sized("user-" + i, sizes[i])))
				.isNotEqualTo(DispatchQueue.Offer.ADDED_FILLING_REQUEST);
		}
		assertThat(queue.state().fillsRequest()).isFalse();
		assertThat(offer(queue, sized("user-3", sizes[3]))).isEqualTo(DispatchQueue.Offer.ADDED_FILLING_REQUEST);
		assertThat(queue.state().fillsRequest()).isTrue();
		queue.take();
		assertThat(queue.state().fillsRequest()).isFalse();
		assertThat(queue.state().waitingSize()).isEqualTo(sizes[3]);
	}

	@Test
	void mergedBatchesFillARequestByTheSizeTheyAreSentWith() {
		// a user-level content of 1 KB, as with a typical user's attributes, and small
		// events: merging saves most of each batch
		DispatchQueue queue = new DispatchQueue(10_000, Long.MAX_VALUE);
		PendingBatch first = withAttributes("user", 1000);
		offer(queue, first);
		long enqueuedBytes = first.size;
		while (enqueuedBytes < 2L * BatchValidator.MAX_REQUEST_SIZE) {
			PendingBatch next = withAttributes("user", 1000);
			assertThat(offer(queue, next)).isEqualTo(DispatchQueue.Offer.ADDED);
			enqueuedBytes += next.size;
		}
		// twice a request's worth enqueued, merged into batches of at most 128 KB each
		DispatchQueue.State state = queue.state();
		assertThat(state.fillsRequest()).isFalse();
		assertThat(state.waitingSize()).isLessThan(BatchValidator.MAX_REQUEST_SIZE);
		long sent = 0;
		for (BatchGroup group : queue.take()) {
			sent += group.size();
		}
		assertThat(sent).isEqualTo(state.waitingSize());
	}

	@Test
	void theWaitingSizeStaysTheSizeOfWhatIsSentThroughMergesEvictionsAndRequestsSentAgain() {
		Random random = new Random(11);
		DispatchQueue queue = new DispatchQueue(10_000, 256 * 1024);
		List<List<BatchGroup>> inFlight = new ArrayList<>();
		for (int step = 0; step < 3000; step++) {
			int action = random.nextInt(20);
			if (action == 0) {
				List<BatchGroup> taken = queue.take();
				if (!taken.isEmpty()) {
					inFlight.add(taken);
				}
			}
			else if (action == 1 && !inFlight.isEmpty()) {
				// settle a request: delivered, or sent again
				List<BatchGroup> request = inFlight.remove(random.nextInt(inFlight.size()));
				settle(queue, request, random.nextBoolean());
			}
			else {
				// 18 envelopes: batches merge, and the oldest group often holds several
				PendingBatch batch = withAttributes("user-" + random.nextInt(6), 700 * random.nextInt(3));
				queue.offer(batch, OverflowPolicy.DROP_OLDEST, Duration.ZERO, this.evicted);
			}
		}
		assertThat(this.evicted).isNotEmpty();
		inFlight.forEach((request) -> settle(queue, request, true));
		long waiting = queue.state().waitingSize();
		long sent = 0;
		for (List<BatchGroup> taken = queue.take(); !taken.isEmpty(); taken = queue.take()) {
			for (BatchGroup group : taken) {
				sent += group.size();
			}
			settle(queue, taken, false);
		}
		assertThat(sent).isEqualTo(waiting);
		assertThat(queue.state().waitingSize()).isZero();
	}

	private static void settle(DispatchQueue queue, List<BatchGroup> request, boolean again) {
		List<PendingBatch> settled = new ArrayList<>();
		if (!again) {
			request.forEach((group) -> settled.addAll(group.batches));
		}
		queue.settle(request, settled, again ? request : List.of());
	}

	@Test
	void mergingStopsAt128Kb() {
		DispatchQueue queue = new DispatchQueue(1000, Long.MAX_VALUE);
		for (int i = 0; i < 40; i++) {
			offer(queue, sized("user", 4000));
		}
		List<BatchGroup> groups = queue.take();
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).size()).isLessThanOrEqualTo(BatchValidator.MAX_BATCH_SIZE);
		assertThat(groups.get(0).size() + 4000).isGreaterThan(BatchValidator.MAX_BATCH_SIZE);
		assertThat(groups.get(0).toJson()).hasSize(groups.get(0).size());
	}

	@Test
	void theQueueIsBoundedByCountAndBytesIncludingWhatIsBeingSent() {
		DispatchQueue queue = new DispatchQueue(3, Long.MAX_VALUE);
		for (int i = 0; i < 3; i++) {
			assertThat(offer(queue, pending("user-" + i, 0)).added()).isTrue();
		}
		List<BatchGroup> sending = queue.take();
		assertThat(offer(queue, pending("user-4", 0))).isEqualTo(DispatchQueue.Offer.NO_ROOM);
		List<PendingBatch> settled = new ArrayList<>();
		sending.forEach((group) -> settled.addAll(group.batches));
		queue.settle(sending, settled, List.of());
		assertThat(offer(queue, pending("user-4", 0))).isEqualTo(DispatchQueue.Offer.ADDED_FIRST);
		// each batch counts its JSON and its footprint
		PendingBatch one = pending("user-5", 0);
		DispatchQueue bytes = new DispatchQueue(100, 2L * (one.size + PendingBatch.FOOTPRINT));
		assertThat(offer(bytes, one).added()).isTrue();
		assertThat(offer(bytes, pending("user-6", 0)).added()).isTrue();
		assertThat(offer(bytes, pending("user-7", 0))).isEqualTo(DispatchQueue.Offer.NO_ROOM);
		DispatchQueue oneByteShort = new DispatchQueue(100, 2L * (one.size + PendingBatch.FOOTPRINT) - 1);
		assertThat(offer(oneByteShort, pending("user-5", 0)).added()).isTrue();
		assertThat(offer(oneByteShort, pending("user-6", 0))).isEqualTo(DispatchQueue.Offer.NO_ROOM);
		// an empty queue takes even a batch larger than its bound
		DispatchQueue tiny = new DispatchQueue(100, 1);
		assertThat(offer(tiny, pending("user-8", 0))).isEqualTo(DispatchQueue.Offer.ADDED_FIRST);
		assertThat(offer(tiny, pending("user-9", 0))).isEqualTo(DispatchQueue.Offer.NO_ROOM);
	}

	@Test
	void groupsSentAgainGoBackToTheFrontInOrder() {
		DispatchQueue queue = new DispatchQueue(100, Long.MAX_VALUE);
		offer(queue, pending("a", 0));
		offer(queue, pending("b", 0));
		List<BatchGroup> sent = queue.take();
		offer(queue, pending("c", 0));
		queue.settle(sent, List.of(), sent);
		List<BatchGroup> again = queue.take();
		assertThat(again).hasSize(3);
		assertThat(again.subList(0, 2)).containsExactlyElementsOf(sent);
		assertThat(again.get(2).batches.get(0).envelope).isNotEqualTo(sent.get(0).envelope);
	}

	private DispatchQueue.Offer offer(DispatchQueue queue, PendingBatch batch) {
		return queue.offer(batch, OverflowPolicy.REJECT_NEWEST, Duration.ZERO, this.evicted);
	}

	private PendingBatch pending(String user, int padding) {
		Batch batch = new Batch().userIdentities(new UserIdentities().customerId(user));
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "e");
		if (padding > 0) {
			event.customAttribute("p", "x".repeat(padding));
		}
		return this.encoder.encode(batch.addEvent(event), 0);
	}

	private PendingBatch withAttributes(String user, int attributeLength) {
		return this.encoder.encode(new Batch().userIdentities(new UserIdentities().customerId(user))
			.userAttribute("a", "x".repeat(attributeLength))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e")), 0);
	}

	// a batch of exactly the given size: ASCII padding adds one byte per character
	private PendingBatch sized(String user, int size) {
		for (int attributes = 1;; attributes++) {
			int last = 1 + size - padded(user, attributes, 1).size;
			if (last <= 4000) {
				PendingBatch batch = padded(user, attributes, last);
				assertThat(batch.size).isEqualTo(size);
				return batch;
			}
		}
	}

	private PendingBatch padded(String user, int attributes, int lastLength) {
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "e");
		for (int i = 0; i < attributes; i++) {
			event.customAttribute("p" + i, "x".repeat((i < attributes - 1) ? 4000 : lastLength));
		}
		return this.encoder.encode(new Batch().userIdentities(new UserIdentities().customerId(user)).addEvent(event),
				0);
	}

	// the body's bytes, checked against its declared size and its batches written whole
	private static int requestSize(List<BatchGroup> groups) {
		RequestWriter.SerializedRequest request = BatchGroup.writeRequest(groups);
		byte[] body = request.toByteArray();
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.write('[');
		for (int i = 0; i < groups.size(); i++) {
			if (i > 0) {
				expected.write(',');
			}
			expected.writeBytes(groups.get(i).toJson());
		}
		expected.write(']');
		assertThat(body).isEqualTo(expected.toByteArray()).hasSize(request.size());
		return body.length;
	}

}

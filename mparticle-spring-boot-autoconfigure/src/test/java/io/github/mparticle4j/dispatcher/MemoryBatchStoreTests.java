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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.dispatcher.jdbc.RecordingListener;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link MemoryBatchStore}: its bounds, each overflow policy, the order in which it
 * gives batches out, and merged groups.
 *
 * @author mparticle4j contributors
 */
class MemoryBatchStoreTests {

	private static final Instant NOW = Instant.EPOCH;

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<StoredBatch> dropped = new CopyOnWriteArrayList<>();

	private final SourceRequestIds ids = new SourceRequestIds();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void theStoreIsBoundedByCountAndByBytesWithAFootprintForEachBatch() {
		MemoryBatchStore byCount = store(2, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		assertThat(byCount.append(batch("a", 100))).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(byCount.append(batch("b", 100))).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(byCount.append(batch("c", 100))).isEqualTo(BatchStore.Append.FULL);
		StoredBatch first = batch("a", 100);
		long bound = 2L * (first.size() + MemoryBatchStore.FOOTPRINT);
		MemoryBatchStore byBytes = store(100, bound, OverflowPolicy.REJECT_NEWEST);
		assertThat(byBytes.append(first)).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(byBytes.append(batch("b", 100))).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(byBytes.append(batch("c", 100))).isEqualTo(BatchStore.Append.FULL);
		assertThat(byBytes.heldBytes()).isEqualTo(2L * first.size());
		MemoryBatchStore oneByteShort = store(100, bound - 1, OverflowPolicy.REJECT_NEWEST);
		assertThat(oneByteShort.append(batch("a", 100))).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(oneByteShort.append(batch("b", 100))).isEqualTo(BatchStore.Append.FULL);
	}

	@Test
	void whatIsHeldStaysWhatIsWaitingAndClaimedThroughEvictionsClaimsAndReleases() {
		Random random = new Random(11);
		MemoryBatchStore store = store(10_000, 64 * 1024, OverflowPolicy.DROP_OLDEST);
		List<List<StoredBatch>> claims = new ArrayList<>();
		// the merge key of each batch waiting, by id: a claim that finds nothing must
		// leave no user waiting without a batch claimed
		Map<String, Long> waiting = new HashMap<>();
		int appended = 0;
		int settled = 0;
		for (int step = 0; step < 3000; step++) {
			int action = random.nextInt(20);
			if (action == 0) {
				List<StoredBatch> claimed = store.claim(1 + random.nextInt(20), Long.MAX_VALUE, NOW);
				this.dropped.forEach((batch) -> waiting.remove(batch.sourceRequestId()));
				if (!claimed.isEmpty()) {
					claims.add(claimed);
					claimed.forEach((batch) -> waiting.remove(batch.sourceRequestId()));
				}
				else {
					Set<Long> claimedKeys = new HashSet<>();
					claims.forEach((claim) -> claim.forEach((batch) -> claimedKeys.add(batch.mergeKey())));
					assertThat(claimedKeys).containsAll(waiting.values());
				}
			}
			else if (action == 1 && !claims.isEmpty()) {
				List<StoredBatch> claimed = claims.remove(random.nextInt(claims.size()));
				if (random.nextBoolean()) {
					store.acknowledge(claimed);
					settled += claimed.size();
				}
				else {
					store.release(claimed, NOW);
					claimed.forEach((batch) -> waiting.put(batch.sourceRequestId(), batch.mergeKey()));
				}
			}
			else {
				StoredBatch batch = batch("user-" + random.nextInt(6), 10 + random.nextInt(700));
				if (store.append(batch) == BatchStore.Append.APPENDED) {
					appended++;
					waiting.put(batch.sourceRequestId(), batch.mergeKey());
				}
			}
		}
		assertThat(this.dropped).isNotEmpty();
		int claimedNow = claims.stream().mapToInt(List::size).sum();
		BatchStore.Backlog backlog = store.backlog(NOW);
		assertThat(backlog.batches()).isEqualTo(appended - settled - this.dropped.size());
		assertThat(backlog.waitingBatches() + claimedNow).isEqualTo(backlog.batches());
		claims.forEach(store::acknowledge);
		for (List<StoredBatch> claimed = store.claim(100, Long.MAX_VALUE, NOW); !claimed.isEmpty(); claimed = store
			.claim(100, Long.MAX_VALUE, NOW)) {
			store.acknowledge(claimed);
		}
		assertThat(store.backlog(NOW)).isEqualTo(new BatchStore.Backlog(0, 0, 0, 0, null, null));
	}

	@Test
	void anEmptyStoreTakesAnyBatch() {
		MemoryBatchStore store = store(10, 1000, OverflowPolicy.REJECT_NEWEST);
		assertThat(store.append(batch("a", 5000))).isEqualTo(BatchStore.Append.APPENDED);
		assertThat(store.append(batch("b", 10))).isEqualTo(BatchStore.Append.FULL);
	}

	@Test
	void claimedBatchesKeepTheirRoomUntilSettled() {
		MemoryBatchStore store = store(1, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		store.append(batch("a", 10));
		List<StoredBatch> claimed = store.claim(10, Long.MAX_VALUE, NOW);
		assertThat(store.append(batch("b", 10))).isEqualTo(BatchStore.Append.FULL);
		store.acknowledge(claimed);
		assertThat(store.append(batch("b", 10))).isEqualTo(BatchStore.Append.APPENDED);
	}

	@Test
	void dropOldestEvictsTheOldestWaitingBatchesOnTheWorkerAndReportsThem() {
		MemoryBatchStore store = store(2, Long.MAX_VALUE, OverflowPolicy.DROP_OLDEST);
		StoredBatch oldest = batch("a", 10);
		store.append(oldest);
		store.append(batch("b", 10));
		assertThat(store.append(batch("c", 10))).isEqualTo(BatchStore.Append.APPENDED);
		List<StoredBatch> claimed = store.claim(10, Long.MAX_VALUE, NOW);
		assertThat(this.dropped).containsExactly(oldest);
		assertThat(claimed).extracting(StoredBatch::sourceRequestId)
			.hasSize(2)
			.doesNotContain(oldest.sourceRequestId());
		assertThat(store.heldBatches()).isEqualTo(2);
	}

	@Test
	void dropOldestRejectsTheNewestWhenEverythingHeldIsBeingSent() {
		MemoryBatchStore store = store(1, Long.MAX_VALUE, OverflowPolicy.DROP_OLDEST);
		store.append(batch("a", 10));
		store.claim(10, Long.MAX_VALUE, NOW);
		assertThat(store.append(batch("b", 10))).isEqualTo(BatchStore.Append.FULL);
		assertThat(this.dropped).isEmpty();
	}

	@Test
	void aBlockedCallerGetsRoomWhenABatchIsSettled() throws Exception {
		MemoryBatchStore store = store(1, Long.MAX_VALUE, OverflowPolicy.BLOCK);
		store.append(batch("a", 10));
		List<StoredBatch> claimed = store.claim(10, Long.MAX_VALUE, NOW);
		CompletableFuture<BatchStore.Append> blocked = CompletableFuture
			.supplyAsync(() -> store.append(batch("b", 10)));
		Thread.State[] parked = { Thread.State.WAITING, Thread.State.TIMED_WAITING };
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> isParked(parked));
		assertThat(blocked).isNotDone();
		store.acknowledge(claimed);
		assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo(BatchStore.Append.APPENDED);
	}

	@Test
	void aBlockedCallerIsRejectedOnceTheTimeoutHasPassedOnTheSchedulersClock() throws Exception {
		MemoryBatchStore store = store(1, Long.MAX_VALUE, OverflowPolicy.BLOCK);
		assertTheSecondBatchIsRefusedAfter30sOnTheSchedulersClock(store);
	}

	@Test
	void aCallerWaitingForEvictionsIsRefusedOnceTheWaitHasPassedOnTheSchedulersClock() throws Exception {
		// no worker: nothing evicts the oldest batch to make room
		MemoryBatchStore store = new MemoryBatchStore(1, Long.MAX_VALUE, OverflowPolicy.DROP_OLDEST,
				Duration.ofSeconds(30), this.scheduler);
		store.open(new RecordingListener());
		assertTheSecondBatchIsRefusedAfter30sOnTheSchedulersClock(store);
	}

	@Test
	void aClosedStoreRefusesBatches() {
		MemoryBatchStore store = store(10, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		store.close();
		assertThat(store.append(batch("a", 10))).isEqualTo(BatchStore.Append.CLOSED);
	}

	@Test
	void batchesAreClaimedOldestFirstAndAUsersNextBatchWaitsForTheOneClaimed() {
		MemoryBatchStore store = store(100, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		StoredBatch a1 = batch("a", 10);
		StoredBatch b1 = batch("b", 10);
		store.append(a1);
		store.append(b1);
		List<StoredBatch> first = store.claim(1, Long.MAX_VALUE, NOW);
		assertThat(first).containsExactly(a1);
		StoredBatch a2 = batch("a", 10);
		store.append(a2);
		assertThat(store.claim(10, Long.MAX_VALUE, NOW)).containsExactly(b1);
		store.acknowledge(first);
		assertThat(store.claim(10, Long.MAX_VALUE, NOW)).containsExactly(a2);
	}

	@Test
	void aReleasedBatchIsDueAtItsTimeGoesBackToItsPlaceAndHoldsBackItsUser() {
		MemoryBatchStore store = store(100, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		StoredBatch a1 = batch("a", 10);
		store.append(a1);
		List<StoredBatch> claimed = store.claim(10, Long.MAX_VALUE, NOW);
		StoredBatch a2 = batch("a", 10);
		StoredBatch b1 = batch("b", 10);
		store.append(a2);
		store.append(b1);
		store.release(claimed, NOW.plusSeconds(5));
		assertThat(store.backlog(NOW).nextDueAt()).isEqualTo(a1.acceptedAt());
		assertThat(store.claim(10, Long.MAX_VALUE, NOW)).containsExactly(b1);
		assertThat(store.backlog(NOW).nextDueAt()).isEqualTo(NOW.plusSeconds(5));
		List<StoredBatch> again = store.claim(10, Long.MAX_VALUE, NOW.plusSeconds(5));
		assertThat(again).extracting(StoredBatch::sourceRequestId)
			.containsExactly(a1.sourceRequestId(), a2.sourceRequestId());
		assertThat(again.get(0).attempts()).isEqualTo(1);
	}

	@Test
	void claimsStopAtTheBytesGivenButTakeTheFirstBatchWhateverItsSize() {
		MemoryBatchStore store = store(100, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		StoredBatch big = batch("a", 1000);
		store.append(big);
		store.append(batch("b", 10));
		assertThat(store.claim(10, 10, NOW)).containsExactly(big);
	}

	@Test
	void aClaimStopsAtTheFirstBatchThatDoesNotFitSoThatItsUsersOrderAndAgeComeFirst() {
		MemoryBatchStore store = store(100, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		StoredBatch a = batch("a", 100);
		StoredBatch b = batch("b", 1000);
		StoredBatch c = batch("c", 100);
		store.append(a);
		store.append(b);
		store.append(c);
		assertThat(store.claim(10, a.size() + c.size(), NOW)).containsExactly(a);
		assertThat(store.claim(10, b.size() + c.size(), NOW)).containsExactly(b, c);
	}

	@Test
	void aClaimPassesOverTheBatchesOfUsersWithABatchClaimedWhereverTheyAre() {
		MemoryBatchStore store = store(10_000, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		for (int i = 0; i < 3000; i++) {
			store.append(batch("user-" + (i % 3), 10));
		}
		StoredBatch late = batch("late", 10);
		store.append(late);
		List<StoredBatch> first = store.claim(3, Long.MAX_VALUE, NOW);
		assertThat(first).hasSize(3);
		List<StoredBatch> second = store.claim(100, Long.MAX_VALUE, NOW);
		assertThat(second).containsExactly(late);
		assertThat(store.claim(100, Long.MAX_VALUE, NOW)).isEmpty();
		store.acknowledge(second);
		assertThat(store.claim(100, Long.MAX_VALUE, NOW)).isEmpty();
		store.release(first.subList(0, 1), NOW);
		assertThat(store.claim(100, Long.MAX_VALUE, NOW)).hasSize(100)
			.extracting(StoredBatch::sourceRequestId)
			.startsWith(first.get(0).sourceRequestId());
		store.acknowledge(first.subList(1, 3));
		assertThat(store.claim(2, Long.MAX_VALUE, NOW)).hasSize(2);
	}

	@Test
	void batchesRecordedAsMergedAreClaimedTogetherAndOnlyTogether() {
		MemoryBatchStore store = store(100, Long.MAX_VALUE, OverflowPolicy.REJECT_NEWEST);
		StoredBatch a1 = batch("a", 10);
		StoredBatch b1 = batch("b", 10);
		StoredBatch a2 = batch("a", 10);
		store.append(a1);
		store.append(b1);
		store.append(a2);
		List<StoredBatch> claimed = store.claim(10, Long.MAX_VALUE, NOW);
		store.merged(List.of(List.of(claimed.get(0), claimed.get(2))));
		store.release(claimed, NOW);
		List<StoredBatch> one = store.claim(1, Long.MAX_VALUE, NOW);
		assertThat(one).extracting(StoredBatch::sourceRequestId)
			.containsExactly(a1.sourceRequestId(), a2.sourceRequestId());
		assertThat(one).extracting(StoredBatch::mergedInto).containsOnly(a1.sourceRequestId());
		assertThat(store.claim(10, Long.MAX_VALUE, NOW)).extracting(StoredBatch::sourceRequestId)
			.containsExactly(b1.sourceRequestId());
	}

	@Test
	void madeIdsAreDistinctVersion4UuidsAsText() {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			made.add(this.ids.next());
		}
		assertThat(made).doesNotHaveDuplicates();
		assertThat(made).allSatisfy((id) -> {
			UUID uuid = UUID.fromString(id);
			assertThat(uuid).hasToString(id);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
		});
		assertThat(new SourceRequestIds().next().substring(0, 18)).isNotEqualTo(made.get(0).substring(0, 18));
	}

	// a store of one batch that nothing empties: the caller of the second append waits
	// 30 s of the scheduler's time, then is refused
	private void assertTheSecondBatchIsRefusedAfter30sOnTheSchedulersClock(MemoryBatchStore store) throws Exception {
		store.append(batch("a", 10));
		CompletableFuture<BatchStore.Append> waiting = CompletableFuture
			.supplyAsync(() -> store.append(batch("b", 10)));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> isParked(new Thread.State[] { Thread.State.TIMED_WAITING }));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(29));
		assertThat(waiting).isNotDone();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(BatchStore.Append.FULL);
	}

	private static boolean isParked(Thread.State[] states) {
		return Thread.getAllStackTraces().keySet().stream().anyMatch((thread) -> {
			for (Thread.State state : states) {
				if (thread.getState() == state && List.of(thread.getStackTrace())
					.stream()
					.anyMatch((frame) -> frame.getClassName().equals(Room.class.getName()))) {
					return true;
				}
			}
			return false;
		});
	}

	private MemoryBatchStore store(int maxBatches, long maxBytes, OverflowPolicy policy) {
		MemoryBatchStore store = new MemoryBatchStore(maxBatches, maxBytes, policy, Duration.ofSeconds(30),
				this.scheduler);
		store.open(new BatchStore.Listener() {

			@Override
			public void available() {
				// as the dispatcher's worker would, on a scheduler that runs it at once
				store.backlog(NOW);
			}

			@Override
			public void discarded(List<StoredBatch> batches) {
			}

			@Override
			public void dropped(List<StoredBatch> batches) {
				MemoryBatchStoreTests.this.dropped.addAll(batches);
			}

		});
		return store;
	}

	private StoredBatch batch(String user, int eventsSize) {
		byte[] envelope = ("{\"user_identities\":{\"customer_id\":\"" + user + "\"},\"events\":[]}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] events = ("{\"data\":{\"event_name\":\"" + "x".repeat(eventsSize)
				+ "\"},\"event_type\":\"custom_event\"}")
			.getBytes(StandardCharsets.UTF_8);
		return new StoredBatch(this.ids.next(), BatchEnvelopes.hash64(envelope), true, envelope, events, NOW, 0, null,
				null);
	}

}

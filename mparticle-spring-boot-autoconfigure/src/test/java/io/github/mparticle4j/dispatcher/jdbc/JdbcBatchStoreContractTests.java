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

package io.github.mparticle4j.dispatcher.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.BatchStore.Append;
import io.github.mparticle4j.dispatcher.BatchStore.Backlog;
import io.github.mparticle4j.dispatcher.BatchStoreException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.StoredBatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a {@link JdbcBatchStore} does on a real database, whichever it is: the subclasses
 * run these tests on H2 and on PostgreSQL.
 *
 * @author mparticle4j contributors
 */
abstract class JdbcBatchStoreContractTests {

	static final Instant START = Instant.parse("2026-12-06T06:00:00Z");

	final MutableClock clock = new MutableClock(START);

	final RecordingListener listener = new RecordingListener();

	DataSource dataSource;

	String table;

	/**
	 * Returns a new data source on the test's database, with connections of its own.
	 * @return the data source
	 */
	abstract DataSource newDataSource();

	@BeforeEach
	void createTable() {
		this.dataSource = newDataSource();
		this.table = TestDatabases.uniqueTable();
		JdbcBatchStoreSchema.create(this.dataSource, this.table);
	}

	JdbcBatchStore.Builder builder() {
		return JdbcBatchStore.builder(this.dataSource).tableName(this.table).clock(this.clock).instanceId("one");
	}

	JdbcBatchStore open(JdbcBatchStore.Builder builder) {
		return open(builder, this.listener);
	}

	JdbcBatchStore open(JdbcBatchStore.Builder builder, RecordingListener listener) {
		JdbcBatchStore store = builder.build();
		store.open(listener);
		return store;
	}

	static StoredBatch batch(String id, long user) {
		return batch(id, user, 10);
	}

	static StoredBatch batch(String id, long user, int eventBytes) {
		byte[] envelope = ("{\"environment\":\"development\",\"user_identities\":{\"customer_id\":\"u" + user
				+ "\"},\"events\":[]}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] events = ("{\"event_type\":\"custom_event\",\"data\":{\"event_name\":\"" + "e".repeat(eventBytes)
				+ "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		return new StoredBatch(id, user, true, envelope, events, START, 0, null, null);
	}

	static List<String> ids(List<StoredBatch> batches) {
		return batches.stream().map(StoredBatch::sourceRequestId).toList();
	}

	TransactionTemplate transactions(DataSource dataSource) {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	long rows() {
		return JdbcClient.create(this.dataSource).sql("SELECT COUNT(*) FROM " + this.table).query(Long.class).single();
	}

	@Test
	void appendOutsideATransactionIsCommittedBeforeItReturns() {
		JdbcBatchStore store = open(builder());
		StoredBatch batch = batch("a", 1);
		assertThat(store.append(batch)).isEqualTo(Append.APPENDED);
		assertThat(this.listener.available).hasValue(1);
		JdbcBatchStore other = open(builder().instanceId("two"), new RecordingListener());
		List<StoredBatch> claimed = other.claim(100, 1_000_000, START);
		assertThat(ids(claimed)).containsExactly("a");
		StoredBatch stored = claimed.get(0);
		assertThat(stored.envelope()).isEqualTo(batch.envelope());
		assertThat(stored.events()).isEqualTo(batch.events());
		assertThat(stored.mergeKey()).isEqualTo(1);
		assertThat(stored.mergeable()).isTrue();
		assertThat(stored.acceptedAt()).isEqualTo(START);
		assertThat(stored.attempts()).isZero();
		assertThat(stored.nextAttemptAt()).isNull();
		assertThat(stored.mergedInto()).isNull();
		assertThat(stored.size()).isEqualTo(batch.size());
	}

	@Test
	void claimAtTheEndOfTimeClaimsEverythingPendingAsTheDispatcherDoesAtItsShutdownTimeout() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("b", 2));
		assertThat(ids(store.claim(Integer.MAX_VALUE, Long.MAX_VALUE, Instant.MAX))).containsExactly("a", "b");
	}

	@Test
	void appendInATransactionBecomesClaimableWhenItCommits() {
		JdbcBatchStore store = open(builder());
		JdbcBatchStore other = open(builder().instanceId("two"), new RecordingListener());
		transactions(this.dataSource).executeWithoutResult((status) -> {
			assertThat(store.append(batch("a", 1))).isEqualTo(Append.APPENDED);
			assertThat(this.listener.available).hasValue(0);
			assertThat(other.claim(100, 1_000_000, START)).isEmpty();
		});
		assertThat(this.listener.available).hasValue(1);
		assertThat(this.listener.discarded).isEmpty();
		assertThat(ids(other.claim(100, 1_000_000, START))).containsExactly("a");
	}

	@Test
	void appendInATransactionThatRollsBackIsNeverClaimableAndIsReportedDiscarded() {
		JdbcBatchStore store = open(builder());
		transactions(this.dataSource).executeWithoutResult((status) -> {
			store.append(batch("a", 1));
			store.append(batch("b", 2));
			status.setRollbackOnly();
		});
		assertThat(this.listener.discardedIds()).containsExactly("a", "b");
		assertThat(this.listener.available).hasValue(0);
		assertThat(store.claim(100, 1_000_000, START)).isEmpty();
		assertThat(rows()).isZero();
		assertThat(store.backlog(START).batches()).isZero();
	}

	@Test
	void appendsInATransactionAreWrittenAsItCommitsAndThoseOfAnInnerNewTransactionWithIt() {
		JdbcBatchStore store = open(builder());
		TransactionTemplate inner = transactions(this.dataSource);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions(this.dataSource).executeWithoutResult((status) -> {
			store.append(batch("outer-1", 1));
			inner.executeWithoutResult((innerStatus) -> store.append(batch("inner-1", 2)));
			assertThat(ids(store.claim(100, 1_000_000, START))).as("the inner transaction committed")
				.containsExactly("inner-1");
			store.append(batch("outer-2", 3));
			status.setRollbackOnly();
		});
		assertThat(this.listener.discardedIds()).containsExactly("outer-1", "outer-2");
		assertThat(rows()).isOne();
	}

	@Test
	void appendInATransactionOnAnotherDataSourceIsCommittedOnItsOwn() {
		JdbcBatchStore store = open(builder());
		DataSource elsewhere = TestDatabases.h2();
		transactions(elsewhere).executeWithoutResult((status) -> {
			JdbcClient.create(elsewhere).sql("CREATE TABLE orders (id INT)").update();
			store.append(batch("a", 1));
			assertThat(this.listener.available).hasValue(1);
			status.setRollbackOnly();
		});
		assertThat(this.listener.discarded).isEmpty();
		assertThat(ids(store.claim(100, 1_000_000, START))).containsExactly("a");
	}

	@Test
	void claimTakesTheOldestFirstWithinTheLimits() {
		JdbcBatchStore store = open(builder());
		for (int i = 0; i < 5; i++) {
			store.append(batch("b" + i, i, 100));
		}
		int size = batch("xx", 0, 100).size();
		assertThat(ids(store.claim(2, 1_000_000, START))).containsExactly("b0", "b1");
		assertThat(ids(store.claim(10, 2L * size, START))).containsExactly("b2", "b3");
		assertThat(ids(store.claim(10, 1, START))).as("the first batch whatever its size").containsExactly("b4");
		assertThat(store.claim(10, 1_000_000, START)).isEmpty();
	}

	@Test
	void aClaimStopsAtTheFirstBatchThatDoesNotFit() {
		JdbcBatchStore store = open(builder());
		StoredBatch a = batch("a", 1, 100);
		StoredBatch b = batch("b", 2, 1000);
		StoredBatch c = batch("c", 3, 100);
		store.append(a);
		store.append(b);
		store.append(c);
		assertThat(ids(store.claim(10, a.size() + c.size(), START))).containsExactly("a");
		assertThat(ids(store.claim(10, b.size() + c.size(), START))).containsExactly("b", "c");
	}

	@Test
	void aClaimedBatchIsNotClaimedAgainUntilItsLeaseExpiresAndThenKeepsItsId() {
		JdbcBatchStore one = open(builder().leaseDuration(Duration.ofMinutes(1)));
		JdbcBatchStore two = open(builder().instanceId("two"), new RecordingListener());
		one.append(batch("a", 1));
		assertThat(ids(one.claim(10, 1_000_000, START))).containsExactly("a");
		assertThat(two.claim(10, 1_000_000, START)).isEmpty();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(two.claim(10, 1_000_000, this.clock.instant())).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		List<StoredBatch> again = two.claim(10, 1_000_000, this.clock.instant());
		assertThat(ids(again)).containsExactly("a");
		assertThat(one.claim(10, 1_000_000, this.clock.instant())).isEmpty();
		two.acknowledge(again);
		assertThat(rows()).isZero();
	}

	@Test
	void releaseCountsAnAttemptAndWaitsUntilTheNextAttempt() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		Instant retry = START.plusSeconds(30);
		store.release(claimed, retry);
		assertThat(store.claim(10, 1_000_000, START.plusSeconds(29))).isEmpty();
		assertThat(store.backlog(START).nextDueAt()).isEqualTo(retry);
		List<StoredBatch> again = store.claim(10, 1_000_000, retry);
		assertThat(ids(again)).containsExactly("a");
		assertThat(again.get(0).attempts()).isOne();
		assertThat(again.get(0).nextAttemptAt()).isEqualTo(retry);
	}

	@Test
	void acknowledgeDeletesTheRows() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("b", 2));
		store.acknowledge(store.claim(10, 1_000_000, START));
		assertThat(rows()).isZero();
		assertThat(store.backlog(START).batches()).isZero();
	}

	@Test
	void batchesThatAnotherStoreClaimedAreSettledByTheirIds() {
		JdbcBatchStore one = open(builder());
		JdbcBatchStore two = open(builder().instanceId("two"), new RecordingListener());
		one.append(batch("a", 1));
		one.append(batch("b", 2));
		List<StoredBatch> claimed = one.claim(10, 1_000_000, START);
		two.markDead(claimed.subList(0, 1), DispatchFailure.Reason.BAD_REQUEST, "400");
		two.acknowledge(claimed.subList(1, 2));
		assertThat(JdbcClient.create(this.dataSource).sql("SELECT id FROM " + this.table).query(String.class).list())
			.containsExactly("a");
		assertThat(one.deadBatches().count()).isOne();
	}

	@Test
	void everyChangeIsCommittedOnConnectionsThatDoNotCommitEachStatement() {
		DataSource manualCommit = new DelegatingDataSource(newDataSource()) {

			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				connection.setAutoCommit(false);
				return connection;
			}

		};
		JdbcBatchStore store = open(JdbcBatchStore.builder(manualCommit).tableName(this.table).clock(this.clock));
		store.append(batch("a", 1));
		store.append(batch("b", 2));
		store.append(batch("c", 3));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		store.acknowledge(claimed.subList(0, 1));
		store.release(claimed.subList(1, 2), START.plusSeconds(60));
		store.markDead(claimed.subList(2, 3), DispatchFailure.Reason.BAD_REQUEST, "400");
		assertThat(JdbcClient.create(this.dataSource)
			.sql("SELECT id, attempts, state FROM " + this.table + " ORDER BY seq")
			.query((rs, rowNum) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3))
			.list()).containsExactly("b 1 pending", "c 0 dead");
	}

	@Test
	void aUsersLaterBatchesWaitWhileAnEarlierOneIsClaimed() {
		JdbcBatchStore store = open(builder());
		store.append(batch("u1-first", 1));
		List<StoredBatch> first = store.claim(1, 1_000_000, START);
		store.append(batch("u1-second", 1));
		store.append(batch("u2-first", 2));
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("u2-first");
		store.acknowledge(first);
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("u1-second");
	}

	@Test
	void batchesOfOneUserClaimedTogetherAreAllClaimed() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("b", 1));
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("a", "b");
	}

	@Test
	void mergedBatchesAreClaimedTogetherOrNotAtAll() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("other", 2));
		store.append(batch("b", 1));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		List<StoredBatch> group = List.of(claimed.get(0), claimed.get(2));
		store.merged(List.of(group));
		store.release(claimed, START);
		store.append(batch("later", 3));
		List<StoredBatch> first = store.claim(1, 1_000_000, START);
		assertThat(ids(first)).as("a group counts as one batch").containsExactly("a", "b");
		assertThat(first).extracting(StoredBatch::mergedInto).containsOnly("a");
		assertThat(first).extracting(StoredBatch::attempts).containsOnly(1);
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("other", "later");
		store.release(first, START);
		JdbcClient.create(this.dataSource)
			.sql("UPDATE " + this.table + " SET claimed_by = 'elsewhere', lease_until = :until WHERE id = 'b'")
			.param("until", JdbcBatchStore.timestamp(START.plusSeconds(60)))
			.update();
		assertThat(store.claim(10, 1_000_000, START)).as("a member is claimed elsewhere").isEmpty();
	}

	@Test
	void mergedFailsWhenTheClaimWasLost() {
		JdbcBatchStore one = open(builder().leaseDuration(Duration.ofSeconds(10)));
		JdbcBatchStore two = open(builder().instanceId("two"), new RecordingListener());
		one.append(batch("a", 1));
		one.append(batch("b", 1));
		List<StoredBatch> claimed = one.claim(10, 1_000_000, START);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(two.claim(10, 1_000_000, this.clock.instant())).hasSize(2);
		assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> one.merged(List.of(claimed)))
			.withMessageContaining("claim has expired");
		assertThat(JdbcClient.create(this.dataSource)
			.sql("SELECT COUNT(*) FROM " + this.table + " WHERE merged_into IS NOT NULL")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void batchesSentAloneAreClaimedAgainAsGroupsOfTheirOwnWithoutAWrite() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("b", 1));
		store.append(batch("c", 2));
		store.append(batch("d", 3));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		store.merged(List.of(claimed.subList(0, 2), claimed.subList(2, 3), claimed.subList(3, 4)));
		assertThat(JdbcClient.create(this.dataSource)
			.sql("SELECT id FROM " + this.table + " WHERE merged_into IS NOT NULL ORDER BY seq")
			.query(String.class)
			.list()).as("only the merged group is written").containsExactly("a", "b");
		store.release(claimed, START);
		store.append(batch("e", 2));
		List<StoredBatch> again = store.claim(10, 1_000_000, START);
		assertThat(again).extracting((batch) -> batch.sourceRequestId() + " in " + batch.mergedInto())
			.containsExactly("a in a", "b in a", "c in c", "d in d", "e in null");
	}

	@Test
	void aBatchWhoseLeaseExpiredIsClaimedAsAGroupOfItsOwnSinceItMayHaveBeenSentAlone() {
		JdbcBatchStore one = open(builder().leaseDuration(Duration.ofSeconds(10)));
		JdbcBatchStore two = open(builder().instanceId("two"), new RecordingListener());
		one.append(batch("a", 1));
		assertThat(one.claim(10, 1_000_000, START)).hasSize(1);
		one.append(batch("b", 1));
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(two.claim(10, 1_000_000, this.clock.instant()))
			.extracting((batch) -> batch.sourceRequestId() + " in " + batch.mergedInto())
			.containsExactly("a in a", "b in null");
	}

	@Test
	void claimsBoundedByBytesTakeEveryBatchOldestFirstWhateverTheirSizes() {
		JdbcBatchStore store = open(builder());
		List<String> appended = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			store.append(batch("b" + i, i, (i % 5 == 0) ? 2_000 : 100));
			appended.add("b" + i);
		}
		long maxBytes = 6L * batch("xx", 0, 100).size();
		List<String> claimedInTurn = new ArrayList<>();
		for (List<StoredBatch> claimed = store.claim(1_000, maxBytes, START); !claimed.isEmpty(); claimed = store
			.claim(1_000, maxBytes, START)) {
			assertThat(claimed.size() == 1 || claimed.stream().mapToLong(StoredBatch::size).sum() <= maxBytes)
				.as("within the bytes, or the first batch whatever its size")
				.isTrue();
			claimedInTurn.addAll(ids(claimed));
			store.acknowledge(claimed);
		}
		assertThat(claimedInTurn).isEqualTo(appended);
	}

	@Test
	void rejectNewestRefusesAppendsBeyondTheBounds() {
		JdbcBatchStore store = open(builder().maxBatches(2));
		assertThat(store.append(batch("a", 1))).isEqualTo(Append.APPENDED);
		assertThat(store.append(batch("b", 2))).isEqualTo(Append.APPENDED);
		assertThat(store.append(batch("c", 3))).isEqualTo(Append.FULL);
		store.acknowledge(store.claim(1, 1_000_000, START));
		assertThat(store.append(batch("c", 3))).isEqualTo(Append.APPENDED);
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void boundsCountBytes() {
		int size = batch("a", 1, 100).size();
		JdbcBatchStore store = open(builder().maxBytes(2L * size));
		assertThat(store.append(batch("a", 1, 100))).isEqualTo(Append.APPENDED);
		assertThat(store.append(batch("b", 2, 100))).isEqualTo(Append.APPENDED);
		assertThat(store.append(batch("c", 3, 100))).isEqualTo(Append.FULL);
	}

	@Test
	void boundsHoldForBatchesThatOtherInstancesAppendedOnceCounted() {
		JdbcBatchStore other = open(builder().instanceId("two"), new RecordingListener());
		other.append(batch("a", 1));
		other.append(batch("b", 2));
		JdbcBatchStore store = open(builder().maxBatches(2));
		assertThat(store.append(batch("c", 3))).isEqualTo(Append.FULL);
	}

	@Test
	void rolledBackAppendsGiveTheirRoomBack() {
		JdbcBatchStore store = open(builder().maxBatches(1));
		transactions(this.dataSource).executeWithoutResult((status) -> {
			store.append(batch("a", 1));
			status.setRollbackOnly();
		});
		assertThat(store.append(batch("b", 1))).isEqualTo(Append.APPENDED);
	}

	@Test
	void blockWaitsForRoom() throws Exception {
		JdbcBatchStore store = open(
				builder().maxBatches(1).overflowPolicy(OverflowPolicy.BLOCK).blockTimeout(Duration.ofMinutes(1)));
		store.append(batch("a", 1));
		List<StoredBatch> claimed = store.claim(1, 1_000_000, START);
		CompletableFuture<Append> blocked = CompletableFuture.supplyAsync(() -> store.append(batch("b", 2)));
		assertThat(blocked).isNotDone();
		store.acknowledge(claimed);
		assertThat(blocked.get(30, TimeUnit.SECONDS)).isEqualTo(Append.APPENDED);
	}

	@Test
	void blockRejectsAfterItsTimeoutOnTheSchedulersClock() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		JdbcBatchStore store = open(builder().maxBatches(1)
			.overflowPolicy(OverflowPolicy.BLOCK)
			.blockTimeout(Duration.ofMinutes(1))
			.scheduler(time));
		store.append(batch("a", 1));
		CompletableFuture<Append> blocked = CompletableFuture.supplyAsync(() -> store.append(batch("b", 2)));
		time.advanceTimeBy(Duration.ofSeconds(59));
		assertThat(blocked).as("within its timeout").isNotDone();
		// the minute passes once the waiting append has scheduled its wake-up
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			time.advanceTimeBy(Duration.ofMinutes(1));
			return blocked.isDone();
		});
		assertThat(blocked).isCompletedWithValue(Append.FULL);
		time.dispose();
	}

	@Test
	void closeReleasesBlockedAppendsAndRefusesLaterOnes() throws Exception {
		JdbcBatchStore store = open(
				builder().maxBatches(1).overflowPolicy(OverflowPolicy.BLOCK).blockTimeout(Duration.ofMinutes(1)));
		store.append(batch("a", 1));
		CompletableFuture<Append> blocked = CompletableFuture.supplyAsync(() -> store.append(batch("b", 2)));
		store.close();
		assertThat(blocked.get(30, TimeUnit.SECONDS)).isEqualTo(Append.CLOSED);
		assertThat(store.append(batch("c", 3))).isEqualTo(Append.CLOSED);
		assertThat(ids(store.claim(10, 1_000_000, START))).as("claimed batches may still be settled")
			.containsExactly("a");
	}

	@Test
	void dropOldestAcceptsEveryAppendAndDropsTheOldestAtTheNextClaim() {
		JdbcBatchStore store = open(builder().maxBatches(2).overflowPolicy(OverflowPolicy.DROP_OLDEST));
		for (String id : List.of("a", "b", "c", "d")) {
			assertThat(store.append(batch(id, 1))).isEqualTo(Append.APPENDED);
		}
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("c", "d");
		assertThat(this.listener.droppedIds()).containsExactly("a", "b");
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void dropOldestHonoursTheByteBound() {
		int size = batch("a", 1, 100).size();
		JdbcBatchStore store = open(builder().maxBytes(2L * size).overflowPolicy(OverflowPolicy.DROP_OLDEST));
		for (String id : List.of("a", "b", "c")) {
			store.append(batch(id, 1, 100));
		}
		assertThat(ids(store.claim(10, 1_000_000, START))).containsExactly("b", "c");
		assertThat(this.listener.droppedIds()).containsExactly("a");
	}

	@Test
	void deadBatchesAreKeptListedNewestFirstReplayedAndPurged() {
		JdbcBatchStore store = open(builder());
		for (int i = 0; i < 5; i++) {
			store.append(batch("d" + i, i));
		}
		for (StoredBatch claimed : store.claim(10, 1_000_000, START)) {
			store.markDead(List.of(claimed), DispatchFailure.Reason.BAD_REQUEST, "mParticle refused it: 400");
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(rows()).isEqualTo(5);
		assertThat(store.claim(10, 1_000_000, this.clock.instant())).isEmpty();
		DeadBatches dead = store.deadBatches();
		assertThat(dead.count()).isEqualTo(5);
		List<DeadBatch> page = dead.list(2);
		assertThat(page).extracting(DeadBatch::sourceRequestId).containsExactly("d4", "d3");
		assertThat(page.get(0).reason()).isEqualTo(DispatchFailure.Reason.BAD_REQUEST);
		assertThat(page.get(0).message()).isEqualTo("mParticle refused it: 400");
		assertThat(page.get(0).deadAt()).isEqualTo(START.plusSeconds(4));
		assertThat(page.get(0).input()).isEqualTo("default");
		List<String> all = new ArrayList<>();
		while (!page.isEmpty()) {
			page.forEach((batch) -> all.add(batch.sourceRequestId()));
			page = dead.listAfter(page.get(page.size() - 1), 2);
		}
		assertThat(all).containsExactly("d4", "d3", "d2", "d1", "d0");
		int available = this.listener.available.get();
		assertThat(dead.replay("d2")).isOne();
		assertThat(this.listener.available).hasValue(available + 1);
		assertThat(dead.replay("unknown")).isZero();
		List<StoredBatch> replayed = store.claim(10, 1_000_000, this.clock.instant());
		assertThat(ids(replayed)).containsExactly("d2");
		assertThat(replayed.get(0).attempts()).isZero();
		assertThat(dead.purge("d4")).isOne();
		assertThat(dead.purgeDeadBefore(START.plusSeconds(1))).as("d0 died at the start").isOne();
		assertThat(dead.purgeOlderThan(Duration.ofSeconds(1))).as("d1 and d3").isEqualTo(2);
		assertThat(dead.count()).isZero();
		assertThat(rows()).as("the replayed batch").isOne();
	}

	@Test
	void replayAndPurgeTakeAMergedGroupWhole() {
		JdbcBatchStore store = open(builder());
		store.append(batch("a", 1));
		store.append(batch("b", 1));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		store.merged(List.of(claimed));
		store.markDead(claimed, DispatchFailure.Reason.BAD_REQUEST, "400");
		DeadBatches dead = store.deadBatches();
		assertThat(dead.replay("b")).isEqualTo(2);
		List<StoredBatch> again = store.claim(10, 1_000_000, START);
		assertThat(ids(again)).containsExactly("a", "b");
		store.markDead(again, DispatchFailure.Reason.BAD_REQUEST, "400");
		assertThat(dead.purge("a")).isEqualTo(2);
		assertThat(rows()).isZero();
	}

	@Test
	void backlogReportsWhatWaitsAndWhatIsClaimed() {
		JdbcBatchStore store = open(builder());
		assertThat(store.backlog(START)).isEqualTo(new Backlog(0, 0, 0, 0, null, null));
		StoredBatch a = batch("a", 1);
		store.append(a);
		store.append(batch("b", 2));
		store.claim(1, 1_000_000, START);
		Backlog backlog = store.backlog(START);
		assertThat(backlog.batches()).isEqualTo(2);
		assertThat(backlog.bytes()).isEqualTo(2L * a.size());
		assertThat(backlog.waitingBatches()).isOne();
		assertThat(backlog.waitingBytes()).isEqualTo(a.size());
		assertThat(backlog.oldestWaitingAcceptedAt()).isEqualTo(START);
		assertThat(backlog.nextDueAt()).isEqualTo(START);
	}

	@Test
	void backlogCountsWhatOtherInstancesAppendedOnceRefreshed() {
		JdbcBatchStore store = open(builder().backlogRefreshInterval(Duration.ofSeconds(5)));
		JdbcBatchStore other = open(builder().instanceId("two"), new RecordingListener());
		other.append(batch("a", 1));
		assertThat(store.backlog(START).batches()).isZero();
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(store.backlog(this.clock.instant()).batches()).isOne();
	}

	@Test
	void aDuplicateIdIsAClearErrorAndTakesNoRoom() {
		JdbcBatchStore store = open(builder().maxBatches(2));
		store.append(batch("a", 1));
		assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> store.append(batch("a", 1)))
			.withMessage("The JDBC batch store of input 'default' (table " + this.table + ") could not append a batch");
		assertThat(store.append(batch("b", 1))).isEqualTo(Append.APPENDED);
	}

	@Test
	void inputsShareATableWithRowsOfTheirOwn() {
		JdbcBatchStore first = open(builder().input("first"));
		JdbcBatchStore second = open(builder().input("second").instanceId("two"), new RecordingListener());
		first.append(batch("a", 1));
		second.append(batch("a", 1));
		assertThat(ids(second.claim(10, 1_000_000, START))).containsExactly("a");
		assertThat(second.claim(10, 1_000_000, START)).isEmpty();
		assertThat(ids(first.claim(10, 1_000_000, START))).containsExactly("a");
	}

	@Test
	void openFailsClearlyWithoutTheTable() {
		JdbcBatchStore store = JdbcBatchStore.builder(this.dataSource).tableName("no_such_outbox").build();
		assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> store.open(this.listener))
			.withMessageContaining("table no_such_outbox")
			.withMessageContaining("JdbcBatchStoreSchema");
	}

	@Test
	void creatingTheSchemaTwiceIsHarmless() {
		JdbcBatchStoreSchema.create(this.dataSource, this.table);
		assertThat(rows()).isZero();
	}

	@Test
	void statisticsTellPendingOldestAndDeadAsOfTheLastReadAndWhatTheStoreDidSince() {
		JdbcBatchStore store = open(builder().backlogRefreshInterval(Duration.ofSeconds(5)));
		assertThat(store.statistics()).isEqualTo(new JdbcBatchStore.Statistics(0, 0, Duration.ZERO, 0, START, null));
		StoredBatch a = batch("a", 1);
		store.append(a);
		store.append(batch("b", 2));
		this.clock.advance(Duration.ofSeconds(3));
		JdbcBatchStore.Statistics appended = store.statistics();
		assertThat(appended.pendingBatches()).isEqualTo(2);
		assertThat(appended.pendingBytes()).isEqualTo(2L * a.size());
		assertThat(appended.oldestPendingAge()).as("from the earliest append since the read")
			.isEqualTo(Duration.ofSeconds(3));
		List<StoredBatch> claimed = store.claim(10, 1_000_000, START);
		store.markDead(claimed.subList(0, 1), DispatchFailure.Reason.BAD_REQUEST, "400");
		JdbcBatchStore.Statistics dead = store.statistics();
		assertThat(dead.pendingBatches()).as("b, claimed, is still pending").isOne();
		assertThat(dead.deadBatches()).isOne();
		assertThat(dead.readAt()).isEqualTo(START);
		// another instance's rows are seen at the next read only
		JdbcBatchStore other = open(builder().instanceId("two"), new RecordingListener());
		other.append(batch("c", 3));
		other.markDead(other.claim(10, 1_000_000, START), DispatchFailure.Reason.REJECTED, "gone");
		store.backlog(this.clock.instant());
		assertThat(store.statistics().deadBatches()).as("within the refresh interval").isOne();
		this.clock.advance(Duration.ofSeconds(5));
		store.backlog(this.clock.instant());
		JdbcBatchStore.Statistics read = store.statistics();
		assertThat(read.deadBatches()).isEqualTo(2);
		assertThat(read.pendingBatches()).isOne();
		assertThat(read.oldestPendingAge()).as("b, accepted at the start, claimed or not")
			.isEqualTo(Duration.ofSeconds(8));
		assertThat(read.readAt()).isEqualTo(START.plusSeconds(8));
		store.acknowledge(claimed.subList(1, 2));
		assertThat(store.statistics().oldestPendingAge()).as("nothing is pending").isZero();
		assertThat(store.statistics().pendingBatches()).isZero();
	}

	@Test
	void statisticsSayWhyTheTableCouldNotBeReadWithoutTheStatementAndKeepWhatWasRead() {
		JdbcBatchStore store = open(builder().backlogRefreshInterval(Duration.ofSeconds(5)));
		store.append(batch("a", 1));
		JdbcClient.create(this.dataSource).sql("DROP TABLE " + this.table).update();
		this.clock.advance(Duration.ofSeconds(5));
		store.backlog(this.clock.instant());
		JdbcBatchStore.Statistics statistics = store.statistics();
		assertThat(statistics.readFailure()).startsWith("BadSqlGrammarException, caused by ")
			.contains("(SQLState ")
			.doesNotContainIgnoringCase("select")
			.doesNotContainIgnoringCase(this.table);
		assertThat(statistics.readAt()).isEqualTo(START);
		assertThat(statistics.pendingBatches()).isOne();
		assertThat(statistics.oldestPendingAge()).isEqualTo(Duration.ofSeconds(5));
		JdbcBatchStoreSchema.create(this.dataSource, this.table);
		this.clock.advance(Duration.ofSeconds(5));
		store.backlog(this.clock.instant());
		assertThat(store.statistics().readFailure()).as("read again").isNull();
		assertThat(store.statistics().readAt()).isEqualTo(START.plusSeconds(10));
		assertThat(store.statistics().pendingBatches()).as("the new table is empty").isZero();
	}

	@Test
	void timingsHearEveryAppendAndClaim() {
		AtomicInteger appends = new AtomicInteger();
		AtomicInteger claims = new AtomicInteger();
		JdbcBatchStore store = open(builder().timings(new JdbcBatchStore.Timings() {

			@Override
			public void append(Duration duration) {
				assertThat(duration).isPositive();
				appends.incrementAndGet();
			}

			@Override
			public void claim(Duration duration) {
				assertThat(duration).isPositive();
				claims.incrementAndGet();
			}

		}));
		store.append(batch("a", 1));
		store.append(batch("b", 2));
		assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> store.append(batch("a", 1)));
		store.claim(10, 1_000_000, START);
		store.claim(10, 1_000_000, START);
		assertThat(appends).as("the failed append too").hasValue(3);
		assertThat(claims).as("the empty claim too").hasValue(2);
	}

}

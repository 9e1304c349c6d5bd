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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.BatchStoreException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.StoredBatch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * A {@link BatchStore} in a table of the application's database (PostgreSQL or H2 2.x):
 * batches survive a restart, join the application's transactions and are shared by every
 * instance of the application that uses the same table and input.
 * <h2>Appending</h2> Inside a Spring-managed transaction on the store's
 * {@link DataSource} (the same object the transaction manager uses), {@link #append}
 * writes the row in that transaction, as it commits: the rows that a transaction appended
 * are inserted in one JDBC batch just before its commit, so a failed write fails the
 * commit ({@link BatchStoreException}) and rolls the whole transaction back. The batch
 * becomes claimable when the transaction commits, after which the listener hears
 * {@link Listener#available()}, and if it rolls back the batch never existed and the
 * listener hears {@link Listener#discarded}. Anywhere else (no transaction, or one on
 * another data source) the row is written and committed in a transaction of its own
 * before {@code append} returns, and a failed write throws {@link BatchStoreException}
 * from {@code append}, leaving nothing behind.
 * <h2>Claiming</h2> The worker claims the oldest due rows of its input with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and writes a lease on them: its
 * {@linkplain Builder#instanceId instance id} and a time, from the store's {@link Clock},
 * {@linkplain Builder#leaseDuration lease duration} ahead. Another instance claims a row
 * only once its lease has expired, so the lease must outlast the longest time between a
 * claim and its settlement (a request and its retries within one claim). Rows of a merged
 * group are claimed together or not at all; a group counts as one batch towards
 * {@code maxBatches} (it is sent as one) and with its members' sizes summed towards
 * {@code maxBytes}. Rows of a user (a merge key) with a row claimed by this store and not
 * yet settled are not claimed.
 * <h2>Bounds</h2> The bounds hold per input, on the pending rows. The store counts the
 * table at most every {@linkplain Builder#backlogRefreshInterval refresh interval} and
 * adds what it appended since, so with several instances a bound can be exceeded by what
 * the others appended between two counts. {@link OverflowPolicy#REJECT_NEWEST} rejects an
 * append when full; {@link OverflowPolicy#BLOCK} waits, up to the
 * {@linkplain Builder#blockTimeout block timeout}, for this store to settle rows or count
 * fewer (inside the caller's transaction, which stays open meanwhile), then rejects;
 * {@link OverflowPolicy#DROP_OLDEST} accepts every append and the worker, at its next
 * claim, deletes the oldest waiting rows (not those of merged groups) beyond the bounds
 * and reports them through {@link Listener#dropped}.
 * <h2>Instances</h2> The handles of the batches that this store appended complete in this
 * process even when another instance settles them: {@link #settledElsewhere()} looks for
 * them at most every refresh interval, a bounded number at a time.
 * <h2>Dead rows</h2> Batches {@linkplain #markDead marked dead} stay in the table with
 * their reason until they are replayed or purged through {@link #deadBatches()}.
 * <h2>Observing</h2> {@link #statistics()} tells the pending rows, the age of the oldest
 * and the dead rows without touching the database: the store reads the oldest pending row
 * and counts the dead ones when it counts its rows, at most every
 * {@linkplain Builder#backlogRefreshInterval refresh interval}. The
 * {@linkplain Builder#timings timings} hear how long appends and claims take.
 * <h2>Threads</h2> {@link #append} and {@link #close()} may be called from any thread:
 * what they share with the worker is the bounds' bookkeeping ({@link Occupancy}, guarded
 * by its lock), the time of the earliest append since the last count (an atomic
 * reference), and the ids of the rows appended here and not settled (a concurrent set and
 * queue). The claimed rows, the busy merge keys and the last backlog read belong to the
 * worker, the one thread that calls the other methods. The listener, and whether the data
 * source's connections commit each statement, are set once by {@link #open} and read
 * through volatile fields. What {@link #statistics()} reads from any thread is written by
 * the worker: the last read of the table, its failure (volatile fields), and the dead
 * rows and the earliest append since (atomics, the latter also written by appending
 * threads).
 *
 * @author mparticle4j contributors
 */
public final class JdbcBatchStore implements BatchStore {

	/**
	 * The default lease: how long a claim keeps other instances off its rows.
	 */
	public static final Duration DEFAULT_LEASE_DURATION = Duration.ofMinutes(2);

	/**
	 * The default interval at which the dispatcher looks for rows it was not told about.
	 */
	public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

	/**
	 * The default interval at which the store counts the rows of its input.
	 */
	public static final Duration DEFAULT_BACKLOG_REFRESH_INTERVAL = Duration.ofSeconds(5);

	/**
	 * The default most pending rows per input.
	 */
	public static final int DEFAULT_MAX_BATCHES = 1_000_000;

	/**
	 * The default most bytes of pending rows per input (their batches' sizes summed).
	 */
	public static final long DEFAULT_MAX_BYTES = 1L << 30;

	/**
	 * The default longest wait for room under {@link OverflowPolicy#BLOCK}.
	 */
	public static final Duration DEFAULT_BLOCK_TIMEOUT = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(JdbcBatchStore.class);

	private static final int CHUNK = 500;

	private static final int MAX_DROPPED_PER_CLAIM = 1000;

	private static final int MAX_LOOKED_FOR = 500;

	private static final String DEAD_STATE = "dead";

	private static final RowMapper<Row> ROW_MAPPER = (rs, rowNum) -> new Row(rs.getLong("seq"),
			new StoredBatch(rs.getString("id"), rs.getLong("merge_key"), rs.getBoolean("mergeable"),
					rs.getBytes("envelope"), rs.getBytes("events"), instant(rs, "accepted_at"), rs.getInt("attempts"),
					nullableInstant(rs, "next_attempt_at"), rs.getString("merged_into")),
			rs.getString("claimed_by") != null || rs.getInt("attempts") > 0);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batchJdbc;

	/**
	 * The key under which the appends of this store in the current transaction are bound
	 * to it.
	 */
	private final Object transactionAppendsKey = new Object();

	private final TransactionTemplate newTransaction;

	private final OutboxSql sql;

	private final String tableName;

	private final String input;

	private final String instanceId;

	private final Duration leaseDuration;

	private final Duration pollInterval;

	private final Duration backlogRefreshInterval;

	private final Duration blockTimeout;

	private final OverflowPolicy overflowPolicy;

	private final Clock clock;

	private final Occupancy occupancy;

	private final Timings timings;

	private final AtomicReference<@Nullable Instant> appendedSinceRefresh = new AtomicReference<>();

	private final AtomicReference<@Nullable Instant> appendedSinceRead = new AtomicReference<>();

	private final AtomicLong deadSinceRead = new AtomicLong();

	private volatile @Nullable Read lastRead;

	private volatile @Nullable String readFailure;

	private volatile @Nullable Listener listener;

	private volatile boolean autoCommit;

	private final Map<String, Row> claimed = new HashMap<>();

	/**
	 * The ids of the rows this store appended, committed and has not settled: those whose
	 * handles another instance may settle. A set, and a queue that walks it in turn.
	 */
	private final Set<String> appendedHere = ConcurrentHashMap.newKeySet();

	private final Queue<String> toLookFor = new ConcurrentLinkedQueue<>();

	private @Nullable Instant lookedAt;

	private final Map<Long, Integer> busyKeys = new HashMap<>();

	private long claimedBytes;

	private @Nullable Instant refreshedAt;

	private @Nullable Instant oldestWaiting;

	private @Nullable Instant nextDue;

	private boolean timesStale;

	private JdbcBatchStore(Builder builder) {
		this.dataSource = builder.dataSource;
		this.jdbc = JdbcClient.create(builder.dataSource);
		this.batchJdbc = new NamedParameterJdbcTemplate(builder.dataSource);
		this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(builder.dataSource));
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.tableName = builder.tableName;
		this.sql = new OutboxSql(builder.tableName);
		this.input = builder.input;
		this.instanceId = builder.instanceId;
		this.leaseDuration = builder.leaseDuration;
		this.pollInterval = builder.pollInterval;
		this.backlogRefreshInterval = builder.backlogRefreshInterval;
		this.blockTimeout = builder.blockTimeout;
		this.overflowPolicy = builder.overflowPolicy;
		this.clock = builder.clock;
		this.occupancy = new Occupancy(builder.maxBatches, builder.maxBytes, builder.scheduler);
		this.timings = builder.timings;
	}

	/**
	 * Returns a builder of a store on a data source.
	 * @param dataSource the application's data source: the one its transaction manager
	 * uses, for appends to join its transactions
	 * @return the builder
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
	}

	/**
	 * Returns the table the store works on.
	 * @return the table name
	 */
	public String tableName() {
		return this.tableName;
	}

	/**
	 * Returns the input whose rows the store holds.
	 * @return the input name
	 */
	public String input() {
		return this.input;
	}

	/**
	 * Returns the id that this store writes on the rows it claims.
	 * @return the instance id
	 */
	public String instanceId() {
		return this.instanceId;
	}

	/**
	 * Returns the batches of this store's input that will never be delivered, to list,
	 * replay or purge.
	 * @return the dead batches
	 */
	public DeadBatches deadBatches() {
		return new DeadBatches(this.jdbc, this.sql, this.input, this.clock, this::notifyAvailable);
	}

	/**
	 * Returns what the store knows of its input's rows, for metrics and health checks. It
	 * never touches the database: it answers from the last read of the table (made when
	 * the store counts its rows, at most every {@linkplain Builder#backlogRefreshInterval
	 * refresh interval}) and what this store did since, so it is cheap and returns at
	 * once even when the database does not answer.
	 * @return the statistics
	 */
	public Statistics statistics() {
		Instant now = this.clock.instant();
		Read read = this.lastRead;
		long pending = this.occupancy.batches();
		long bytes = this.occupancy.bytes();
		Instant oldest = (read != null) ? read.oldestPendingAcceptedAt() : null;
		if (oldest == null) {
			oldest = this.appendedSinceRead.get();
		}
		Duration age = (pending == 0 || oldest == null || !oldest.isBefore(now)) ? Duration.ZERO
				: Duration.between(oldest, now);
		long dead = ((read != null) ? read.deadBatches() : 0) + this.deadSinceRead.get();
		return new Statistics(pending, bytes, age, dead, (read != null) ? read.at() : null, this.readFailure);
	}

	@Override
	public void open(Listener listener) {
		this.listener = Objects.requireNonNull(listener, "'listener' must not be null");
		try {
			this.jdbc.sql(this.sql.exists).query(Long.class).single();
			this.autoCommit = Boolean.TRUE.equals(
					new JdbcTemplate(this.dataSource).execute((ConnectionCallback<Boolean>) Connection::getAutoCommit));
		}
		catch (DataAccessException ex) {
			throw new BatchStoreException(describe("open its table (create it with the DDL of "
					+ "JdbcBatchStoreSchema, or check that the database is reachable)"), ex);
		}
		refreshQuietly(this.clock.instant());
	}

	@Override
	public Append append(StoredBatch batch) {
		Append admitted = this.occupancy.admit(batch.size(), this.overflowPolicy, this.blockTimeout);
		if (admitted != Append.APPENDED) {
			return admitted;
		}
		boolean joined = joinsTransaction();
		long start = System.nanoTime();
		try {
			if (joined) {
				// written at the commit, all at once, in the caller's transaction
				transactionAppends().add(batch);
			}
			else if (this.autoCommit && !TransactionSynchronizationManager.isSynchronizationActive()) {
				// one statement on a connection that commits each: a transaction around
				// it would cost a round trip more
				insert(batch);
			}
			else {
				this.newTransaction.executeWithoutResult((status) -> insert(batch));
			}
		}
		catch (DataAccessException | TransactionException ex) {
			this.occupancy.cancelled(batch.size());
			throw new BatchStoreException(describe("append a batch"), ex);
		}
		finally {
			this.timings.append(Duration.ofNanos(System.nanoTime() - start));
		}
		if (!joined) {
			appended(batch);
		}
		return Append.APPENDED;
	}

	private boolean joinsTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(this.dataSource) instanceof ConnectionHolder;
	}

	private TransactionAppends transactionAppends() {
		TransactionAppends appends = (TransactionAppends) TransactionSynchronizationManager
			.getResource(this.transactionAppendsKey);
		if (appends == null) {
			appends = new TransactionAppends();
			TransactionSynchronizationManager.bindResource(this.transactionAppendsKey, appends);
			TransactionSynchronizationManager.registerSynchronization(appends);
		}
		return appends;
	}

	private void insert(StoredBatch batch) {
		this.jdbc.sql(this.sql.insert).paramSource(parameters(batch)).update();
	}

	private void insertAll(List<StoredBatch> batches) {
		if (batches.size() == 1) {
			insert(batches.get(0));
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[batches.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = parameters(batches.get(i));
		}
		this.batchJdbc.batchUpdate(this.sql.insert, rows);
	}

	private SqlParameterSource parameters(StoredBatch batch) {
		return new MapSqlParameterSource().addValue("input", this.input)
			.addValue("id", batch.sourceRequestId())
			.addValue("mergeKey", batch.mergeKey())
			.addValue("mergeable", batch.mergeable())
			.addValue("envelope", batch.envelope())
			.addValue("events", batch.events())
			.addValue("size", batch.size())
			.addValue("acceptedAt", timestamp(batch.acceptedAt()))
			.addValue("attempts", batch.attempts())
			.addValue("nextAttemptAt", timestamp(batch.nextAttemptAt()))
			.addValue("mergedInto", new SqlParameterValue(Types.VARCHAR, batch.mergedInto()));
	}

	private void appended(StoredBatch batch) {
		this.appendedHere.add(batch.sourceRequestId());
		this.toLookFor.add(batch.sourceRequestId());
		this.occupancy.committed(batch.size());
		this.appendedSinceRefresh.compareAndSet(null, batch.acceptedAt());
		this.appendedSinceRead.compareAndSet(null, batch.acceptedAt());
		notifyAvailable();
	}

	private void notifyAvailable() {
		Listener listener = this.listener;
		if (listener != null) {
			listener.available();
		}
	}

	@Override
	public List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now) {
		Instant clockNow = this.clock.instant();
		List<StoredBatch> dropped = List.of();
		long start = System.nanoTime();
		try {
			if (this.overflowPolicy == OverflowPolicy.DROP_OLDEST && this.occupancy.overBounds()) {
				dropped = dropOldest(clockNow);
			}
			List<Row> rows = this.newTransaction
				.execute((status) -> claimInTransaction(maxBatches, maxBytes, now, clockNow));
			List<StoredBatch> batches = new ArrayList<>(rows.size());
			for (Row claimable : rows) {
				Row row = claimable.claimable();
				StoredBatch batch = row.batch();
				batches.add(batch);
				this.claimed.put(batch.sourceRequestId(), row);
				this.busyKeys.merge(batch.mergeKey(), 1, Integer::sum);
				this.claimedBytes += batch.size();
			}
			this.timesStale |= !batches.isEmpty() || !dropped.isEmpty();
			return batches;
		}
		catch (DataAccessException | TransactionException ex) {
			throw new BatchStoreException(describe("claim batches"), ex);
		}
		finally {
			this.timings.claim(Duration.ofNanos(System.nanoTime() - start));
			Listener listener = this.listener;
			if (!dropped.isEmpty() && listener != null) {
				listener.dropped(dropped);
			}
		}
	}

	private List<Row> claimInTransaction(int maxBatches, long maxBytes, Instant now, Instant clockNow) {
		Map<String, Object> params = new HashMap<>();
		params.put("input", this.input);
		params.put("now", timestamp(now));
		params.put("leaseNow", timestamp(clockNow));
		params.put("limit", candidateLimit(maxBatches, maxBytes));
		String query = this.sql.claimCandidates;
		if (!this.busyKeys.isEmpty()) {
			query = this.sql.claimCandidatesExcept;
			params.put("busyKeys", this.busyKeys.keySet().toArray(Long[]::new));
		}
		List<Row> candidates = this.jdbc.sql(query).params(params).query(ROW_MAPPER).list();
		Map<String, List<Row>> groups = completeGroups(candidates, params);
		List<Row> chosen = new ArrayList<>();
		Set<String> groupsChosen = new LinkedHashSet<>();
		int units = 0;
		long bytes = 0;
		for (Row candidate : candidates) {
			String group = candidate.batch().mergedInto();
			List<Row> members = (group != null) ? groups.get(group) : List.of(candidate);
			if (members == null || (group != null && groupsChosen.contains(group))) {
				continue;
			}
			long size = members.stream().mapToLong((member) -> member.batch().size()).sum();
			if (units > 0 && (units + 1 > maxBatches || bytes + size > maxBytes)) {
				break;
			}
			if (group != null) {
				groupsChosen.add(group);
			}
			chosen.addAll(members);
			units++;
			bytes += size;
		}
		chosen.sort(Comparator.comparingLong(Row::seq));
		if (!chosen.isEmpty()) {
			this.jdbc.sql(this.sql.lease)
				.param("instance", this.instanceId)
				.param("leaseUntil", timestamp(clockNow.plus(this.leaseDuration)))
				.param("seqs", seqs(chosen))
				.update();
		}
		return chosen;
	}

	/**
	 * Returns how many rows to read for a claim: {@code maxBatches}, or fewer when
	 * {@code maxBytes} stops the claim first, by the average size of the pending rows
	 * (with room for larger ones). Every row read is locked and carries its bytes, so
	 * reading a dispatcher's 1,600 rows to keep the 1 MB of them it asked for cost most
	 * of a claim; a claim that comes out short is followed by another.
	 * @param maxBatches the most batches to claim
	 * @param maxBytes the most bytes to claim
	 * @return the number of rows
	 */
	private int candidateLimit(int maxBatches, long maxBytes) {
		long batches = this.occupancy.batches();
		long bytes = this.occupancy.bytes();
		if (batches <= 0 || bytes <= 0) {
			return Math.max(1, maxBatches);
		}
		long byBytes = maxBytes / Math.max(1, bytes / batches);
		if (byBytes >= maxBatches) {
			return Math.max(1, maxBatches);
		}
		return (int) Math.max(1, Math.min(maxBatches, byBytes + byBytes / 4 + 1));
	}

	/**
	 * Returns the members of the merged groups among the candidates, locked, for the
	 * groups whose every member could be locked and is due.
	 * @param candidates the rows found
	 * @param params the claim's parameters
	 * @return the members of each complete group, by the group's id
	 */
	private Map<String, List<Row>> completeGroups(List<Row> candidates, Map<String, Object> params) {
		Set<String> groups = new LinkedHashSet<>();
		for (Row candidate : candidates) {
			if (candidate.batch().mergedInto() != null) {
				groups.add(candidate.batch().mergedInto());
			}
		}
		if (groups.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> groupParams = new HashMap<>(params);
		groupParams.put("groups", new ArrayList<>(groups));
		Map<String, List<Row>> members = new LinkedHashMap<>();
		for (Row member : this.jdbc.sql(this.sql.groupMembers).params(groupParams).query(ROW_MAPPER).list()) {
			members.computeIfAbsent(Objects.requireNonNull(member.batch().mergedInto()), (key) -> new ArrayList<>())
				.add(member);
		}
		Map<String, Long> sizes = new HashMap<>();
		this.jdbc.sql(this.sql.groupSizes)
			.param("input", this.input)
			.param("groups", new ArrayList<>(groups))
			.query((RowCallbackHandler) (rs) -> sizes.put(rs.getString(1), rs.getLong(2)));
		members.entrySet().removeIf((group) -> group.getValue().size() != sizes.getOrDefault(group.getKey(), 0L));
		return members;
	}

	private List<StoredBatch> dropOldest(Instant clockNow) {
		refresh(clockNow);
		long excessBatches = this.occupancy.batches() - this.occupancy.maxBatches();
		long excessBytes = this.occupancy.bytes() - this.occupancy.maxBytes();
		if (excessBatches <= 0 && excessBytes <= 0) {
			return List.of();
		}
		List<Row> rows = this.newTransaction.execute((status) -> {
			List<Row> candidates = this.jdbc.sql(this.sql.dropCandidates)
				.param("input", this.input)
				.param("leaseNow", timestamp(clockNow))
				.param("limit", MAX_DROPPED_PER_CLAIM)
				.query(ROW_MAPPER)
				.list();
			List<Row> chosen = new ArrayList<>();
			long batches = 0;
			long bytes = 0;
			for (Row candidate : candidates) {
				if (batches >= excessBatches && bytes >= excessBytes) {
					break;
				}
				chosen.add(candidate);
				batches++;
				bytes += candidate.batch().size();
			}
			if (!chosen.isEmpty()) {
				this.jdbc.sql(this.sql.deleteBySeq).param("seqs", seqs(chosen)).update();
			}
			return chosen;
		});
		List<StoredBatch> dropped = rows.stream().map(Row::batch).toList();
		forget(dropped);
		this.occupancy.removed(dropped.size(), dropped.stream().mapToLong(StoredBatch::size).sum());
		return dropped;
	}

	@Override
	public void merged(List<List<StoredBatch>> groups) {
		try {
			List<List<StoredBatch>> merged = groups.stream().filter((group) -> group.size() > 1).toList();
			if (!merged.isEmpty()) {
				// a batch sent alone needs no record: claimed again, it is a group of its
				// own
				this.newTransaction.executeWithoutResult((status) -> {
					for (List<StoredBatch> group : merged) {
						String mergedInto = group.get(0).sourceRequestId();
						int updated = settle(this.sql.merge, group,
								Map.of("mergedInto", mergedInto, "instance", this.instanceId));
						if (updated != group.size()) {
							throw new LeaseLostException();
						}
					}
				});
			}
		}
		catch (LeaseLostException ex) {
			throw new BatchStoreException(describe(
					"record merged batches: their claim has expired and they may " + "be claimed by another instance"),
					ex);
		}
		catch (DataAccessException | TransactionException ex) {
			throw new BatchStoreException(describe("record merged batches"), ex);
		}
		for (List<StoredBatch> group : groups) {
			String mergedInto = group.get(0).sourceRequestId();
			for (StoredBatch batch : group) {
				this.claimed.computeIfPresent(batch.sourceRequestId(),
						(id, claimed) -> new Row(claimed.seq(), claimed.batch().mergedInto(mergedInto)));
			}
		}
	}

	@Override
	public void acknowledge(List<StoredBatch> batches) {
		try {
			settleAtomically(this.sql.delete, batches, Map.of());
			this.occupancy.removed(batches.size(), bytes(batches));
		}
		catch (DataAccessException | TransactionException ex) {
			throw new BatchStoreException(describe("remove delivered batches"), ex);
		}
		finally {
			settled(batches);
			forget(batches);
		}
	}

	@Override
	public void release(List<StoredBatch> batches, Instant nextAttemptAt) {
		try {
			settleAtomically(this.sql.release, batches,
					Map.of("nextAttemptAt", timestamp(nextAttemptAt), "instance", this.instanceId));
		}
		catch (DataAccessException | TransactionException ex) {
			throw new BatchStoreException(describe("release batches"), ex);
		}
		finally {
			// the rows wait again
			this.timesStale = true;
			settled(batches);
		}
	}

	@Override
	public void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message) {
		try {
			int dead = settleAtomically(this.sql.markDead, batches, Map.of("reason", reason.name(), "message",
					truncate(message, 1000), "deadAt", timestamp(this.clock.instant())));
			this.occupancy.removed(batches.size(), bytes(batches));
			this.deadSinceRead.addAndGet(dead);
		}
		catch (DataAccessException | TransactionException ex) {
			throw new BatchStoreException(describe("mark batches dead"), ex);
		}
		finally {
			settled(batches);
			forget(batches);
		}
	}

	/**
	 * Runs a statement on claimed rows, all or none: when it is one statement (every row
	 * claimed by this store) on connections that commit each statement, as is, otherwise
	 * in a transaction, which costs a round trip more.
	 * @param statement the statement
	 * @param batches the batches
	 * @param params the statement's other parameters
	 * @return the rows changed
	 */
	private int settleAtomically(OutboxSql.Settle statement, List<StoredBatch> batches, Map<String, ?> params) {
		boolean oneStatement = batches.stream().allMatch((batch) -> this.claimed.containsKey(batch.sourceRequestId()));
		if (oneStatement && this.autoCommit) {
			return settle(statement, batches, params);
		}
		Integer changed = this.newTransaction.execute((status) -> settle(statement, batches, params));
		return (changed != null) ? changed : 0;
	}

	/**
	 * Runs a statement on claimed rows: by primary key for the rows this store claimed,
	 * by id for any other.
	 * @param statement the statement
	 * @param batches the batches
	 * @param params the statement's other parameters
	 * @return the rows changed
	 */
	private int settle(OutboxSql.Settle statement, List<StoredBatch> batches, Map<String, ?> params) {
		List<Row> rows = new ArrayList<>(batches.size());
		List<String> ids = new ArrayList<>();
		for (StoredBatch batch : batches) {
			Row row = this.claimed.get(batch.sourceRequestId());
			if (row != null) {
				rows.add(row);
			}
			else {
				ids.add(batch.sourceRequestId());
			}
		}
		int changed = 0;
		if (!rows.isEmpty()) {
			changed += this.jdbc.sql(statement.bySeq()).params(params).param("seqs", seqs(rows)).update();
		}
		for (List<String> chunk : chunks(ids)) {
			changed += this.jdbc.sql(statement.byId())
				.params(params)
				.param("input", this.input)
				.param("ids", chunk)
				.update();
		}
		return changed;
	}

	/**
	 * Forgets settled batches. The rows this store claimed were leased, so settling them
	 * leaves the times of the waiting rows as they were; a row it did not claim may have
	 * been waiting.
	 * @param batches the batches
	 */
	private void settled(List<StoredBatch> batches) {
		for (StoredBatch batch : batches) {
			Row claimed = this.claimed.remove(batch.sourceRequestId());
			if (claimed != null) {
				this.claimedBytes -= claimed.batch().size();
				this.busyKeys.computeIfPresent(claimed.batch().mergeKey(),
						(key, count) -> (count > 1) ? count - 1 : null);
			}
			else {
				this.timesStale = true;
			}
		}
	}

	private void forget(List<StoredBatch> batches) {
		for (StoredBatch batch : batches) {
			this.appendedHere.remove(batch.sourceRequestId());
		}
	}

	/**
	 * Looks, at most every {@linkplain Builder#backlogRefreshInterval refresh interval},
	 * for up to {@value #MAX_LOOKED_FOR} rows that this store appended, does not hold
	 * claimed and did not settle: those gone were delivered (or dropped) by another
	 * instance, those dead were marked so by another instance.
	 * @return the batches that another instance settled
	 */
	@Override
	public List<SettledElsewhere> settledElsewhere() {
		Instant clockNow = this.clock.instant();
		Instant lookedAt = this.lookedAt;
		if (lookedAt != null && clockNow.isBefore(lookedAt.plus(this.backlogRefreshInterval))) {
			return List.of();
		}
		this.lookedAt = clockNow;
		List<String> ids = new ArrayList<>();
		List<String> held = new ArrayList<>();
		String id;
		while (ids.size() + held.size() < MAX_LOOKED_FOR && (id = this.toLookFor.poll()) != null) {
			if (this.appendedHere.contains(id)) {
				(this.claimed.containsKey(id) ? held : ids).add(id);
			}
		}
		this.toLookFor.addAll(held);
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<String> pending = new HashSet<>();
		Map<String, SettledElsewhere> dead = new HashMap<>();
		try {
			this.jdbc.sql(this.sql.whereabouts)
				.param("input", this.input)
				.param("ids", ids)
				.query((RowCallbackHandler) (rs) -> {
					String found = rs.getString("id");
					if (DEAD_STATE.equals(rs.getString("state"))) {
						dead.put(found, new SettledElsewhere(found, deadReason(rs.getString("dead_reason")),
								rs.getString("dead_message")));
					}
					else {
						pending.add(found);
					}
				});
		}
		catch (DataAccessException ex) {
			this.toLookFor.addAll(ids);
			throw new BatchStoreException(describe("look for the rows that other instances settled"), ex);
		}
		List<SettledElsewhere> settled = new ArrayList<>();
		for (String looked : ids) {
			if (pending.contains(looked)) {
				this.toLookFor.add(looked);
			}
			else if (this.appendedHere.remove(looked)) {
				settled.add(dead.getOrDefault(looked, new SettledElsewhere(looked, null, null)));
			}
		}
		return settled;
	}

	private static DispatchFailure.Reason deadReason(@Nullable String name) {
		for (DispatchFailure.Reason reason : DispatchFailure.Reason.values()) {
			if (reason.name().equals(name)) {
				return reason;
			}
		}
		return DispatchFailure.Reason.REJECTED;
	}

	@Override
	public Backlog backlog(Instant now) {
		Instant clockNow = this.clock.instant();
		Instant refreshedAt = this.refreshedAt;
		if (refreshedAt == null || !clockNow.isBefore(refreshedAt.plus(this.backlogRefreshInterval))) {
			refreshQuietly(clockNow);
		}
		else if (this.timesStale) {
			try {
				refreshTimes(clockNow);
			}
			catch (DataAccessException ex) {
				logger.warn(describe("read its oldest rows") + ": answering from what it last saw", ex);
			}
		}
		long batches = this.occupancy.batches();
		long bytes = this.occupancy.bytes();
		long waitingBatches = Math.max(0, batches - this.claimed.size());
		long waitingBytes = Math.max(0, bytes - this.claimedBytes);
		Instant appended = this.appendedSinceRefresh.get();
		Instant oldest = (this.oldestWaiting != null) ? this.oldestWaiting : appended;
		Instant due = earliest(this.nextDue, appended);
		if (waitingBatches == 0) {
			oldest = null;
			due = null;
		}
		return new Backlog(saturatedInt(batches), bytes, saturatedInt(waitingBatches), waitingBytes, oldest, due);
	}

	private void refreshQuietly(Instant clockNow) {
		try {
			refresh(clockNow);
		}
		catch (DataAccessException ex) {
			logger.warn(describe("count its rows") + ": answering from what it last saw", ex);
		}
	}

	private void refresh(Instant clockNow) {
		try {
			this.jdbc.sql(this.sql.count)
				.param("input", this.input)
				.query((ResultSet rs) -> this.occupancy.counted(rs.getLong(1), rs.getLong(2)));
			refreshTimes(clockNow);
			readStatistics(clockNow);
		}
		catch (DataAccessException ex) {
			this.readFailure = failure(ex);
			throw ex;
		}
		this.refreshedAt = clockNow;
	}

	private void readStatistics(Instant clockNow) {
		// appends from now on are newer than what the query finds; dead rows are marked
		// on this thread only
		this.appendedSinceRead.set(null);
		this.deadSinceRead.set(0);
		Instant oldestPending = this.jdbc.sql(this.sql.oldestPending)
			.param("input", this.input)
			.query((rs, rowNum) -> instant(rs, "accepted_at"))
			.optional()
			.orElse(null);
		long dead = this.jdbc.sql(this.sql.deadCount).param("input", this.input).query(Long.class).single();
		this.lastRead = new Read(clockNow, oldestPending, dead);
		this.readFailure = null;
	}

	/**
	 * Describes why the table could not be read, without the statement or its values: the
	 * exception's kind, its root cause's and the SQLState.
	 * @param ex the failure
	 * @return the description
	 */
	private static String failure(DataAccessException ex) {
		StringBuilder description = new StringBuilder(ex.getClass().getSimpleName());
		Throwable root = ex.getMostSpecificCause();
		if (root != ex) {
			description.append(", caused by ").append(root.getClass().getSimpleName());
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException && sqlException.getSQLState() != null) {
				description.append(" (SQLState ").append(sqlException.getSQLState()).append(')');
				break;
			}
		}
		return description.toString();
	}

	private void refreshTimes(Instant clockNow) {
		this.appendedSinceRefresh.set(null);
		this.jdbc.sql(this.sql.times)
			.param("input", this.input)
			.param("leaseNow", timestamp(clockNow))
			.query((ResultSet rs) -> {
				this.oldestWaiting = nullableInstant(rs, "oldest_waiting");
				this.nextDue = earliest(nullableInstant(rs, "oldest_fresh"), nullableInstant(rs, "earliest_retry"));
			});
		this.timesStale = false;
	}

	/**
	 * Returns {@code true}: the rows outlive the process, so a dispatcher that shuts down
	 * leaves what it could not deliver here for the next start.
	 * @return {@code true}
	 */
	@Override
	public boolean isDurable() {
		return true;
	}

	@Override
	public Duration pollInterval() {
		return this.pollInterval;
	}

	@Override
	public void close() {
		this.occupancy.close();
	}

	@Override
	public String toString() {
		return "JdbcBatchStore[table=" + this.tableName + ", input=" + this.input + ", instanceId=" + this.instanceId
				+ "]";
	}

	private String describe(String operation) {
		return "The JDBC batch store of input '" + this.input + "' (table " + this.tableName + ") could not "
				+ operation;
	}

	/**
	 * Returns the rows' primary keys as one array parameter, for
	 * {@code seq = ANY (:seqs)} (a list would be expanded into a parameter each).
	 * @param rows the rows
	 * @return the keys
	 */
	private static Long[] seqs(List<Row> rows) {
		return rows.stream().map(Row::seq).toArray(Long[]::new);
	}

	private static long bytes(List<StoredBatch> batches) {
		return batches.stream().mapToLong(StoredBatch::size).sum();
	}

	private static <T> List<List<T>> chunks(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < values.size(); i += CHUNK) {
			chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static String truncate(String message, int length) {
		return (message.length() <= length) ? message : message.substring(0, length);
	}

	private static int saturatedInt(long value) {
		return (int) Math.min(Integer.MAX_VALUE, value);
	}

	private static @Nullable Instant earliest(@Nullable Instant first, @Nullable Instant second) {
		if (first == null) {
			return second;
		}
		return (second == null || first.isBefore(second)) ? first : second;
	}

	static TimeParameter timestamp(@Nullable Instant instant) {
		return new TimeParameter(instant);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return Objects.requireNonNull(nullableInstant(rs, column), column);
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A row as claimed: its place in the table's order and its batch.
	 */
	private record Row(long seq, StoredBatch batch, boolean claimedBefore) {

		Row(long seq, StoredBatch batch) {
			this(seq, batch, false);
		}

		/**
		 * Returns the row as it is claimed: a row claimed before (its lease expired, or
		 * it was released after an attempt) and recorded in no group may have been sent
		 * alone under its id, and so is a group of its own. Groups of one are not
		 * recorded, which saves a write per request.
		 * @return the row to claim
		 */
		Row claimable() {
			return (this.claimedBefore && this.batch.mergedInto() == null)
					? new Row(this.seq, this.batch.mergedInto(this.batch.sourceRequestId())) : this;
		}

	}

	/**
	 * What the store last read of its table for its statistics.
	 */
	private record Read(Instant at, @Nullable Instant oldestPendingAcceptedAt, long deadBatches) {

	}

	/**
	 * What a store knows of its input's rows, as {@link JdbcBatchStore#statistics()}
	 * returns it.
	 *
	 * @param pendingBatches the pending rows (claimed or not): as the store last counted
	 * them, plus the appends of this store since, including those whose transactions have
	 * not completed, less the rows it delivered, marked dead or dropped
	 * @param pendingBytes the sizes of the pending rows' batches, summed
	 * @param oldestPendingAge how long ago the oldest pending row was accepted, as of the
	 * last read (or the earliest append since, when that read found none); zero when no
	 * row is pending
	 * @param deadBatches the dead rows: as last read, plus those that this store marked
	 * dead since
	 * @param readAt when the store last read its table, by the store's clock, or
	 * {@code null} if it never could
	 * @param readFailure why the last attempt to read the table failed, if it failed
	 * since {@code readAt}: the kinds of the exception and of its cause, and the
	 * SQLState, never a statement or a value; {@code null} if it did not
	 */
	public record Statistics(long pendingBatches, long pendingBytes, Duration oldestPendingAge, long deadBatches,
			@Nullable Instant readAt, @Nullable String readFailure) {

	}

	/**
	 * Hears how long a store's appends and claims take, such as to record them in
	 * metrics. Failed operations are timed too. The methods are called on the thread that
	 * appended or claimed, after its statements ran: they must return at once and not
	 * throw.
	 */
	public interface Timings {

		/**
		 * Timings that record nothing.
		 */
		Timings NONE = new Timings() {
		};

		/**
		 * An append wrote its row: in the caller's transaction, whose commit is not
		 * included, or in a transaction of its own, committed.
		 * @param duration how long it took
		 */
		default void append(Duration duration) {
		}

		/**
		 * A claim looked for rows and leased those it took, found or not.
		 * @param duration how long it took
		 */
		default void claim(Duration duration) {
		}

	}

	/**
	 * A time as a parameter: a timestamp with time zone, in UTC, or a typed null.
	 */
	static final class TimeParameter extends SqlParameterValue {

		// later than any time in the table, and within what every database's timestamps
		// hold: later times, such as Instant.MAX with which the dispatcher claims
		// everything at its shutdown timeout, are written as this one
		private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

		TimeParameter(@Nullable Instant instant) {
			super(Types.TIMESTAMP_WITH_TIMEZONE, (instant != null)
					? OffsetDateTime.ofInstant(instant.isAfter(LATEST) ? LATEST : instant, ZoneOffset.UTC) : null);
		}

	}

	/**
	 * Thrown inside a transaction to roll it back when the rows to merge are no longer
	 * claimed by this store.
	 */
	private static final class LeaseLostException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		LeaseLostException() {
			super("The claim on the batches has expired", null, false, false);
		}

	}

	/**
	 * The batches that this store appended in one of the caller's transactions: written
	 * just before it commits, in one JDBC batch, on its connection, so that they are
	 * stored if and only if the transaction commits; a failed write fails the commit.
	 * Then tells the listener what became of them. Bound to the transaction under
	 * {@link #transactionAppendsKey}, and unbound while it is suspended; confined to the
	 * transaction's thread.
	 */
	private final class TransactionAppends implements TransactionSynchronization {

		private final List<StoredBatch> batches = new ArrayList<>();

		void add(StoredBatch batch) {
			this.batches.add(batch);
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(JdbcBatchStore.this.transactionAppendsKey);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(JdbcBatchStore.this.transactionAppendsKey, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			long start = System.nanoTime();
			try {
				insertAll(this.batches);
			}
			catch (DataAccessException ex) {
				throw new BatchStoreException(describe("append " + this.batches.size()
						+ ((this.batches.size() != 1) ? " batches" : " batch") + " as its transaction commits"), ex);
			}
			finally {
				JdbcBatchStore.this.timings.append(Duration.ofNanos(System.nanoTime() - start));
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(JdbcBatchStore.this.transactionAppendsKey);
			List<StoredBatch> discarded = new ArrayList<>();
			for (StoredBatch batch : this.batches) {
				if (status == STATUS_ROLLED_BACK || (status == STATUS_UNKNOWN && !stored(batch))) {
					JdbcBatchStore.this.occupancy.cancelled(batch.size());
					discarded.add(batch);
				}
				else {
					appended(batch);
				}
			}
			Listener listener = JdbcBatchStore.this.listener;
			if (!discarded.isEmpty() && listener != null) {
				listener.discarded(discarded);
			}
		}

		/**
		 * Returns whether the row exists, after a transaction whose outcome is unknown
		 * (its commit or rollback failed). It asks on a connection of its own: the
		 * transaction's is still bound to the thread. A row that may exist is never
		 * reported discarded.
		 * @param batch the batch
		 * @return whether the row exists or could not be looked for
		 */
		private boolean stored(StoredBatch batch) {
			try (Connection connection = JdbcBatchStore.this.dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement(JdbcBatchStore.this.sql.stored)) {
				statement.setString(1, JdbcBatchStore.this.input);
				statement.setString(2, batch.sourceRequestId());
				try (ResultSet result = statement.executeQuery()) {
					return !result.next() || result.getLong(1) > 0;
				}
			}
			catch (SQLException ex) {
				return true;
			}
		}

	}

	/**
	 * Builds a {@link JdbcBatchStore}.
	 */
	public static final class Builder {

		private final DataSource dataSource;

		private String tableName = JdbcBatchStoreSchema.DEFAULT_TABLE_NAME;

		private String input = "default";

		private String instanceId = ProcessHandle.current().pid() + "-" + UUID.randomUUID();

		private Duration leaseDuration = DEFAULT_LEASE_DURATION;

		private Duration pollInterval = DEFAULT_POLL_INTERVAL;

		private Duration backlogRefreshInterval = DEFAULT_BACKLOG_REFRESH_INTERVAL;

		private Duration blockTimeout = DEFAULT_BLOCK_TIMEOUT;

		private int maxBatches = DEFAULT_MAX_BATCHES;

		private long maxBytes = DEFAULT_MAX_BYTES;

		private OverflowPolicy overflowPolicy = OverflowPolicy.REJECT_NEWEST;

		private Clock clock = Clock.systemUTC();

		private Scheduler scheduler = Schedulers.parallel();

		private Timings timings = Timings.NONE;

		private Builder(DataSource dataSource) {
			this.dataSource = Objects.requireNonNull(dataSource, "'dataSource' must not be null");
		}

		/**
		 * Sets the table (default {@value JdbcBatchStoreSchema#DEFAULT_TABLE_NAME}).
		 * @param tableName a plain SQL identifier, as
		 * {@link JdbcBatchStoreSchema#validateTableName(String)} checks
		 * @return this builder
		 */
		public Builder tableName(String tableName) {
			this.tableName = JdbcBatchStoreSchema.validateTableName(tableName);
			return this;
		}

		/**
		 * Sets the input whose rows the store holds (default {@code default}): inputs
		 * share a table, each with its own rows.
		 * @param input the input name, at most 100 characters
		 * @return this builder
		 */
		public Builder input(String input) {
			Assert.hasText(input, "'input' must not be empty");
			Assert.isTrue(input.length() <= 100, "'input' must be at most 100 characters");
			this.input = input;
			return this;
		}

		/**
		 * Sets the id written on the rows this store claims (default the process id and a
		 * random UUID). Two live stores must never share one.
		 * @param instanceId the id, at most 100 characters
		 * @return this builder
		 */
		public Builder instanceId(String instanceId) {
			Assert.hasText(instanceId, "'instanceId' must not be empty");
			Assert.isTrue(instanceId.length() <= 100, "'instanceId' must be at most 100 characters");
			this.instanceId = instanceId;
			return this;
		}

		/**
		 * Sets how long a claim keeps other instances off its rows (default 2 minutes).
		 * It must outlast a request and the retries made within one claim; when an
		 * instance dies its rows are sent again after this long.
		 * @param leaseDuration the duration, positive
		 * @return this builder
		 */
		public Builder leaseDuration(Duration leaseDuration) {
			this.leaseDuration = positive(leaseDuration, "leaseDuration");
			return this;
		}

		/**
		 * Sets how often the dispatcher looks for rows it was not told about: appended by
		 * other instances, or whose lease expired (default 1 second).
		 * @param pollInterval the interval, positive
		 * @return this builder
		 */
		public Builder pollInterval(Duration pollInterval) {
			this.pollInterval = positive(pollInterval, "pollInterval");
			return this;
		}

		/**
		 * Sets how often the store counts the rows of its input, for its bounds and its
		 * backlog (default 5 seconds). Counting reads every pending row of the input.
		 * @param backlogRefreshInterval the interval, positive
		 * @return this builder
		 */
		public Builder backlogRefreshInterval(Duration backlogRefreshInterval) {
			this.backlogRefreshInterval = positive(backlogRefreshInterval, "backlogRefreshInterval");
			return this;
		}

		/**
		 * Sets the most pending rows of the input (default 1,000,000).
		 * @param maxBatches the number of rows, positive
		 * @return this builder
		 */
		public Builder maxBatches(int maxBatches) {
			Assert.isTrue(maxBatches > 0, () -> "'maxBatches' must be positive, not " + maxBatches);
			this.maxBatches = maxBatches;
			return this;
		}

		/**
		 * Sets the most bytes of pending rows of the input, their batches' sizes summed
		 * (default 1 GiB).
		 * @param maxBytes the number of bytes, positive
		 * @return this builder
		 */
		public Builder maxBytes(long maxBytes) {
			Assert.isTrue(maxBytes > 0, () -> "'maxBytes' must be positive, not " + maxBytes);
			this.maxBytes = maxBytes;
			return this;
		}

		/**
		 * Sets what happens to an append when the store is full (default
		 * {@link OverflowPolicy#REJECT_NEWEST}).
		 * @param overflowPolicy the policy
		 * @return this builder
		 */
		public Builder overflowPolicy(OverflowPolicy overflowPolicy) {
			this.overflowPolicy = Objects.requireNonNull(overflowPolicy, "'overflowPolicy' must not be null");
			return this;
		}

		/**
		 * Sets how long an append waits for room under {@link OverflowPolicy#BLOCK}
		 * (default 1 second).
		 * @param blockTimeout the duration, zero or positive
		 * @return this builder
		 */
		public Builder blockTimeout(Duration blockTimeout) {
			Objects.requireNonNull(blockTimeout, "'blockTimeout' must not be null");
			Assert.isTrue(!blockTimeout.isNegative(), () -> "'blockTimeout' must not be negative, not " + blockTimeout);
			this.blockTimeout = blockTimeout;
			return this;
		}

		/**
		 * Sets the clock for leases and for when batches die (default the system clock in
		 * UTC). Instances sharing a table compare leases across machines, so their clocks
		 * must agree to well within the lease duration.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
			return this;
		}

		/**
		 * Sets the scheduler on whose clock {@link OverflowPolicy#BLOCK} times its
		 * {@linkplain #blockTimeout block timeout} (default
		 * {@link Schedulers#parallel()}), so that tests can use virtual time.
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
			return this;
		}

		/**
		 * Sets what hears how long appends and claims take (default nothing).
		 * @param timings the timings
		 * @return this builder
		 */
		public Builder timings(Timings timings) {
			this.timings = Objects.requireNonNull(timings, "'timings' must not be null");
			return this;
		}

		/**
		 * Builds the store. It does not touch the database until it is opened.
		 * @return the store
		 */
		public JdbcBatchStore build() {
			return new JdbcBatchStore(this);
		}

		private static Duration positive(Duration duration, String name) {
			Objects.requireNonNull(duration, () -> "'" + name + "' must not be null");
			Assert.isTrue(!duration.isNegative() && !duration.isZero(),
					() -> "'" + name + "' must be positive, not " + duration);
			return duration;
		}

	}

}

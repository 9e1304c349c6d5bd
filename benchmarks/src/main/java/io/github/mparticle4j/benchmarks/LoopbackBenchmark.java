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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.Batch;
import reactor.core.publisher.Mono;

/**
 * The loopback end-to-end benchmark: {@link EventsApi} and the {@link ReferenceClient}
 * upload the {@link TypicalBatches} to a {@link LoopbackSink} on {@code 127.0.0.1},
 * single batches and bulk requests of {@value TypicalBatches#BULK_SIZE}, with 1 and 8
 * requests in flight, in the same run and in alternating rounds, and a table gives for
 * each client batches per second, p50 and p99 latency per request, CPU time per batch,
 * bytes allocated per batch and bytes on the wire per batch, with the ratios of the
 * client to the reference.
 * <p>
 * CPU time is the process CPU time of this JVM (the sink runs in another process), so it
 * includes the garbage collector and the JIT compiler. Allocated bytes are the sum over
 * all threads of this JVM of
 * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}, before and after each
 * measured window. Both include the harness's own small cost per request (a subscriber
 * and a latency sample), the same for both clients.
 * <p>
 * Options: {@code --warmup=SECONDS} (per client and figure, default 5),
 * {@code --measure=SECONDS} (per round, default 4), {@code --rounds=N} (default 3),
 * {@code --concurrency=1,8}, {@code --quick} (1 s warm-up, 1 s rounds, 2 rounds).
 *
 * @author mparticle4j contributors
 */
public final class LoopbackBenchmark {

	private static final int LATENCY_SAMPLES = 1 << 20;

	private final Options options;

	private LoopbackBenchmark(Options options) {
		this.options = options;
	}

	/**
	 * Runs the benchmark and prints the table.
	 * @param args the options
	 * @throws Exception if the benchmark cannot run
	 */
	public static void main(String[] args) throws Exception {
		new LoopbackBenchmark(Options.parse(args)).run();
	}

	private void run() throws Exception {
		System.out.println("# Loopback benchmark: " + Machine.describe());
		System.out.println("# " + WireCheck.verify());
		System.out.printf(Locale.ROOT,
				"# %.1f s warm-up per client and figure, then %d alternating rounds of %.1f s" + " per client%n",
				this.options.warmup, this.options.rounds, this.options.measure);
		try (SinkProcess sink = SinkProcess.start(Duration.ZERO)) {
			String baseUrl = sink.baseUrl();
			List<Figure> figures = new ArrayList<>();
			try (ReferenceClient reference = new ReferenceClient(baseUrl, WireCheck.ENVIRONMENT);
					EventsApi api = EventsApi.builder(new ApiCredentials(ReferenceClient.KEY, ReferenceClient.SECRET))
						.baseUrl(baseUrl + "/v2")
						.environment(WireCheck.ENVIRONMENT)
						.build()) {
				Batch single = TypicalBatches.typical(1);
				List<Batch> bulk = TypicalBatches.bulk();
				Client referenceClient = new Client("reference",
						(isBulk) -> isBulk ? reference.bulkUploadEvents(bulk) : reference.uploadEvents(single));
				Client eventsApi = new Client("EventsApi",
						(isBulk) -> isBulk ? api.bulkUploadEvents(bulk).map((result) -> result.statusCode())
								: api.uploadEvents(single).map((result) -> result.statusCode()));
				for (boolean isBulk : new boolean[] { false, true }) {
					for (int concurrency : this.options.concurrency) {
						figures.add(measure(isBulk, concurrency, referenceClient, eventsApi, sink));
					}
				}
			}
			print(figures);
		}
	}

	private Figure measure(boolean bulk, int concurrency, Client reference, Client client, SinkProcess sink)
			throws InterruptedException {
		String name = (bulk ? "bulk of " + TypicalBatches.BULK_SIZE : "single") + ", " + concurrency + " in flight";
		System.out.println("# " + name + ": warming up");
		int batchesPerRequest = bulk ? TypicalBatches.BULK_SIZE : 1;
		Totals referenceTotals = new Totals(batchesPerRequest, LATENCY_SAMPLES);
		Totals clientTotals = new Totals(batchesPerRequest, LATENCY_SAMPLES);
		window(reference, bulk, concurrency, this.options.warmup, null);
		window(client, bulk, concurrency, this.options.warmup, null);
		sink.readStats();
		for (int round = 0; round < this.options.rounds; round++) {
			boolean referenceFirst = (round % 2 == 0);
			for (int i = 0; i < 2; i++) {
				boolean isReference = (i == 0) == referenceFirst;
				Totals totals = isReference ? referenceTotals : clientTotals;
				window(isReference ? reference : client, bulk, concurrency, this.options.measure, totals);
				long[] wire = sink.readStats();
				totals.wireRequests += wire[0];
				totals.wireBytes += wire[1];
			}
		}
		Figure figure = new Figure(name, bulk, referenceTotals, clientTotals);
		System.out.println("# " + name + ": " + figure.client.summary() + "; reference " + figure.reference.summary());
		return figure;
	}

	private static void window(Client client, boolean bulk, int concurrency, double seconds, Totals totals)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(concurrency);
		Totals into = (totals != null) ? totals : new Totals(1, 0);
		ResourceUsage before = ResourceUsage.take();
		long start = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			new Chain(client, bulk, stop, failure, done, into).next();
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		if (!done.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(client.name + " did not complete its requests within 30 s");
		}
		long elapsed = System.nanoTime() - start;
		ResourceUsage after = ResourceUsage.take();
		if (failure.get() != null) {
			throw new IllegalStateException(client.name + " failed", failure.get());
		}
		into.elapsedNanos += elapsed;
		into.cpuNanos += after.cpuSince(before);
		into.allocatedBytes += after.allocatedSince(before);
	}

	private static void print(List<Figure> figures) {
		System.out.println();
		System.out.println("Loopback results (" + Machine.describe() + ")");
		String format = "%-28s %12s %9s %9s %14s %15s %14s%n";
		System.out.printf(Locale.ROOT, format, "", "batches/s", "p50 ms", "p99 ms", "CPU us/batch", "alloc B/batch",
				"wire B/batch");
		for (Figure figure : figures) {
			System.out.println(figure.name);
			for (Totals totals : List.of(figure.reference, figure.client)) {
				System.out.printf(Locale.ROOT, format,
						"  " + ((totals == figure.reference) ? "reference" : "EventsApi"),
						String.format(Locale.ROOT, "%.0f", totals.batchesPerSecond()),
						String.format(Locale.ROOT, "%.3f", totals.percentileMillis(0.50)),
						String.format(Locale.ROOT, "%.3f", totals.percentileMillis(0.99)),
						String.format(Locale.ROOT, "%.1f", totals.cpuMicrosPerBatch()),
						String.format(Locale.ROOT, "%.0f", totals.allocatedPerBatch()),
						String.format(Locale.ROOT, "%.0f", totals.wireBytesPerBatch()));
			}
			System.out.printf(Locale.ROOT, format, "  EventsApi / reference", ratio(figure.throughputRatio()),
					ratio(figure.client.percentileMillis(0.50) / figure.reference.percentileMillis(0.50)),
					ratio(figure.client.percentileMillis(0.99) / figure.reference.percentileMillis(0.99)),
					ratio(figure.cpuRatio()), ratio(figure.allocationRatio()),
					ratio(figure.client.wireBytesPerBatch() / figure.reference.wireBytesPerBatch()));
		}
		System.out.println();
		System.out.println("Targets (ratios to the reference in this run):");
		for (Figure figure : figures) {
			String allocation = figure.bulk
					? check(figure.client.allocatedPerBatch() <= 2048,
							String.format(Locale.ROOT, "alloc %.0f B/batch <= 2048", figure.client.allocatedPerBatch()))
					: check(figure.allocationRatio() <= 1.25, "alloc " + ratio(figure.allocationRatio()) + " <= 1.25x");
			System.out.printf(Locale.ROOT, "  %-28s %-28s %-26s %-32s %s%n", figure.name,
					check(figure.throughputRatio() >= 0.8,
							"throughput " + ratio(figure.throughputRatio()) + " >= 0.8x"),
					check(figure.cpuRatio() <= 1.25, "CPU " + ratio(figure.cpuRatio()) + " <= 1.25x"), allocation,
					check(figure.client.wireBytesPerBatch() == figure.reference.wireBytesPerBatch(),
							"wire bytes same"));
		}
	}

	private static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	private static String check(boolean holds, String what) {
		return (holds ? "ok   " : "MISS ") + what;
	}

	/**
	 * One client under test.
	 */
	private record Client(String name, Sender sender) {
	}

	/**
	 * Starts one request.
	 */
	@FunctionalInterface
	private interface Sender {

		Mono<Integer> send(boolean bulk);

	}

	/**
	 * One of the requests in flight: sends the next request when the last one completes.
	 */
	private static final class Chain {

		private final Client client;

		private final boolean bulk;

		private final AtomicBoolean stop;

		private final AtomicReference<Throwable> failure;

		private final CountDownLatch done;

		private final Totals totals;

		Chain(Client client, boolean bulk, AtomicBoolean stop, AtomicReference<Throwable> failure, CountDownLatch done,
				Totals totals) {
			this.client = client;
			this.bulk = bulk;
			this.stop = stop;
			this.failure = failure;
			this.done = done;
			this.totals = totals;
		}

		void next() {
			if (this.stop.get() || this.failure.get() != null) {
				this.done.countDown();
				return;
			}
			long start = System.nanoTime();
			Mono<Integer> request;
			try {
				request = this.client.sender.send(this.bulk);
			}
			catch (RuntimeException ex) {
				fail(ex);
				return;
			}
			request.subscribe((status) -> {
				if (status != 202) {
					this.failure.compareAndSet(null, new IllegalStateException("Status " + status));
				}
			}, this::fail, () -> {
				this.totals.record(System.nanoTime() - start);
				next();
			});
		}

		private void fail(Throwable ex) {
			this.failure.compareAndSet(null, ex);
			this.done.countDown();
		}

	}

	/**
	 * What one client did for one figure, over all its rounds.
	 */
	private static final class Totals {

		private final int batchesPerRequest;

		private final LatencySample latencies;

		private long elapsedNanos;

		private long cpuNanos;

		private long allocatedBytes;

		private long wireRequests;

		private long wireBytes;

		Totals(int batchesPerRequest, int latencySamples) {
			this.batchesPerRequest = batchesPerRequest;
			this.latencies = new LatencySample(latencySamples);
		}

		void record(long latency) {
			this.latencies.record(latency);
		}

		long batches() {
			return (long) this.latencies.count() * this.batchesPerRequest;
		}

		double batchesPerSecond() {
			return batches() / (this.elapsedNanos / 1e9);
		}

		double cpuMicrosPerBatch() {
			return this.cpuNanos / 1e3 / batches();
		}

		double allocatedPerBatch() {
			return (double) this.allocatedBytes / batches();
		}

		double wireBytesPerBatch() {
			return (double) this.wireBytes / ((double) this.wireRequests * this.batchesPerRequest);
		}

		double percentileMillis(double percentile) {
			return this.latencies.percentileMillis(percentile);
		}

		String summary() {
			return String.format(Locale.ROOT, "%d requests, %.0f batches/s", this.latencies.count(),
					batchesPerSecond());
		}

	}

	/**
	 * The figures of both clients for one kind of upload and concurrency.
	 */
	private record Figure(String name, boolean bulk, Totals reference, Totals client) {

		double throughputRatio() {
			return this.client.batchesPerSecond() / this.reference.batchesPerSecond();
		}

		double cpuRatio() {
			return this.client.cpuMicrosPerBatch() / this.reference.cpuMicrosPerBatch();
		}

		double allocationRatio() {
			return this.client.allocatedPerBatch() / this.reference.allocatedPerBatch();
		}

	}

	/**
	 * The options of a run.
	 */
	private record Options(double warmup, double measure, int rounds, int[] concurrency) {

		static Options parse(String[] args) {
			double warmup = 5;
			double measure = 4;
			int rounds = 3;
			int[] concurrency = { 1, 8 };
			for (String arg : args) {
				if (arg.equals("--quick")) {
					warmup = 1;
					measure = 1;
					rounds = 2;
				}
				else if (arg.startsWith("--warmup=")) {
					warmup = Double.parseDouble(value(arg));
				}
				else if (arg.startsWith("--measure=")) {
					measure = Double.parseDouble(value(arg));
				}
				else if (arg.startsWith("--rounds=")) {
					rounds = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--concurrency=")) {
					concurrency = Arrays.stream(value(arg).split(",")).mapToInt(Integer::parseInt).toArray();
				}
				else {
					throw new IllegalArgumentException("Unknown option '" + arg + "'; the options are --quick,"
							+ " --warmup=SECONDS, --measure=SECONDS, --rounds=N and --concurrency=1,8");
				}
			}
			return new Options(warmup, measure, rounds, concurrency);
		}

		private static String value(String arg) {
			return arg.substring(arg.indexOf('=') + 1);
		}

	}

}

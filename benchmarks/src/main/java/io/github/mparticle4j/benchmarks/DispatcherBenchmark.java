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

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.sun.management.GarbageCollectorMXBean;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatchFailureHandler;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.model.Batch;
import io.netty.buffer.PooledByteBufAllocator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loopback benchmark of the {@link EventDispatcher}, against direct
 * {@link EventsApi#bulkUploadEvents(List)} calls on the same batches, through the same
 * client to the same {@link LoopbackSink} in a child JVM. Four parts:
 * <ol>
 * <li><b>throughput</b>: typical batches of distinct users (so that nothing is merged).
 * Direct: as many batches per call as a request holds (at most 100, under 256 KB), with
 * as many calls in flight as the dispatcher's {@code maxRequestsInFlight}, each chain
 * sending its next call when the last completes. Dispatcher: producer threads enqueue the
 * same batches in a closed loop, with a bounded number of batches outstanding (enqueued
 * and not yet settled). Warm-up for each, then alternating rounds, as in
 * {@link LoopbackBenchmark}. Batches per second, enqueue-to-accepted latency (direct:
 * from the call to completion, the same for every batch of the call), CPU time and bytes
 * allocated per batch, bytes on the wire, requests, and the ratios; and each side's CPU
 * time per batch by group of threads (the producers, the dispatcher's worker on Reactor's
 * {@code parallel} scheduler, the event loops, the threads that complete handles, and the
 * rest of the JVM), and the sink's, whose JVM shares the machine's cores;</li>
 * <li><b>merge</b>: the same comparison with batches of one event each from
 * {@value #MERGE_USERS} users, as an application that calls once per event produces them
 * (direct: 100 per call); the dispatcher merges the batches of each user, and the table
 * gives the batches it sent for those enqueued and the requests made; then again against
 * a sink that answers after 50 ms, like a remote server, where the number of requests in
 * flight matters more than the CPU;</li>
 * <li><b>enqueue</b>: the caller's cost of {@code enqueue}, the time of each call on each
 * of 8 producer threads, paced at 1,000 calls per second in all (the machine mostly
 * idle), paced at half the dispatcher's throughput measured in part 1 (so that the sink
 * keeps up) and flat out (against a large queue), p50, p99, p99.9 and the maximum, for
 * the typical batch and a batch of one event; and the {@link ReferenceWriter} alone
 * serializing the same batches on the same threads at the same pace, the floor of any
 * {@code enqueue} that serializes on the caller's thread, taking turns with
 * {@code enqueue} in slices of 100 ms of the same period (so that what else the machine
 * runs weighs on both alike), and the ratio of the two CPU p99s;</li>
 * <li><b>overload</b>: a dispatcher with a 4 MB queue sending to a sink that answers each
 * request only after a delay (200 ms), while producers enqueue 10 times as fast as the
 * sink can accept; the used heap after a full garbage collection, sampled during the run,
 * against the queue's bound plus what is in flight ({@code maxRequestsInFlight} x 256
 * KB); the drops counted three ways (the dispatcher's status, the failure handler and the
 * handles), with every handle checked to have completed. Also for batches of one event,
 * where the per-batch overhead weighs more.</li>
 * </ol>
 * <p>
 * Options: {@code --warmup=SECONDS} (default 5), {@code --measure=SECONDS} (per round,
 * default 4), {@code --rounds=N} (default 3), {@code --in-flight=N} (default 4),
 * {@code --producers=N} (the threads of parts 1 and 2, default 2), {@code --delay=MILLIS}
 * (of the overload's sink, default 200), {@code --merge-delay=MILLIS} (of the second
 * merge comparison's sink, default 50; 0 to skip it),
 * {@code --parts=throughput,merge,enqueue,overload}, {@code --histogram} (prints the
 * growth of the live heap by class at the peak of each overload run), {@code --quick} (1
 * s warm-up, 1 s rounds, 2 rounds).
 *
 * @author mparticle4j contributors
 */
public final class DispatcherBenchmark {

	static final int MERGE_USERS = 20;

	private static final int MAX_REQUEST_SIZE = 256 * 1024;

	private static final int MAX_BATCHES_PER_REQUEST = 100;

	private static final int LATENCY_SAMPLES = 1 << 21;

	private static final int CALLER_THREADS = 8;

	private static final double LIGHT_RATE = 1_000;

	// the call and its floor take turns in slices of this length
	private static final long SLICE_NANOS = 100_000_000;

	/**
	 * What the harness itself keeps per pending handle in the overload part: the
	 * dependent future, the completion and the lambda of its {@code whenComplete}.
	 */
	private static final int HARNESS_BYTES_PER_HANDLE = 80;

	private static final long OVERLOAD_QUEUE_BYTES = 4L * 1024 * 1024;

	private static final int OVERLOAD_PRODUCERS = 4;

	private static final double OVERLOAD_FACTOR = 10;

	private final Options options;

	private final ExecutorService producers;

	private final List<String> results = new ArrayList<>();

	private double dispatcherThroughput = Double.NaN;

	private DispatcherBenchmark(Options options) {
		this.options = options;
		AtomicInteger threads = new AtomicInteger();
		this.producers = Executors.newFixedThreadPool(Math.max(CALLER_THREADS, options.producers), (task) -> {
			Thread thread = new Thread(task, "producer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs the benchmark and prints the tables.
	 * @param args the options
	 * @throws Exception if the benchmark cannot run
	 */
	public static void main(String[] args) throws Exception {
		DispatcherBenchmark benchmark = new DispatcherBenchmark(Options.parse(args));
		try {
			benchmark.run();
		}
		finally {
			benchmark.producers.shutdownNow();
		}
	}

	private void run() throws Exception {
		System.out.println("# Dispatcher benchmark: " + Machine.describe());
		System.out.println("# " + WireCheck.verify());
		System.out.printf(Locale.ROOT,
				"# %.1f s warm-up per side, then %d alternating rounds of %.1f s per side; %d requests in flight,"
						+ " %d producer threads%n",
				this.options.warmup, this.options.rounds, this.options.measure, this.options.inFlight,
				this.options.producers);
		Set<String> parts = this.options.parts;
		if (parts.contains("throughput") || parts.contains("merge") || parts.contains("enqueue")) {
			try (SinkProcess sink = SinkProcess.start(Duration.ZERO); EventsApi api = client(sink)) {
				if (parts.contains("throughput")) {
					print(compare(api, sink, distinctUsers()));
				}
				if (parts.contains("merge")) {
					print(compare(api, sink, oneEventFewUsers("")));
				}
				if (parts.contains("enqueue")) {
					callerCost(api);
				}
			}
		}
		if (parts.contains("merge") && this.options.mergeDelayMillis > 0) {
			try (SinkProcess sink = SinkProcess.start(Duration.ofMillis(this.options.mergeDelayMillis));
					EventsApi api = client(sink)) {
				print(compare(api, sink,
						oneEventFewUsers(", sink answering after " + this.options.mergeDelayMillis + " ms")));
			}
		}
		if (parts.contains("overload")) {
			overload(OverflowPolicy.REJECT_NEWEST, false);
			overload(OverflowPolicy.DROP_OLDEST, false);
			overload(OverflowPolicy.REJECT_NEWEST, true);
		}
		System.out.println();
		System.out.println("Dispatcher results (" + Machine.describe() + ")");
		this.results.forEach(System.out::println);
	}

	static EventsApi client(SinkProcess sink) {
		return EventsApi.builder(new ApiCredentials(ReferenceClient.KEY, ReferenceClient.SECRET))
			.baseUrl(sink.baseUrl() + "/v2")
			.environment(WireCheck.ENVIRONMENT)
			.build();
	}

	// Part 1 and 2: the dispatcher against direct bulk uploads

	private Scenario distinctUsers() {
		List<Batch> pool = new ArrayList<>();
		int perRequest = perRequest(TypicalBatches.typical(1_000_000));
		int outstanding = 2 * this.options.inFlight * MAX_BATCHES_PER_REQUEST;
		while (pool.size() < Math.max(2 * outstanding, 30 * perRequest)) {
			pool.add(TypicalBatches.typical(pool.size() + 1));
		}
		return new Scenario("distinct users, typical batches (10 events, " + size(pool.get(0)) + " B)", pool,
				perRequest, outstanding);
	}

	private Scenario oneEventFewUsers(String suffix) {
		List<Batch> pool = new ArrayList<>();
		for (int n = 0; n < 100 * MERGE_USERS; n++) {
			pool.add(TypicalBatches.oneEvent(n % MERGE_USERS, n / MERGE_USERS));
		}
		int perRequest = perRequest(TypicalBatches.oneEvent(1_000_000, 1_000_000));
		// enough outstanding for the dispatcher to fill requests before its flush
		// interval
		int outstanding = 8_000;
		return new Scenario(
				"one event per call, " + MERGE_USERS + " users (" + size(pool.get(0)) + " B per batch)" + suffix, pool,
				perRequest, outstanding);
	}

	private static int size(Batch batch) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ReferenceWriter(WireCheck.ENVIRONMENT).writeSingle(batch, out);
		return out.size();
	}

	/**
	 * Returns how many batches like the given one a bulk request holds: at most 100, and
	 * under 256 KB with the brackets and commas.
	 * @param largest the largest batch of the pool
	 * @return the number of batches
	 */
	static int perRequest(Batch largest) {
		int size = size(largest);
		return Math.min(MAX_BATCHES_PER_REQUEST, (MAX_REQUEST_SIZE - 2) / (size + 1));
	}

	private Comparison compare(EventsApi api, SinkProcess sink, Scenario scenario) throws Exception {
		System.out.println("# " + scenario.name + ": warming up (direct: " + scenario.directPerRequest
				+ " batches per call; dispatcher: at most " + scenario.outstanding + " batches outstanding)");
		CountingFailureHandler failures = new CountingFailureHandler();
		EventDispatcher dispatcher = EventDispatcher.builder(api)
			.name("benchmark")
			.maxRequestsInFlight(this.options.inFlight)
			.failureHandler(failures)
			.build();
		try {
			Side direct = new Side("direct bulk", scenario.directPerRequest);
			Side dispatched = new Side("dispatcher", 1);
			directWindow(api, scenario, this.options.warmup, new Side("warm-up", scenario.directPerRequest));
			dispatcherWindow(dispatcher, scenario, this.options.warmup, new Side("warm-up", 1));
			sink.readStats();
			for (int round = 0; round < this.options.rounds; round++) {
				for (int i = 0; i < 2; i++) {
					boolean directNow = (i == 0) == (round % 2 == 0);
					Side side = directNow ? direct : dispatched;
					long sinkCpu = sink.cpuNanos();
					if (directNow) {
						directWindow(api, scenario, this.options.measure, side);
					}
					else {
						dispatcherWindow(dispatcher, scenario, this.options.measure, side);
					}
					side.addSinkCpu(sinkCpu, sink.cpuNanos());
					long[] wire = sink.readStats();
					side.wireRequests += wire[0];
					side.wireBytes += wire[1];
				}
			}
			if (failures.total() > 0) {
				throw new IllegalStateException("The dispatcher failed batches: " + failures);
			}
			Comparison comparison = new Comparison(scenario, direct, dispatched);
			System.out.println("# " + scenario.name + ": " + comparison.summary());
			return comparison;
		}
		finally {
			dispatcher.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
		}
	}

	private void directWindow(EventsApi api, Scenario scenario, double seconds, Side into) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(this.options.inFlight);
		ResourceUsage before = ResourceUsage.take();
		long start = System.nanoTime();
		for (int i = 0; i < this.options.inFlight; i++) {
			new DirectChain(api, scenario, stop, failure, done, into).next();
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		if (!done.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Direct uploads did not complete within 30 s");
		}
		long elapsed = System.nanoTime() - start;
		ResourceUsage after = ResourceUsage.take();
		if (failure.get() != null) {
			throw new IllegalStateException("A direct upload failed", failure.get());
		}
		into.add(elapsed, after.cpuSince(before), after.allocatedSince(before));
		into.addCpuByThread(after.cpuByThreadGroupSince(before));
	}

	private void dispatcherWindow(EventDispatcher dispatcher, Scenario scenario, double seconds, Side into)
			throws Exception {
		Semaphore permits = new Semaphore(scenario.outstanding);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		DispatcherStatus statusBefore = dispatcher.status();
		ResourceUsage before = ResourceUsage.take();
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int p = 0; p < this.options.producers; p++) {
			running.add(this.producers.submit(() -> {
				while (!stop.get() && failure.get() == null) {
					if (!permits.tryAcquire(10, TimeUnit.MILLISECONDS)) {
						continue;
					}
					Batch batch = scenario.nextBatch();
					long called = System.nanoTime();
					CompletableFuture<?> handle = dispatcher.enqueue(batch);
					into.enqueueCost.record(System.nanoTime() - called);
					handle.whenComplete((delivery, ex) -> {
						if (ex != null) {
							failure.compareAndSet(null, ex);
						}
						else {
							into.latencies.record(System.nanoTime() - called);
						}
						permits.release();
					});
				}
				return null;
			}));
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		for (Future<?> producer : running) {
			producer.get(30, TimeUnit.SECONDS);
		}
		dispatcher.flush();
		if (!permits.tryAcquire(scenario.outstanding, 30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The dispatcher did not settle its batches within 30 s: "
					+ dispatcher.status() + ", first failure " + failure.get());
		}
		long elapsed = System.nanoTime() - start;
		ResourceUsage after = ResourceUsage.take();
		DispatcherStatus statusAfter = dispatcher.status();
		if (failure.get() != null) {
			throw new IllegalStateException("A batch was not delivered", failure.get());
		}
		into.add(elapsed, after.cpuSince(before), after.allocatedSince(before));
		into.addCpuByThread(after.cpuByThreadGroupSince(before));
		into.enqueued += statusAfter.enqueued() - statusBefore.enqueued();
		into.sentBatches += statusAfter.sentBatches() - statusBefore.sentBatches();
	}

	private void print(Comparison comparison) {
		this.results.add("");
		this.results.add(comparison.scenario.name + ", " + this.options.inFlight + " requests in flight");
		String format = "%-24s %10s %9s %9s %9s %12s %13s %12s %9s %9s %10s";
		this.results.add(String.format(Locale.ROOT, format, "", "batches/s", "p50 ms", "p99 ms", "enq p99us",
				"CPU us/batch", "alloc B/batch", "wire B/batch", "requests", "batch/req", "sent/enq"));
		for (Side side : List.of(comparison.direct, comparison.dispatched)) {
			boolean dispatcher = side == comparison.dispatched;
			String name = dispatcher ? side.name : side.name + " (" + side.perCall + "/call)";
			this.results.add(String.format(Locale.ROOT, format, "  " + name, fixed(side.batchesPerSecond(), 0),
					fixed(side.latencies.percentileMillis(0.50), 2), fixed(side.latencies.percentileMillis(0.99), 2),
					dispatcher ? fixed(side.enqueueCost.percentileMicros(0.99), 1) : "-",
					fixed(side.cpuMicrosPerBatch(), 1), fixed(side.allocatedPerBatch(), 0),
					fixed(side.wireBytesPerBatch(), 0), Long.toString(side.wireRequests),
					fixed(side.sentPerRequest(), 1),
					dispatcher ? side.sentBatches + "/" + side.enqueued : side.batches() + "/" + side.batches()));
		}
		Side direct = comparison.direct;
		Side dispatched = comparison.dispatched;
		this.results.add(String.format(Locale.ROOT, format, "  dispatcher / direct",
				ratio(dispatched.batchesPerSecond() / direct.batchesPerSecond()),
				ratio(dispatched.latencies.percentileMillis(0.50) / direct.latencies.percentileMillis(0.50)),
				ratio(dispatched.latencies.percentileMillis(0.99) / direct.latencies.percentileMillis(0.99)), "",
				ratio(dispatched.cpuMicrosPerBatch() / direct.cpuMicrosPerBatch()),
				ratio(dispatched.allocatedPerBatch() / direct.allocatedPerBatch()),
				ratio(dispatched.wireBytesPerBatch() / direct.wireBytesPerBatch()),
				ratio((double) dispatched.wireRequests / direct.wireRequests), "", ""));
		for (Side side : List.of(direct, dispatched)) {
			this.results.add("  CPU us/batch by thread, " + side.name + ": " + side.cpuMicrosPerBatchByThread()
					+ "; the sink's JVM " + side.sinkCpuMicrosPerBatch());
		}
		double throughput = dispatched.batchesPerSecond() / direct.batchesPerSecond();
		this.results
			.add("  target: dispatcher throughput >= 0.9x direct: " + check(throughput >= 0.9, ratio(throughput)));
		if (comparison.scenario.directPerRequest == perRequest(TypicalBatches.typical(1_000_000))) {
			this.dispatcherThroughput = dispatched.batchesPerSecond();
		}
	}

	// Part 3: the caller's cost of enqueue

	private void callerCost(EventsApi api) throws Exception {
		double rate = Double.isNaN(this.dispatcherThroughput) ? 5_000 : Math.rint(this.dispatcherThroughput / 2);
		List<Batch> typical = distinctUsers().pool;
		List<Batch> oneEvent = oneEventFewUsers("").pool;
		this.results.add("");
		this.results.add("Caller's cost of enqueue, " + CALLER_THREADS + " producer threads ("
				+ String.format(Locale.ROOT, "load average %.2f", loadAverage()) + " before); the reference"
				+ " writer serializing the same batches alone, paced alike, in the same run");
		if (!Machine.isHeapFixed()) {
			this.results.add("  (" + Machine.heap() + ": flat out, the queue's growth makes the JVM commit memory, and"
					+ " the kernel's work on each new page counts as the callers' CPU; for the rows to compare,"
					+ " run with -Xms3g -Xmx3g -XX:+AlwaysPreTouch)");
		}
		String format = "%-46s %10s %9s %9s %9s %9s %11s %11s %9s  %-31s %11s %11s %9s";
		this.results.add(String.format(Locale.ROOT, format, "", "calls/s", "p50 us", "p99 us", "p99.9 us", "max us",
				"cpu p50 us", "cpu p99 us", "rejected", "target p99 < 50 us (cpu, wall)", "ref cpu p50", "ref cpu p99",
				"cpu p99/ref"));
		// built by the caller just before each call, as applications do (not timed), then
		// taken from the pools that the throughput parts use, which the caches have
		// long forgotten
		for (boolean fresh : new boolean[] { true, false }) {
			for (double pace : fresh ? new double[] { LIGHT_RATE, rate, 0 } : new double[] { rate }) {
				for (boolean typicalBatch : new boolean[] { true, false }) {
					List<Batch> pool = typicalBatch ? typical : oneEvent;
					IntFunction<Batch> batches;
					if (!fresh) {
						batches = (i) -> pool.get(i % pool.size());
					}
					else {
						batches = typicalBatch ? (i) -> TypicalBatches.typical(1 + i % pool.size())
								: (i) -> TypicalBatches.oneEvent(i % MERGE_USERS, i / MERGE_USERS);
					}
					String name = (typicalBatch ? "typical" : "one-event") + (fresh ? ", built" : ", from pool")
							+ ((pace > 0) ? String.format(Locale.ROOT, ", paced at %.0f/s", pace) : ", flat out");
					System.out.println("# enqueue cost: " + name);
					CallerCosts costs = callerCost(api, batches, pace);
					CallerCost cost = costs.enqueue();
					CallerCost reference = costs.reference();
					LatencySample calls = cost.calls;
					LatencySample cpu = cost.cpu;
					this.results.add(String.format(Locale.ROOT, format, "  " + name, fixed(cost.callsPerSecond(), 0),
							fixed(calls.percentileMicros(0.50), 1), fixed(calls.percentileMicros(0.99), 1),
							fixed(calls.percentileMicros(0.999), 1), fixed(calls.percentileMicros(1.0), 0),
							fixed(cpu.percentileMicros(0.50), 1), fixed(cpu.percentileMicros(0.99), 1),
							Long.toString(cost.rejected),
							check(cpu.percentileMicros(0.99) < 50, "cpu") + ", "
									+ check(calls.percentileMicros(0.99) < 50, "wall"),
							fixed(reference.cpu.percentileMicros(0.50), 1),
							fixed(reference.cpu.percentileMicros(0.99), 1),
							ratio(cpu.percentileMicros(0.99) / reference.cpu.percentileMicros(0.99))));
				}
			}
		}
		this.results.add(String.format(Locale.ROOT, "  (load average %.2f after)", loadAverage()));
	}

	// The caller's cost of enqueue and the floor of any enqueue that serializes on the
	// caller's thread (as the dispatcher must, to refuse a batch and to bound its queue
	// there): the reference writer serializing each batch alone, timed, while the same
	// dispatcher takes the same batch untimed, so that the worker, the event loops and
	// the sink load the machine alike. The two take turns in slices of SLICE_NANOS of
	// the same period, all the threads together, so that a change in what else the
	// machine runs weighs on both alike.
	private CallerCosts callerCost(EventsApi api, IntFunction<Batch> batches, double rate) throws Exception {
		CountingFailureHandler failures = new CountingFailureHandler();
		EventDispatcher dispatcher = EventDispatcher.builder(api)
			.name("benchmark")
			.maxRequestsInFlight(this.options.inFlight)
			.maxQueuedBatches(1_000_000)
			.maxQueuedBytes(256L * 1024 * 1024)
			.failureHandler(failures)
			.build();
		try {
			ReferenceWriter writer = new ReferenceWriter(WireCheck.ENVIRONMENT);
			Consumer<Batch> reference = (batch) -> writer.writeEnqueued(batch, PooledByteBufAllocator.DEFAULT)
				.release();
			CallerCosts costs = timeCalls(dispatcher::enqueue, reference, dispatcher::enqueue, batches, rate);
			dispatcher.flush().get(60, TimeUnit.SECONDS);
			return new CallerCosts(costs.enqueue().withRejected(failures.total()), costs.reference());
		}
		finally {
			dispatcher.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
		}
	}

	// Warms up, then times the calls of all the producer threads, the call and the
	// reference taking turns.
	private CallerCosts timeCalls(Consumer<Batch> call, Consumer<Batch> reference, Consumer<Batch> untimed,
			IntFunction<Batch> batches, double rate) throws Exception {
		Turns warmup = new Turns(call, reference, untimed, null);
		producePaced(warmup, batches, rate, CALLER_THREADS, this.options.warmup);
		Turns measured = new Turns(call, reference, untimed, CALLER_THREADS);
		double seconds = this.options.measure * this.options.rounds;
		producePaced(measured, batches, rate, CALLER_THREADS, seconds);
		return new CallerCosts(measured.cost(0, seconds), measured.cost(1, seconds));
	}

	/**
	 * Calls from several threads for a time, paced or flat out.
	 * @param turns what each call does
	 * @param batches the batches, by number
	 * @param rate the calls per second of all the threads, 0 for flat out
	 * @param threads the number of threads
	 * @param seconds how long
	 * @throws Exception if a thread failed
	 */
	private void producePaced(Turns turns, IntFunction<Batch> batches, double rate, int threads, double seconds)
			throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger counter = new AtomicInteger();
		long period = (rate > 0) ? (long) (1e9 * threads / rate) : 0;
		List<Future<?>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			long offset = period * t / threads;
			running.add(this.producers.submit(() -> {
				long due = start + offset;
				while (!stop.get()) {
					if (period > 0) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(wait);
							continue;
						}
						// behind by more than 10 periods: catch up no further
						due = Math.max(due, System.nanoTime() - 10 * period) + period;
					}
					turns.run(thread, start, batches.apply(counter.getAndIncrement() & Integer.MAX_VALUE));
				}
				return null;
			}));
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		for (Future<?> producer : running) {
			producer.get(30, TimeUnit.SECONDS);
		}
	}

	// Part 4: overload

	private void overload(OverflowPolicy policy, boolean oneEvent) throws Exception {
		Duration delay = Duration.ofMillis(this.options.delayMillis);
		List<Batch> pool;
		int perRequest;
		if (oneEvent) {
			// distinct users, so that nothing is merged: more than the queue holds
			pool = new ArrayList<>();
			for (int i = 0; i < 6_000; i++) {
				pool.add(TypicalBatches.oneEvent(100 + i, 0));
			}
			perRequest = perRequest(TypicalBatches.oneEvent(1_000_000, 1_000_000));
		}
		else {
			pool = distinctUsers().pool;
			perRequest = perRequest(TypicalBatches.typical(1_000_000));
		}
		String batches = oneEvent ? "one-event batches" : "typical batches";
		double acceptable = this.options.inFlight * perRequest * 1000.0 / this.options.delayMillis;
		double offered = OVERLOAD_FACTOR * acceptable;
		long bound = OVERLOAD_QUEUE_BYTES + (long) this.options.inFlight * MAX_REQUEST_SIZE;
		System.out.printf(Locale.ROOT, "# overload, %s, %s: sink delay %d ms, offering %.0f batches/s%n", policy,
				batches, this.options.delayMillis, offered);
		try (SinkProcess sink = SinkProcess.start(delay); EventsApi api = client(sink)) {
			CountingFailureHandler failures = new CountingFailureHandler();
			EventDispatcher dispatcher = EventDispatcher.builder(api)
				.name("overload")
				.maxRequestsInFlight(this.options.inFlight)
				.maxQueuedBytes(OVERLOAD_QUEUE_BYTES)
				.overflowPolicy(policy)
				.failureHandler(failures)
				.build();
			Handles handles = new Handles();
			// the connections, the serializers' caches and the code paths exist before
			// the baseline is taken, and so does what the batches of the pool cache
			// when they are first read (BigDecimal's string, the maps' entry sets)
			JsonMapper mapper = JsonMapper.builder().build();
			for (Batch batch : pool) {
				mapper.writeValueAsBytes(batch.copy());
				mapper.writeValueAsBytes(batch);
			}
			// from the producers' threads at once, so that the encoder's scratch buffers
			// exist too
			List<Future<?>> warmingUp = new ArrayList<>();
			for (int t = 0; t < OVERLOAD_PRODUCERS; t++) {
				int first = t;
				warmingUp.add(this.producers.submit(() -> {
					for (int i = first; i < 2 * perRequest; i += OVERLOAD_PRODUCERS) {
						dispatcher.enqueue(pool.get(pool.size() - 1 - i));
					}
				}));
			}
			for (Future<?> producer : warmingUp) {
				producer.get(30, TimeUnit.SECONDS);
			}
			dispatcher.flush().get(30, TimeUnit.SECONDS);
			usedHeapAfterGc();
			long baseline = usedHeapAfterGc();
			Map<String, long[]> histogramBefore = this.options.histogram ? histogram() : Map.of();
			DispatcherStatus warmedUp = dispatcher.status();
			AtomicBoolean stop = new AtomicBoolean();
			AtomicInteger counter = new AtomicInteger();
			long period = (long) (1e9 * OVERLOAD_PRODUCERS / offered);
			long start = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < OVERLOAD_PRODUCERS; t++) {
				long offset = period * t / OVERLOAD_PRODUCERS;
				running.add(this.producers.submit(() -> {
					long due = start + offset;
					while (!stop.get()) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(wait);
							continue;
						}
						// catch up on up to 200 ms, such as a pause for a garbage
						// collection
						due = Math.max(due, System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(200)) + period;
						handles.track(dispatcher.enqueue(pool.get(counter.getAndIncrement() % pool.size())));
					}
					return null;
				}));
			}
			long peakHeap = 0;
			long peakQueued = 0;
			int peakQueuedBatches = 0;
			int samples = 0;
			List<Long> heapSamples = new ArrayList<>();
			Map<String, long[]> histogramAtPeak = Map.of();
			double seconds = Math.max(3, this.options.measure * this.options.rounds);
			long end = start + (long) (seconds * 1e9);
			while (System.nanoTime() < end) {
				Thread.sleep(500);
				DispatcherStatus status = dispatcher.status();
				peakQueued = Math.max(peakQueued, status.queuedBytes());
				peakQueuedBatches = Math.max(peakQueuedBatches, status.queuedBatches());
				long heap = usedHeapAfterGc() - baseline;
				heapSamples.add(heap);
				if (heap > peakHeap && this.options.histogram) {
					histogramAtPeak = histogram();
				}
				peakHeap = Math.max(peakHeap, heap);
				samples++;
			}
			if (this.options.histogram) {
				printHistogramGrowth(histogramBefore, histogramAtPeak);
			}
			stop.set(true);
			for (Future<?> producer : running) {
				producer.get(30, TimeUnit.SECONDS);
			}
			double elapsed = (System.nanoTime() - start) / 1e9;
			long issued = handles.issued.sum();
			long deliveredInRun = handles.delivered.sum();
			DispatcherStatus atStop = dispatcher.status();
			dispatcher.shutdown(Duration.ofSeconds(30)).get(60, TimeUnit.SECONDS);
			long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (handles.completed() < issued && System.nanoTime() < waitUntil) {
				Thread.sleep(10);
			}
			DispatcherStatus status = dispatcher.status();
			long dropHandles = handles.dropped();
			// refused at enqueue or dropped later, as the handles count them
			long droppedInRun = (status.dropped() + status.refused()) - (warmedUp.dropped() + warmedUp.refused());
			this.results.add("");
			this.results.add(String.format(Locale.ROOT,
					"Overload, %s, %s (%d B): queue %d MB, %d in flight, sink answers after %d ms"
							+ " (load average %.2f after)",
					policy, batches, size(pool.get(0)), OVERLOAD_QUEUE_BYTES >> 20, this.options.inFlight,
					this.options.delayMillis, loadAverage()));
			this.results.add(String.format(Locale.ROOT,
					"  offered %.0f batches/s (%d calls in %.1f s), accepted by the sink %.0f batches/s: %.1fx",
					issued / elapsed, issued, elapsed, deliveredInRun / elapsed,
					(issued / elapsed) / (deliveredInRun / elapsed)));
			this.results.add(String.format(Locale.ROOT,
					"  heap used after GC, peak above the start: %s in %d samples; bound %s (queue %s + %d x 256 KB)"
							+ " -> %s",
					mb(peakHeap), samples, mb(bound), mb(OVERLOAD_QUEUE_BYTES), this.options.inFlight,
					String.format(Locale.ROOT, "%.2fx", (double) peakHeap / bound)));
			List<Long> sortedSamples = heapSamples.stream().sorted().toList();
			this.results.add(String.format(Locale.ROOT, "  heap samples above the start: median %s, min %s%s",
					mb(sortedSamples.get(sortedSamples.size() / 2)), mb(sortedSamples.get(0)), this.options.histogram
							? "; all " + heapSamples.stream().map(DispatcherBenchmark::mb).toList() : ""));
			long harnessBytes = (long) HARNESS_BYTES_PER_HANDLE * peakQueuedBatches;
			this.results.add(String.format(Locale.ROOT,
					"  of which the harness's own callbacks, about %d B x %d handles pending: %s; without them %s"
							+ " -> %s",
					HARNESS_BYTES_PER_HANDLE, peakQueuedBatches, mb(harnessBytes), mb(peakHeap - harnessBytes),
					check(peakHeap - harnessBytes <= bound, String.format(Locale.ROOT, "%.2fx the bound",
							(double) (peakHeap - harnessBytes) / bound))));
			this.results.add(
					String.format(Locale.ROOT, "  queued bytes (status), peak %s; at stop %s", mb(peakQueued), atStop));
			this.results.add(String.format(Locale.ROOT,
					"  handles: %d issued, %d delivered, %d dropped %s, %d failed otherwise, %d never completed",
					issued, handles.delivered.sum(), dropHandles, handles.reasons(), handles.otherFailures.sum(),
					issued - handles.completed()));
			this.results
				.add(String.format(Locale.ROOT, "  drops: status %d, failure handler %d, failed handles %d -> %s",
						droppedInRun, failures.drops(), dropHandles,
						check(droppedInRun == dropHandles && failures.drops() == dropHandles
								&& handles.completed() == issued && handles.otherFailures.sum() == 0,
								"every dropped handle failed, every handle completed")));
		}
	}

	/**
	 * Returns the class histogram of the live heap (after a full collection).
	 * @return the instances and bytes by class
	 * @throws Exception if the diagnostic command fails
	 */
	private static Map<String, long[]> histogram() throws Exception {
		MBeanServer server = ManagementFactory.getPlatformMBeanServer();
		String text = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
				"gcClassHistogram", new Object[] { new String[0] }, new String[] { String[].class.getName() });
		Map<String, long[]> histogram = new HashMap<>();
		text.lines().map(String::trim).filter((line) -> line.matches("\\d+:.*")).forEach((line) -> {
			String[] parts = line.split("\\s+");
			histogram.put(parts[3], new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) });
		});
		return histogram;
	}

	private static void printHistogramGrowth(Map<String, long[]> before, Map<String, long[]> after) {
		System.out.println("# live heap growth by class at the peak sample, against the baseline (instances, bytes):");
		after.entrySet().stream().map((entry) -> {
			long[] earlier = before.getOrDefault(entry.getKey(), new long[2]);
			return Map.entry(entry.getKey(),
					new long[] { entry.getValue()[0] - earlier[0], entry.getValue()[1] - earlier[1] });
		})
			.sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
			.limit(20)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "#   %10d %12d  %s%n", entry.getValue()[0],
					entry.getValue()[1], entry.getKey()));
	}

	/**
	 * Collects the garbage and returns the heap in use right after, as the collector
	 * reports it: reading the heap's usage after {@code System.gc()} returns would count
	 * what the other threads allocated in between, megabytes at these allocation rates.
	 * HotSpot lists its young collector first, so the last collector that ran is the full
	 * collection.
	 * @return the heap in use after the collection, in bytes
	 */
	static long usedHeapAfterGc() {
		List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);
		long[] counts = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
		System.gc();
		Set<String> heapPools = new HashSet<>();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				heapPools.add(pool.getName());
			}
		}
		for (int i = collectors.size() - 1; i >= 0; i--) {
			if (collectors.get(i).getCollectionCount() > counts[i] && collectors.get(i).getLastGcInfo() != null) {
				GarbageCollectorMXBean collector = collectors.get(i);
				long used = 0;
				for (Map.Entry<String, MemoryUsage> pool : collector.getLastGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()) {
					if (heapPools.contains(pool.getKey())) {
						used += pool.getValue().getUsed();
					}
				}
				return used;
			}
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.2f MB", bytes / 1024.0 / 1024.0);
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	private static String check(boolean holds, String what) {
		return (holds ? "ok " : "MISS ") + what;
	}

	/**
	 * The batches of one comparison.
	 */
	private static final class Scenario {

		private final String name;

		private final List<Batch> pool;

		private final int directPerRequest;

		private final int outstanding;

		private final AtomicLong nextChunk = new AtomicLong();

		private final AtomicLong nextBatch = new AtomicLong();

		Scenario(String name, List<Batch> pool, int directPerRequest, int outstanding) {
			this.name = name;
			this.pool = pool;
			this.directPerRequest = directPerRequest;
			this.outstanding = outstanding;
		}

		List<Batch> nextChunk() {
			int chunks = this.pool.size() / this.directPerRequest;
			int from = (int) (this.nextChunk.getAndIncrement() % chunks) * this.directPerRequest;
			return this.pool.subList(from, from + this.directPerRequest);
		}

		Batch nextBatch() {
			return this.pool.get((int) (this.nextBatch.getAndIncrement() % this.pool.size()));
		}

	}

	/**
	 * One of the direct bulk uploads in flight: sends the next when the last completes.
	 */
	private static final class DirectChain {

		private final EventsApi api;

		private final Scenario scenario;

		private final AtomicBoolean stop;

		private final AtomicReference<Throwable> failure;

		private final CountDownLatch done;

		private final Side side;

		DirectChain(EventsApi api, Scenario scenario, AtomicBoolean stop, AtomicReference<Throwable> failure,
				CountDownLatch done, Side side) {
			this.api = api;
			this.scenario = scenario;
			this.stop = stop;
			this.failure = failure;
			this.done = done;
			this.side = side;
		}

		void next() {
			if (this.stop.get() || this.failure.get() != null) {
				this.done.countDown();
				return;
			}
			long start = System.nanoTime();
			try {
				this.api.bulkUploadEvents(this.scenario.nextChunk()).subscribe((result) -> {
				}, this::fail, () -> {
					this.side.latencies.record(System.nanoTime() - start);
					next();
				});
			}
			catch (RuntimeException ex) {
				fail(ex);
			}
		}

		private void fail(Throwable ex) {
			this.failure.compareAndSet(null, ex);
			this.done.countDown();
		}

	}

	/**
	 * What one side of a comparison did, over all its rounds.
	 */
	private static final class Side {

		private final String name;

		private final int perCall;

		private final LatencySample latencies = new LatencySample(LATENCY_SAMPLES);

		private final LatencySample enqueueCost = new LatencySample(LATENCY_SAMPLES);

		private long elapsedNanos;

		private long cpuNanos;

		private long allocatedBytes;

		private long wireRequests;

		private long wireBytes;

		private long enqueued;

		private long sentBatches;

		private final Map<String, Long> cpuByThread = new TreeMap<>();

		// the sink's, in its own JVM: not in the CPU per batch above
		private long sinkCpuNanos;

		Side(String name, int perCall) {
			this.name = name;
			this.perCall = perCall;
		}

		void add(long elapsedNanos, long cpuNanos, long allocatedBytes) {
			this.elapsedNanos += elapsedNanos;
			this.cpuNanos += cpuNanos;
			this.allocatedBytes += allocatedBytes;
		}

		void addSinkCpu(long before, long after) {
			this.sinkCpuNanos = (before < 0 || after < 0 || this.sinkCpuNanos < 0) ? -1
					: this.sinkCpuNanos + after - before;
		}

		String sinkCpuMicrosPerBatch() {
			return (this.sinkCpuNanos < 0) ? "n/a" : fixed(this.sinkCpuNanos / 1e3 / batches(), 2);
		}

		void addCpuByThread(Map<String, Long> cpuByGroup) {
			cpuByGroup.forEach((group, nanos) -> this.cpuByThread.merge(group, nanos, Long::sum));
		}

		// the groups that used 0.01 us per batch or more once rounded, the busiest first
		String cpuMicrosPerBatchByThread() {
			long batches = batches();
			return this.cpuByThread.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() / 1e3 / batches >= 0.005)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.map((entry) -> entry.getKey() + " " + fixed(entry.getValue() / 1e3 / batches, 2))
				.collect(Collectors.joining(", "));
		}

		long batches() {
			return (long) this.latencies.count() * this.perCall;
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
			return (double) this.wireBytes / batches();
		}

		double sentPerRequest() {
			long sent = (this.perCall > 1) ? batches() : this.sentBatches;
			return (double) sent / this.wireRequests;
		}

	}

	/**
	 * Both sides of one scenario.
	 */
	private record Comparison(Scenario scenario, Side direct, Side dispatched) {

		String summary() {
			return String.format(Locale.ROOT, "direct %.0f batches/s, dispatcher %.0f batches/s",
					this.direct.batchesPerSecond(), this.dispatched.batchesPerSecond());
		}

	}

	/**
	 * A call and its reference taking turns in slices of {@value #SLICE_NANOS} ns, each
	 * timed on each thread (wall and CPU) when samples are kept.
	 */
	private static final class Turns {

		private final Consumer<Batch> call;

		private final Consumer<Batch> reference;

		private final Consumer<Batch> untimed;

		// [which][thread]: 0 the call, 1 the reference
		private final LatencySample @Nullable [][] samples;

		private final LatencySample @Nullable [][] cpuSamples;

		private final LongAdder[] calls = { new LongAdder(), new LongAdder() };

		private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();

		Turns(Consumer<Batch> call, Consumer<Batch> reference, Consumer<Batch> untimed, @Nullable Integer threads) {
			this.call = call;
			this.reference = reference;
			this.untimed = untimed;
			if (threads != null) {
				this.samples = new LatencySample[2][threads];
				this.cpuSamples = new LatencySample[2][threads];
				for (int which = 0; which < 2; which++) {
					for (int t = 0; t < threads; t++) {
						this.samples[which][t] = new LatencySample(1 << 19);
						this.cpuSamples[which][t] = new LatencySample(1 << 19);
					}
				}
			}
			else {
				this.samples = null;
				this.cpuSamples = null;
			}
		}

		void run(int thread, long start, Batch batch) {
			int which = (int) (((System.nanoTime() - start) / SLICE_NANOS) & 1);
			Consumer<Batch> timed = (which == 0) ? this.call : this.reference;
			long cpuBefore = (this.cpuSamples != null) ? this.threadBean.getCurrentThreadCpuTime() : 0;
			long called = System.nanoTime();
			timed.accept(batch);
			long took = System.nanoTime() - called;
			if (this.cpuSamples != null && this.samples != null) {
				this.cpuSamples[which][thread].record(this.threadBean.getCurrentThreadCpuTime() - cpuBefore);
				this.samples[which][thread].record(took);
			}
			if (which == 1) {
				this.untimed.accept(batch);
			}
			this.calls[which].increment();
		}

		CallerCost cost(int which, double seconds) {
			LatencySample[] wall = Objects.requireNonNull(this.samples)[which];
			LatencySample[] cpu = Objects.requireNonNull(this.cpuSamples)[which];
			// each had half the time
			return new CallerCost(LatencySample.merge(List.of(wall)), LatencySample.merge(List.of(cpu)),
					this.calls[which].sum() / (seconds / 2), 0);
		}

	}

	/**
	 * The calls of the enqueue part: their time, and the CPU time of the calling thread
	 * in them (what the caller pays when it is not waiting for a core).
	 */
	private record CallerCost(LatencySample calls, LatencySample cpu, double callsPerSecond, long rejected) {

		CallerCost withRejected(long rejected) {
			return new CallerCost(this.calls, this.cpu, this.callsPerSecond, rejected);
		}

	}

	/**
	 * The caller's cost of {@code enqueue}, and of the reference writer serializing the
	 * same batches alone under the same load.
	 */
	private record CallerCosts(CallerCost enqueue, CallerCost reference) {

	}

	/**
	 * Counts the batches handed to the failure handler, by reason.
	 */
	private static final class CountingFailureHandler implements DispatchFailureHandler {

		private final Map<DispatchFailure.Reason, LongAdder> batches = new EnumMap<>(DispatchFailure.Reason.class);

		CountingFailureHandler() {
			for (DispatchFailure.Reason reason : DispatchFailure.Reason.values()) {
				this.batches.put(reason, new LongAdder());
			}
		}

		@Override
		public void handle(DispatchFailure failure) {
			this.batches.get(failure.reason()).add(failure.batches().size());
		}

		long total() {
			return this.batches.values().stream().mapToLong(LongAdder::sum).sum();
		}

		long drops() {
			return this.batches.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().isDrop())
				.mapToLong((entry) -> entry.getValue().sum())
				.sum();
		}

		@Override
		public String toString() {
			return this.batches.toString();
		}

	}

	/**
	 * Counts how the handles of the overload part completed.
	 */
	private static final class Handles {

		private final LongAdder issued = new LongAdder();

		private final LongAdder delivered = new LongAdder();

		private final LongAdder otherFailures = new LongAdder();

		private final Map<DispatchFailure.Reason, LongAdder> failed = new EnumMap<>(DispatchFailure.Reason.class);

		Handles() {
			for (DispatchFailure.Reason reason : DispatchFailure.Reason.values()) {
				this.failed.put(reason, new LongAdder());
			}
		}

		void track(CompletableFuture<?> handle) {
			this.issued.increment();
			handle.whenComplete((delivery, ex) -> {
				Throwable cause = (ex instanceof CompletionException) ? ex.getCause() : ex;
				if (cause == null) {
					this.delivered.increment();
				}
				else if (cause instanceof DeliveryFailedException failure) {
					this.failed.get(failure.getReason()).increment();
				}
				else {
					this.otherFailures.increment();
				}
			});
		}

		long completed() {
			return this.delivered.sum() + this.otherFailures.sum()
					+ this.failed.values().stream().mapToLong(LongAdder::sum).sum();
		}

		long dropped() {
			return this.failed.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().isDrop())
				.mapToLong((entry) -> entry.getValue().sum())
				.sum();
		}

		String reasons() {
			StringBuilder reasons = new StringBuilder("(");
			this.failed.forEach((reason, count) -> {
				if (count.sum() > 0) {
					reasons.append((reasons.length() > 1) ? ", " : "")
						.append(reason.tagValue())
						.append(' ')
						.append(count.sum());
				}
			});
			return reasons.append(')').toString();
		}

	}

	/**
	 * The options of a run.
	 */
	private record Options(double warmup, double measure, int rounds, int inFlight, int producers, long delayMillis,
			long mergeDelayMillis, Set<String> parts, boolean histogram) {

		private static final List<String> PARTS = List.of("throughput", "merge", "enqueue", "overload");

		static Options parse(String[] args) {
			double warmup = 5;
			double measure = 4;
			int rounds = 3;
			int inFlight = 4;
			int producers = 2;
			long delayMillis = 200;
			long mergeDelayMillis = 50;
			Set<String> parts = Set.copyOf(PARTS);
			boolean histogram = false;
			for (String arg : args) {
				if (arg.equals("--histogram")) {
					histogram = true;
				}
				else if (arg.equals("--quick")) {
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
				else if (arg.startsWith("--in-flight=")) {
					inFlight = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--producers=")) {
					producers = Integer.parseInt(value(arg));
				}
				else if (arg.startsWith("--merge-delay=")) {
					mergeDelayMillis = Long.parseLong(value(arg));
				}
				else if (arg.startsWith("--delay=")) {
					delayMillis = Long.parseLong(value(arg));
				}
				else if (arg.startsWith("--parts=")) {
					parts = Set.copyOf(Arrays.asList(value(arg).split(",")));
					if (!PARTS.containsAll(parts)) {
						throw new IllegalArgumentException("Unknown part in '" + arg + "'; the parts are " + PARTS);
					}
				}
				else {
					throw new IllegalArgumentException("Unknown option '" + arg + "'; the options are --quick,"
							+ " --warmup=SECONDS, --measure=SECONDS, --rounds=N, --in-flight=N, --producers=N,"
							+ " --delay=MILLIS, --merge-delay=MILLIS, --histogram and --parts="
							+ String.join(",", PARTS));
				}
			}
			return new Options(warmup, measure, rounds, inFlight, producers, delayMillis, mergeDelayMillis, parts,
					histogram);
		}

		private static String value(String arg) {
			return arg.substring(arg.indexOf('=') + 1);
		}

	}

}

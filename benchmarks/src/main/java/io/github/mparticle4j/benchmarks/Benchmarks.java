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

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.github.mparticle4j.dispatcher.DispatcherBenchmarks;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The entry point of {@code benchmarks.jar}.
 * <ul>
 * <li>no arguments: the JMH benchmarks with {@code -prof gc}, then the loopback
 * benchmark, each with a summary of ratios to the reference, then the dispatcher
 * benchmark (about 10 minutes);</li>
 * <li>{@code --quick}: the same, shorter (under 3 minutes), for a first look;</li>
 * <li>{@code jmh [JMH options]}: JMH's own command line, such as
 * {@code jmh -prof gc SerializationBenchmarks.single};</li>
 * <li>{@code loopback [options]}: the loopback benchmark alone, see
 * {@link LoopbackBenchmark};</li>
 * <li>{@code dispatcher [options]}: the dispatcher's loopback benchmark alone, see
 * {@link DispatcherBenchmark};</li>
 * <li>{@code store [--quick]}: the JDBC batch store against a hand-written JDBC reference
 * on an embedded PostgreSQL, see {@link StoreBenchmark}; not part of the run without
 * arguments;</li>
 * <li>{@code outbox [options]}: the dispatcher over the JDBC store on an embedded
 * PostgreSQL, enqueue to the loopback sink's 202 against the memory store, and what
 * {@code enqueue} adds to a transaction's commit, see {@link OutboxBenchmark}; not part
 * of the run without arguments.</li>
 * </ul>
 *
 * @author mparticle4j contributors
 */
public final class Benchmarks {

	private static final String SERIALIZATION = "io.github.mparticle4j.client.internal.SerializationBenchmarks";

	private static final String DISPATCHER = "io.github.mparticle4j.dispatcher.DispatcherBenchmarks";

	private Benchmarks() {
	}

	/**
	 * Runs the benchmarks.
	 * @param args the arguments, see the class description
	 * @throws Exception if a benchmark cannot run
	 */
	public static void main(String[] args) throws Exception {
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		if (args.length > 0 && args[0].equals("jmh")) {
			Main.main(rest);
			return;
		}
		if (args.length > 0 && args[0].equals("loopback")) {
			LoopbackBenchmark.main(rest);
			return;
		}
		if (args.length > 0 && args[0].equals("dispatcher")) {
			DispatcherBenchmark.main(rest);
			return;
		}
		if (args.length > 0 && args[0].equals("store")) {
			StoreBenchmark.main(rest);
			return;
		}
		if (args.length > 0 && args[0].equals("outbox")) {
			OutboxBenchmark.main(rest);
			return;
		}
		boolean quick = Arrays.asList(args).contains("--quick");
		if (args.length > (quick ? 1 : 0)) {
			throw new IllegalArgumentException("Unknown arguments " + Arrays.toString(args)
					+ "; use none, --quick, 'jmh [JMH options]', 'loopback [options]', 'dispatcher [options]', "
					+ "'store [--quick]' or 'outbox [options]'");
		}
		printSummary(new Runner(jmhOptions(quick)).run());
		LoopbackBenchmark.main(quick ? new String[] { "--quick" } : new String[0]);
		DispatcherBenchmark.main(quick ? new String[] { "--quick" } : new String[0]);
	}

	private static Options jmhOptions(boolean quick) {
		ChainedOptionsBuilder options = new OptionsBuilder().include(SERIALIZATION)
			.include(DISPATCHER)
			.addProfiler(GCProfiler.class);
		if (quick) {
			options.warmupIterations(2)
				.warmupTime(TimeValue.milliseconds(500))
				.measurementIterations(3)
				.measurementTime(TimeValue.milliseconds(500));
		}
		return options.build();
	}

	private static void printDispatcherSummary(Map<String, double[]> scores) {
		if (!scores.containsKey("encodeTypical")) {
			return;
		}
		System.out.println();
		System.out.println("JMH summary, the dispatcher's work per batch (no HTTP)");
		String format = "%-56s %10s %12s %s%n";
		System.out.printf(Locale.ROOT, format, "", "us/batch", "B/batch", "");
		for (String kind : new String[] { "Typical", "OneEvent" }) {
			double[] encode = scores.get("encode" + kind);
			double[] serialize = scores.get("serialize" + kind);
			if (encode != null && serialize != null) {
				String batch = kind.equals("Typical") ? "typical batch" : "one-event batch";
				System.out.printf(Locale.ROOT, format, "enqueue's encoding, " + batch, fixed(encode[0], 2),
						fixed(encode[1], 0), String.format(Locale.ROOT, "%.2fx time, %.2fx bytes of RequestWriter",
								encode[0] / serialize[0], encode[1] / serialize[1]));
				System.out.printf(Locale.ROOT, format, "RequestWriter.writeSingle, " + batch, fixed(serialize[0], 2),
						fixed(serialize[1], 0), "");
			}
		}
		String[][] rows = { { "pack", "packing " + DispatcherBenchmarks.PACKED + " typical batches, per batch" },
				{ "coalesce", "merging " + DispatcherBenchmarks.MERGED + " one-event batches of 20 users, per batch" },
				{ "enqueueInProcess", "enqueue, typical, sender accepting at once" },
				{ "enqueueRejected", "enqueue, typical, rejected (queue full)" } };
		for (String[] row : rows) {
			double[] score = scores.get(row[0]);
			if (score != null) {
				System.out.printf(Locale.ROOT, format, row[1], fixed(score[0], 2), fixed(score[1], 0), "");
			}
		}
		double[] bulk = scores.get("bulkClient");
		if (bulk != null) {
			System.out.printf(Locale.ROOT, format, "for comparison: bulkUploadEvents of " + TypicalBatches.BULK_SIZE,
					fixed(bulk[0] / TypicalBatches.BULK_SIZE, 2), fixed(bulk[1] / TypicalBatches.BULK_SIZE, 0),
					"(validation and serialization, per batch)");
		}
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static void printSummary(Collection<RunResult> results) {
		Map<String, double[]> scores = new HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			label = label.substring(label.lastIndexOf('.') + 1);
			Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
			scores.put(label, new double[] { result.getPrimaryResult().getScore(),
					(allocation != null) ? allocation.getScore() : Double.NaN });
		}
		System.out.println();
		System.out.println("JMH summary, validation and serialization before sending (" + Machine.describe() + ")");
		String format = "%-22s %12s %12s %8s %14s %14s %8s%n";
		System.out.printf(Locale.ROOT, format, "", "client us", "reference us", "ratio", "client B/op",
				"reference B/op", "ratio");
		for (String kind : new String[] { "single", "bulk" }) {
			double[] client = scores.get(kind + "Client");
			double[] reference = scores.get(kind + "Reference");
			if (client != null && reference != null) {
				System.out.printf(Locale.ROOT, format,
						kind.equals("single") ? "single batch" : "bulk of " + TypicalBatches.BULK_SIZE,
						String.format(Locale.ROOT, "%.2f", client[0]), String.format(Locale.ROOT, "%.2f", reference[0]),
						String.format(Locale.ROOT, "%.2fx", client[0] / reference[0]),
						String.format(Locale.ROOT, "%.0f", client[1]), String.format(Locale.ROOT, "%.0f", reference[1]),
						String.format(Locale.ROOT, "%.2fx", client[1] / reference[1]));
			}
		}
		for (String part : new String[] { "singleClientCopy", "singleClientValidate", "singleClientWrite" }) {
			double[] score = scores.get(part);
			if (score != null) {
				System.out.printf(Locale.ROOT, "  of which %-20s %8.2f us %10.0f B/op%n", part, score[0], score[1]);
			}
		}
		double[] written = scores.get("singleClientWrite");
		double[] databind = scores.get("singleDatabind");
		if (written != null && databind != null) {
			System.out.printf(Locale.ROOT,
					"  databind instead      %8.2f us %10.0f B/op (client's writer / databind: %.2fx time)%n",
					databind[0], databind[1], written[0] / databind[0]);
		}
		printDispatcherSummary(scores);
		System.out.println();
	}

}

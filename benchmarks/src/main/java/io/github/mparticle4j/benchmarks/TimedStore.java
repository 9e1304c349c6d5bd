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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.StoredBatch;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BatchStore} that passes every call to another and adds up the time each kind
 * of call takes, the cheap profile of where the dispatcher's time goes in the store.
 * {@link #append} runs on the callers' threads, everything else on the dispatcher's
 * worker; the totals are {@link LongAdder}s, safe for both.
 *
 * @author mparticle4j contributors
 */
final class TimedStore implements BatchStore {

	private static final String[] CALLS = { "append", "claim", "merged", "acknowledge", "release", "markDead",
			"backlog" };

	private final BatchStore store;

	private final LongAdder[] nanos = new LongAdder[CALLS.length];

	private final LongAdder[] counts = new LongAdder[CALLS.length];

	TimedStore(BatchStore store) {
		this.store = store;
		for (int i = 0; i < CALLS.length; i++) {
			this.nanos[i] = new LongAdder();
			this.counts[i] = new LongAdder();
		}
	}

	@Override
	public void open(Listener listener) {
		this.store.open(listener);
	}

	@Override
	public Append append(StoredBatch batch) {
		return timed(0, () -> this.store.append(batch));
	}

	@Override
	public List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now) {
		return timed(1, () -> this.store.claim(maxBatches, maxBytes, now));
	}

	@Override
	public void merged(List<List<StoredBatch>> groups) {
		timed(2, () -> {
			this.store.merged(groups);
			return null;
		});
	}

	@Override
	public void acknowledge(List<StoredBatch> batches) {
		timed(3, () -> {
			this.store.acknowledge(batches);
			return null;
		});
	}

	@Override
	public void release(List<StoredBatch> batches, Instant nextAttemptAt) {
		timed(4, () -> {
			this.store.release(batches, nextAttemptAt);
			return null;
		});
	}

	@Override
	public void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message) {
		timed(5, () -> {
			this.store.markDead(batches, reason, message);
			return null;
		});
	}

	@Override
	public Backlog backlog(Instant now) {
		return timed(6, () -> this.store.backlog(now));
	}

	@Override
	public @Nullable Duration pollInterval() {
		return this.store.pollInterval();
	}

	@Override
	public boolean isDurable() {
		return this.store.isDurable();
	}

	@Override
	public void close() {
		this.store.close();
	}

	private <T> T timed(int call, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			this.nanos[call].add(System.nanoTime() - start);
			this.counts[call].increment();
		}
	}

	/**
	 * Returns the time of the calls made so far, by kind, one line each.
	 * @param batches the batches the time is shared by
	 * @param elapsedNanos the wall time the calls were made in
	 * @return the lines, for the kinds called at least once
	 */
	List<String> describe(long batches, long elapsedNanos) {
		List<String> lines = new ArrayList<>();
		long worker = 0;
		for (int i = 0; i < CALLS.length; i++) {
			long count = this.counts[i].sum();
			if (count == 0) {
				continue;
			}
			long nanos = this.nanos[i].sum();
			if (i > 0) {
				worker += nanos;
			}
			lines
				.add(String.format(Locale.ROOT, "    %-12s %8d calls %9.1f us/call %8.1f us/batch %6.1f %% of the time",
						CALLS[i], count, nanos / 1e3 / count, nanos / 1e3 / batches, 100.0 * nanos / elapsedNanos));
		}
		lines.add(String.format(Locale.ROOT, "    the worker in the store: %.1f us/batch, %.1f %% of the time",
				worker / 1e3 / batches, 100.0 * worker / elapsedNanos));
		return lines;
	}

}

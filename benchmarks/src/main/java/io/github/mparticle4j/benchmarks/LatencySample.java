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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Durations in nanoseconds, recorded by any thread into an array of fixed capacity, and
 * their percentiles by the nearest-rank method over all the recorded values, sorted (no
 * histogram buckets, no new dependency). Values recorded beyond the capacity are counted
 * but not kept.
 *
 * @author mparticle4j contributors
 */
final class LatencySample {

	private final long[] values;

	private final AtomicInteger count = new AtomicInteger();

	private int sortedCount = -1;

	/**
	 * Creates a sample.
	 * @param capacity how many values it keeps at most
	 */
	LatencySample(int capacity) {
		this.values = new long[capacity];
	}

	/**
	 * Records a value.
	 * @param nanos the duration
	 */
	void record(long nanos) {
		int index = this.count.getAndIncrement();
		if (index < this.values.length) {
			this.values[index] = nanos;
		}
	}

	/**
	 * Returns how many values were recorded, kept or not.
	 * @return the count
	 */
	int count() {
		return this.count.get();
	}

	/**
	 * Returns how many values are kept.
	 * @return the count, at most the capacity
	 */
	int kept() {
		return Math.min(this.count.get(), this.values.length);
	}

	/**
	 * Returns a percentile of the kept values, to be called once recording is over.
	 * @param fraction the percentile as a fraction, such as {@code 0.99}
	 * @return the smallest value that at least that fraction of the values do not exceed,
	 * in nanoseconds, or {@code NaN} if there are none
	 */
	synchronized double percentile(double fraction) {
		if (fraction <= 0 || fraction > 1) {
			throw new IllegalArgumentException("The fraction must be in (0, 1], was " + fraction);
		}
		int kept = kept();
		if (kept == 0) {
			return Double.NaN;
		}
		if (this.sortedCount != kept) {
			Arrays.sort(this.values, 0, kept);
			this.sortedCount = kept;
		}
		int rank = (int) Math.ceil(fraction * kept);
		return this.values[Math.max(0, Math.min(kept, rank) - 1)];
	}

	/**
	 * Returns a percentile in microseconds.
	 * @param fraction the percentile as a fraction
	 * @return the percentile
	 * @see #percentile(double)
	 */
	double percentileMicros(double fraction) {
		return percentile(fraction) / 1e3;
	}

	/**
	 * Returns a percentile in milliseconds.
	 * @param fraction the percentile as a fraction
	 * @return the percentile
	 * @see #percentile(double)
	 */
	double percentileMillis(double fraction) {
		return percentile(fraction) / 1e6;
	}

	/**
	 * Merges samples, such as one per thread, into a new sample that keeps all their kept
	 * values and counts all their values.
	 * @param samples the samples
	 * @return the new sample
	 */
	static LatencySample merge(List<LatencySample> samples) {
		int kept = samples.stream().mapToInt(LatencySample::kept).sum();
		LatencySample merged = new LatencySample(kept);
		int at = 0;
		int count = 0;
		for (LatencySample sample : samples) {
			System.arraycopy(sample.values, 0, merged.values, at, sample.kept());
			at += sample.kept();
			count += sample.count();
		}
		merged.count.set(count);
		return merged;
	}

}

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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LatencySample}.
 *
 * @author mparticle4j contributors
 */
class LatencySampleTests {

	@Test
	void percentilesAreNearestRanksOfTheSortedValues() {
		LatencySample sample = new LatencySample(1000);
		for (int i = 100; i >= 1; i--) {
			sample.record(i * 1000L);
		}
		assertThat(sample.percentile(0.50)).isEqualTo(50_000);
		assertThat(sample.percentile(0.99)).isEqualTo(99_000);
		assertThat(sample.percentile(0.999)).isEqualTo(100_000);
		assertThat(sample.percentile(1.0)).isEqualTo(100_000);
		assertThat(sample.percentile(0.001)).isEqualTo(1_000);
		assertThat(sample.percentileMicros(0.50)).isEqualTo(50.0);
		assertThat(sample.percentileMillis(0.50)).isEqualTo(0.05);
	}

	@Test
	void percentileOfOneValueIsThatValue() {
		LatencySample sample = new LatencySample(10);
		sample.record(7);
		assertThat(sample.percentile(0.5)).isEqualTo(7);
		assertThat(sample.percentile(0.999)).isEqualTo(7);
	}

	@Test
	void percentileOfNothingIsNaN() {
		assertThat(new LatencySample(10).percentile(0.99)).isNaN();
	}

	@Test
	void percentileIsAFractionOfOne() {
		LatencySample sample = new LatencySample(10);
		assertThatIllegalArgumentException().isThrownBy(() -> sample.percentile(99));
		assertThatIllegalArgumentException().isThrownBy(() -> sample.percentile(0));
	}

	@Test
	void valuesBeyondTheCapacityAreCountedNotKept() {
		LatencySample sample = new LatencySample(3);
		for (int i = 1; i <= 5; i++) {
			sample.record(i);
		}
		assertThat(sample.count()).isEqualTo(5);
		assertThat(sample.kept()).isEqualTo(3);
		assertThat(sample.percentile(1.0)).isEqualTo(3);
	}

	@Test
	void recordingAfterAPercentileSortsAgain() {
		LatencySample sample = new LatencySample(10);
		sample.record(5);
		sample.record(3);
		assertThat(sample.percentile(1.0)).isEqualTo(5);
		sample.record(1);
		assertThat(sample.percentile(0.3)).isEqualTo(1);
		assertThat(sample.percentile(1.0)).isEqualTo(5);
	}

	@Test
	void mergeKeepsAndCountsTheValuesOfEverySample() {
		LatencySample first = new LatencySample(2);
		first.record(10);
		first.record(30);
		first.record(50);
		LatencySample second = new LatencySample(5);
		second.record(20);
		LatencySample merged = LatencySample.merge(List.of(first, second));
		assertThat(merged.count()).isEqualTo(4);
		assertThat(merged.kept()).isEqualTo(3);
		assertThat(merged.percentile(0.5)).isEqualTo(20);
		assertThat(merged.percentile(1.0)).isEqualTo(30);
	}

	@Test
	void threadsCanRecordConcurrently() throws InterruptedException {
		LatencySample sample = new LatencySample(40_000);
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 1; i <= 10_000; i++) {
					sample.record(i);
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(sample.count()).isEqualTo(40_000);
		assertThat(sample.percentile(1.0)).isEqualTo(10_000);
		assertThat(sample.percentile(0.5)).isEqualTo(5_000);
	}

}

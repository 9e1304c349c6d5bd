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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the measurements of {@link DispatcherBenchmark}.
 *
 * @author mparticle4j contributors
 */
class DispatcherBenchmarkTests {

	@Test
	void usedHeapAfterGcCountsWhatIsLiveAndNotWhatIsGarbage() {
		long before = DispatcherBenchmark.usedHeapAfterGc();
		byte[] live = new byte[32 * 1024 * 1024];
		for (int i = 0; i < 100; i++) {
			byte[] garbage = new byte[1024 * 1024];
			garbage[0] = 1;
		}
		long after = DispatcherBenchmark.usedHeapAfterGc();
		assertThat(live).hasSize(32 * 1024 * 1024);
		assertThat(after - before).isBetween(32L * 1024 * 1024, 40L * 1024 * 1024);
	}

	@Test
	void unknownPartsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DispatcherBenchmark.main(new String[] { "--parts=throughput,speed" }))
			.withMessageContaining("speed");
	}

}

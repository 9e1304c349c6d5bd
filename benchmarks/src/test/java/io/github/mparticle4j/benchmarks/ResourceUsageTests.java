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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ResourceUsage}.
 *
 * @author mparticle4j contributors
 */
class ResourceUsageTests {

	private static final long BURN_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

	@Test
	void groupIsTheThreadNameWithoutItsNumber() {
		assertThat(ResourceUsage.group("producer-12")).isEqualTo("producer");
		assertThat(ResourceUsage.group("reactor-http-epoll-3")).isEqualTo("reactor-http-epoll");
		assertThat(ResourceUsage.group("parallel-1")).isEqualTo("parallel");
		assertThat(ResourceUsage.group("C2 CompilerThread#0")).isEqualTo("C2 CompilerThread");
		assertThat(ResourceUsage.group("main")).isEqualTo("main");
	}

	@Test
	void cpuByThreadGroupCountsEachGroupsTimeAndTheRestAsTheJvms() throws Exception {
		CountDownLatch measured = new CountDownLatch(1);
		CountDownLatch burnt = new CountDownLatch(2);
		Thread[] burners = new Thread[2];
		for (int i = 0; i < burners.length; i++) {
			burners[i] = new Thread(() -> {
				long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start < BURN_NANOS) {
					Thread.onSpinWait();
				}
				burnt.countDown();
				try {
					measured.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "burner-" + (i + 1));
		}
		ResourceUsage before = ResourceUsage.take();
		for (Thread burner : burners) {
			burner.start();
		}
		assertThat(burnt.await(30, TimeUnit.SECONDS)).isTrue();
		ResourceUsage after = ResourceUsage.take();
		measured.countDown();
		for (Thread burner : burners) {
			burner.join();
		}
		Map<String, Long> byGroup = after.cpuByThreadGroupSince(before);
		assertThat(byGroup.get("burner")).isBetween(2 * BURN_NANOS, 3 * BURN_NANOS);
		assertThat(byGroup).containsKey(ResourceUsage.JVM);
		assertThat(byGroup.values().stream().mapToLong(Long::longValue).sum())
			.isGreaterThanOrEqualTo(after.cpuSince(before) - 1);
	}

}

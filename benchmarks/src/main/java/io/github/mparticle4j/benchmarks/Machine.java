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
import java.lang.management.MemoryUsage;
import java.util.Locale;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Describes the machine that the benchmarks run on.
 *
 * @author mparticle4j contributors
 */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return String.format(Locale.ROOT, "%d cores, %s %s, %s %s, load average %.2f, %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("os.name"),
				System.getProperty("os.arch"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				heap());
	}

	/**
	 * Describes the heap: its initial and maximum sizes, and whether it was touched in
	 * full at start-up.
	 * @return the description
	 */
	static String heap() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		return String.format(Locale.ROOT, "heap %d MB to %d MB%s", heap.getInit() >> 20, heap.getMax() >> 20,
				isHeapFixed() ? ", fixed and pre-touched" : "");
	}

	/**
	 * Whether the heap cannot grow and every page of it was touched at start-up
	 * ({@code -Xms} equal to {@code -Xmx}, {@code -XX:+AlwaysPreTouch}). Otherwise the
	 * JVM commits memory as the heap grows, and the kernel's work to map each new page is
	 * CPU time of whichever thread touches it first: in a benchmark that keeps hundreds
	 * of megabytes queued, mostly the callers that queue them.
	 * @return whether the heap is fixed and pre-touched
	 */
	static boolean isHeapFixed() {
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		return heap.getInit() == heap.getMax() && hotSpot != null
				&& Boolean.parseBoolean(hotSpot.getVMOption("AlwaysPreTouch").getValue());
	}

}

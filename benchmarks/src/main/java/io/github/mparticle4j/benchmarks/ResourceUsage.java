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
import java.util.HashMap;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * The CPU time of this process and the bytes allocated by each of its threads, at one
 * moment. CPU time includes the garbage collector and the JIT compiler; allocated bytes
 * are {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}, heap allocations
 * only.
 *
 * @param cpuNanos the process CPU time
 * @param allocated the bytes allocated so far by each live thread, by thread id
 * @author mparticle4j contributors
 */
record ResourceUsage(long cpuNanos, Map<Long, Long> allocated) {

	/**
	 * Takes a snapshot now.
	 * @return the snapshot
	 */
	static ResourceUsage take() {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		long[] bytes = threads.getThreadAllocatedBytes(ids);
		Map<Long, Long> allocated = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			if (bytes[i] >= 0) {
				allocated.put(ids[i], bytes[i]);
			}
		}
		long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		return new ResourceUsage(cpu, allocated);
	}

	/**
	 * Bytes allocated since an earlier snapshot by the threads alive now (threads that
	 * ended in between are missed: the harness keeps its threads alive across its
	 * windows, and the event loops and schedulers live on).
	 * @param earlier the earlier snapshot
	 * @return the bytes allocated since
	 */
	long allocatedSince(ResourceUsage earlier) {
		long total = 0;
		for (Map.Entry<Long, Long> entry : this.allocated.entrySet()) {
			total += entry.getValue() - earlier.allocated.getOrDefault(entry.getKey(), 0L);
		}
		return total;
	}

	/**
	 * CPU time used since an earlier snapshot.
	 * @param earlier the earlier snapshot
	 * @return the CPU time in nanoseconds
	 */
	long cpuSince(ResourceUsage earlier) {
		return this.cpuNanos - earlier.cpuNanos;
	}

}

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
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * The CPU time of this process and of each of its Java threads, and the bytes allocated
 * by each of its threads, at one moment. The process's CPU time includes the garbage
 * collector and the JIT compiler, whose threads are not Java threads; allocated bytes are
 * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}, heap allocations only.
 *
 * @param cpuNanos the process CPU time
 * @param allocated the bytes allocated so far by each live thread, by thread id
 * @param threadCpu the CPU time so far of each live Java thread, by thread id
 * @param threadNames the name of each live Java thread, by thread id
 * @author mparticle4j contributors
 */
record ResourceUsage(long cpuNanos, Map<Long, Long> allocated, Map<Long, Long> threadCpu,
		Map<Long, String> threadNames) {

	/**
	 * The group of the CPU time of the process that no Java thread alive at both
	 * snapshots accounts for: the JVM's own threads (JIT compilers, garbage collector)
	 * and threads that ended in between.
	 */
	static final String JVM = "JVM (JIT, GC)";

	private static final Pattern THREAD_NUMBER = Pattern.compile("[-#]?\\d+$");

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
		long[] cpuTimes = threads.getThreadCpuTime(ids);
		ThreadInfo[] infos = threads.getThreadInfo(ids);
		Map<Long, Long> threadCpu = new HashMap<>(ids.length * 2);
		Map<Long, String> threadNames = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			if (cpuTimes[i] >= 0 && infos[i] != null) {
				threadCpu.put(ids[i], cpuTimes[i]);
				threadNames.put(ids[i], infos[i].getThreadName());
			}
		}
		long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		return new ResourceUsage(cpu, allocated, threadCpu, threadNames);
	}

	/**
	 * CPU time used since an earlier snapshot, by group of Java threads (a thread's name
	 * without its number: {@code producer-2} is {@code producer}), and the rest of the
	 * process's CPU time as {@link #JVM}. A thread that started in between counts from
	 * zero; one that ended in between is missed, and its time lands in {@link #JVM}.
	 * @param earlier the earlier snapshot
	 * @return the CPU time in nanoseconds by group, the groups in the order of their
	 * names
	 */
	Map<String, Long> cpuByThreadGroupSince(ResourceUsage earlier) {
		Map<String, Long> byGroup = new TreeMap<>();
		long threads = 0;
		for (Map.Entry<Long, Long> entry : this.threadCpu.entrySet()) {
			long used = entry.getValue() - earlier.threadCpu.getOrDefault(entry.getKey(), 0L);
			byGroup.merge(group(this.threadNames.get(entry.getKey())), used, Long::sum);
			threads += used;
		}
		byGroup.put(JVM, Math.max(0, cpuSince(earlier) - threads));
		return byGroup;
	}

	/**
	 * Returns the group of a thread: its name without the number at its end.
	 * @param threadName the thread's name
	 * @return the group
	 */
	static String group(String threadName) {
		return THREAD_NUMBER.matcher(threadName).replaceFirst("");
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

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
import java.util.Locale;

/**
 * Describes the machine that the benchmarks run on.
 *
 * @author mparticle4j contributors
 */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return String.format(Locale.ROOT, "%d cores, %s %s, %s %s, load average %.2f",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("os.name"),
				System.getProperty("os.arch"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}

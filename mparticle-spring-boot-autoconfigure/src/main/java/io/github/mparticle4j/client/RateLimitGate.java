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

package io.github.mparticle4j.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Holds back the requests of one client while mParticle has asked it to wait after a
 * {@code 429}. Each client has its own gate, so clients with other credentials are never
 * held back.
 *
 * @author mparticle4j contributors
 */
final class RateLimitGate {

	private final LongSupplier nanoTime;

	private final AtomicLong openAt;

	RateLimitGate(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		this.openAt = new AtomicLong(nanoTime.getAsLong());
	}

	void closeFor(Duration wait) {
		long reopen = this.nanoTime.getAsLong() + wait.toNanos();
		this.openAt.accumulateAndGet(reopen, (current, next) -> (next - current > 0) ? next : current);
	}

	Duration remaining() {
		long remaining = this.openAt.get() - this.nanoTime.getAsLong();
		return (remaining > 0) ? Duration.ofNanos(remaining) : Duration.ZERO;
	}

}

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
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * Computes the wait before a retry: exponential backoff with full jitter, or the server's
 * {@code Retry-After}, capped.
 *
 * @author mparticle4j contributors
 */
final class Backoff {

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private final Duration maxRetryAfter;

	Backoff(Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
		this.maxRetryAfter = maxRetryAfter;
	}

	/**
	 * Returns the wait before the attempt that follows the given failed one.
	 * @param failedAttempt the number of the attempt that failed, from 1
	 * @param retryAfter the wait that the server asked for, or {@code null}
	 * @return the wait
	 */
	Duration delay(int failedAttempt, @Nullable Duration retryAfter) {
		if (retryAfter != null) {
			return cappedRetryAfter(retryAfter);
		}
		return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling(failedAttempt).toNanos() + 1));
	}

	/**
	 * Returns the upper bound of the jittered backoff after the given failed attempt:
	 * {@code initialBackoff * 2^(failedAttempt - 1)}, at most {@code maxBackoff}.
	 * @param failedAttempt the number of the attempt that failed, from 1
	 * @return the upper bound
	 */
	Duration ceiling(int failedAttempt) {
		int doublings = Math.min(failedAttempt - 1, 62);
		long nanos = this.initialBackoff.toNanos();
		long max = this.maxBackoff.toNanos();
		return Duration.ofNanos((nanos > (max >> doublings)) ? max : Math.min(max, nanos << doublings));
	}

	Duration cappedRetryAfter(Duration retryAfter) {
		return (retryAfter.compareTo(this.maxRetryAfter) > 0) ? this.maxRetryAfter : retryAfter;
	}

}

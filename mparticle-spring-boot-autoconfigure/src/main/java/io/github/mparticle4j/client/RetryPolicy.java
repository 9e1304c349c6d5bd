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

import io.github.mparticle4j.client.internal.Verdict;

/**
 * Decides, after an attempt that failed, whether to try again and when: a pure function
 * of the outcome, the attempt number and the time left, so that it can be tested without
 * HTTP or clocks.
 * <p>
 * {@code 429}, {@code 5xx} and transport failures are retried, up to {@code maxAttempts}
 * attempts in all, after the {@code Retry-After} wait (capped) or an exponential backoff
 * with full jitter; other statuses are not. No retry is made when its wait would end
 * after the upload's deadline.
 *
 * @author mparticle4j contributors
 */
final class RetryPolicy {

	private final int maxAttempts;

	private final Backoff backoff;

	RetryPolicy(int maxAttempts, Backoff backoff) {
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
	}

	int maxAttempts() {
		return this.maxAttempts;
	}

	Backoff backoff() {
		return this.backoff;
	}

	/**
	 * Decides what follows a failed attempt.
	 * @param outcome the outcome of the attempt, not {@link Outcome.Accepted}
	 * @param attempt the number of the attempt, from 1
	 * @param timeLeft the time left before the upload's deadline
	 * @return the decision
	 */
	Decision decide(Outcome outcome, int attempt, Duration timeLeft) {
		boolean retryable = (outcome instanceof Outcome.Rejected rejected) ? rejected.isRetryable()
				: outcome instanceof Outcome.TransportFailure failure
						&& Verdict.ofTransportFailure(failure.failure()).isRetryable();
		if (!retryable || attempt >= this.maxAttempts) {
			return new Decision.GiveUp(false);
		}
		Duration delay = this.backoff.delay(attempt,
				(outcome instanceof Outcome.Rejected rejected) ? rejected.retryAfter() : null);
		if (delay.compareTo(timeLeft) >= 0) {
			return new Decision.GiveUp(true);
		}
		return new Decision.Retry(delay);
	}

	/**
	 * What follows a failed attempt.
	 */
	sealed interface Decision {

		/**
		 * Try again after a wait.
		 *
		 * @param delay the wait
		 */
		record Retry(Duration delay) implements Decision {
		}

		/**
		 * Stop and report the failure.
		 *
		 * @param outOfTime whether a retry was allowed but its wait would have passed the
		 * deadline
		 */
		record GiveUp(boolean outOfTime) implements Decision {
		}

	}

}

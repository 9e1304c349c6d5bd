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

import java.io.IOException;
import java.time.Duration;

import io.github.mparticle4j.client.RetryPolicy.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryPolicy}: the decision after a failed attempt, as a value.
 *
 * @author mparticle4j contributors
 */
class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(3,
			new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20)));

	private static final Duration PLENTY = Duration.ofMinutes(1);

	@Test
	void clientErrorsAreNotRetried() {
		for (int status : new int[] { 400, 401, 403, 404, 413 }) {
			assertThat(this.policy.decide(rejected(status, null), 1, PLENTY)).as("status %d", status)
				.isEqualTo(new Decision.GiveUp(false));
		}
	}

	@Test
	void rateLimitsServerErrorsAndTransportFailuresAreRetried() {
		assertThat(this.policy.decide(rejected(429, null), 1, PLENTY)).isInstanceOf(Decision.Retry.class);
		assertThat(this.policy.decide(rejected(500, null), 1, PLENTY)).isInstanceOf(Decision.Retry.class);
		assertThat(this.policy.decide(rejected(503, null), 2, PLENTY)).isInstanceOf(Decision.Retry.class);
		assertThat(this.policy.decide(new Outcome.TransportFailure(new IOException("reset"), "reset"), 1, PLENTY))
			.isInstanceOf(Decision.Retry.class);
	}

	@Test
	void retryAfterReplacesTheBackoff() {
		assertThat(this.policy.decide(rejected(429, Duration.ofSeconds(5)), 1, PLENTY))
			.isEqualTo(new Decision.Retry(Duration.ofSeconds(5)));
		assertThat(this.policy.decide(rejected(503, Duration.ofHours(1)), 1, PLENTY))
			.isEqualTo(new Decision.Retry(Duration.ofSeconds(20)));
	}

	@Test
	void theLastAttemptIsNotRetried() {
		assertThat(this.policy.decide(rejected(503, null), 3, PLENTY)).isEqualTo(new Decision.GiveUp(false));
	}

	@Test
	void aWaitThatWouldPassTheDeadlineEndsTheUpload() {
		assertThat(this.policy.decide(rejected(429, Duration.ofSeconds(5)), 1, Duration.ofSeconds(5)))
			.isEqualTo(new Decision.GiveUp(true));
		assertThat(this.policy.decide(rejected(429, Duration.ofSeconds(5)), 1, Duration.ofMillis(5001)))
			.isEqualTo(new Decision.Retry(Duration.ofSeconds(5)));
	}

	@Test
	void backoffWaitsAreWithinTheirCeilings() {
		for (int i = 0; i < 200; i++) {
			Decision decision = this.policy.decide(rejected(503, null), 2, PLENTY);
			assertThat(((Decision.Retry) decision).delay()).isBetween(Duration.ZERO, Duration.ofMillis(200));
		}
	}

	private static Outcome.Rejected rejected(int status, Duration retryAfter) {
		return new Outcome.Rejected(status, retryAfter, null, null);
	}

}

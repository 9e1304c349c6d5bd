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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Backoff}.
 *
 * @author mparticle4j contributors
 */
class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));

	@Test
	void ceilingDoublesUpToTheMaximum() {
		assertThat(this.backoff.ceiling(1)).isEqualTo(Duration.ofMillis(100));
		assertThat(this.backoff.ceiling(2)).isEqualTo(Duration.ofMillis(200));
		assertThat(this.backoff.ceiling(4)).isEqualTo(Duration.ofMillis(800));
		assertThat(this.backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void delayIsAFullyJitteredShareOfTheCeiling() {
		Duration min = Duration.ofDays(1);
		Duration max = Duration.ZERO;
		for (int i = 0; i < 10_000; i++) {
			Duration delay = this.backoff.delay(3, null);
			min = (delay.compareTo(min) < 0) ? delay : min;
			max = (delay.compareTo(max) > 0) ? delay : max;
		}
		assertThat(min).isLessThan(Duration.ofMillis(20));
		assertThat(max).isGreaterThan(Duration.ofMillis(380)).isLessThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void retryAfterIsHonouredUpToItsCap() {
		assertThat(this.backoff.delay(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.backoff.delay(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.backoff.delay(1, Duration.ZERO)).isEqualTo(Duration.ZERO);
	}

}

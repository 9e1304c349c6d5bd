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

package io.github.mparticle4j.client.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Durations}, the one format of durations in log lines, exception
 * messages and health details.
 *
 * @author mparticle4j contributors
 */
class DurationsTests {

	@Test
	void underASecondInMillisecondsAndNoneAtAllInSeconds() {
		assertThat(Durations.format(Duration.ZERO)).isEqualTo("0 s");
		assertThat(Durations.format(Duration.ofNanos(999_999))).isEqualTo("0 s");
		assertThat(Durations.format(Duration.ofMillis(1))).isEqualTo("1 ms");
		assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850 ms");
	}

	@Test
	void underAMinuteInSecondsWithTheMillisecondsAsDecimals() {
		assertThat(Durations.format(Duration.ofMillis(1000))).isEqualTo("1 s");
		assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
		assertThat(Durations.format(Duration.ofMillis(12_500))).isEqualTo("12.5 s");
		assertThat(Durations.format(Duration.ofMillis(59_999))).isEqualTo("59.999 s");
	}

	@Test
	void longerInHoursMinutesAndSeconds() {
		assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("1 min 0 s");
		assertThat(Durations.format(Duration.ofSeconds(65))).isEqualTo("1 min 5 s");
		assertThat(Durations.format(Duration.ofMillis(90_250))).isEqualTo("1 min 30.25 s");
		assertThat(Durations.format(Duration.ofSeconds(7203))).isEqualTo("2 h 0 min 3 s");
		assertThat(Durations.format(Duration.ofDays(1))).isEqualTo("24 h 0 min 0 s");
	}

	@Test
	void negativeDurationsKeepTheirSign() {
		assertThat(Durations.format(Duration.ofMillis(-1500))).isEqualTo("-1.5 s");
	}

}

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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryAfter}.
 *
 * @author mparticle4j contributors
 */
class RetryAfterTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void secondsAreRead() {
		assertThat(RetryAfter.parse("2", this.clock)).isEqualTo(Duration.ofSeconds(2));
		assertThat(RetryAfter.parse(" 0 ", this.clock)).isEqualTo(Duration.ZERO);
		assertThat(RetryAfter.parse("1.5", this.clock)).isEqualTo(Duration.ofMillis(1500));
	}

	@Test
	void httpDatesAreRead() {
		assertThat(RetryAfter.parse("Sat, 28 Nov 2026 10:00:30 GMT", this.clock)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.parse("Sat, 28 Nov 2026 09:00:00 GMT", this.clock)).isEqualTo(Duration.ZERO);
	}

	@Test
	void missingNegativeOrMalformedValuesAreIgnored() {
		assertThat(RetryAfter.parse(null, this.clock)).isNull();
		assertThat(RetryAfter.parse("", this.clock)).isNull();
		assertThat(RetryAfter.parse("-1", this.clock)).isNull();
		assertThat(RetryAfter.parse("soon", this.clock)).isNull();
	}

}

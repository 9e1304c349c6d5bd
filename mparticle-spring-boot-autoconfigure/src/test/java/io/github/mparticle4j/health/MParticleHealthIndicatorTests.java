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

package io.github.mparticle4j.health;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MParticleHealthIndicator}.
 *
 * @author mparticle4j contributors
 */
class MParticleHealthIndicatorTests {

	@Test
	void durationsAreFormattedForPeople() {
		assertThat(MParticleHealthIndicator.format(Duration.ZERO)).isEqualTo("0ms");
		assertThat(MParticleHealthIndicator.format(Duration.ofNanos(999_999))).isEqualTo("0ms");
		assertThat(MParticleHealthIndicator.format(Duration.ofMillis(850))).isEqualTo("850ms");
		assertThat(MParticleHealthIndicator.format(Duration.ofMillis(1000))).isEqualTo("1s");
		assertThat(MParticleHealthIndicator.format(Duration.ofMillis(12_500))).isEqualTo("12.5s");
		assertThat(MParticleHealthIndicator.format(Duration.ofMillis(59_999))).isEqualTo("59.999s");
		assertThat(MParticleHealthIndicator.format(Duration.ofSeconds(65))).isEqualTo("1m 5s");
		assertThat(MParticleHealthIndicator.format(Duration.ofSeconds(7203))).isEqualTo("2h 0m 3s");
	}

}

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
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MParticleInputsHealthIndicator}.
 *
 * @author mparticle4j contributors
 */
class MParticleInputsHealthIndicatorTests {

	@Test
	void degradedIsWorseThanUpAndUnknown() {
		assertThat(status(Status.UP, MParticleHealthIndicator.DEGRADED, Status.UNKNOWN))
			.isEqualTo(MParticleHealthIndicator.DEGRADED);
	}

	@Test
	void downAndOutOfServiceAreWorseThanDegraded() {
		assertThat(status(MParticleHealthIndicator.DEGRADED, Status.OUT_OF_SERVICE)).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(status(Status.OUT_OF_SERVICE, Status.DOWN, MParticleHealthIndicator.DEGRADED))
			.isEqualTo(Status.DOWN);
	}

	@Test
	void upIsWorseThanUnknownAsInSpringBootsOrder() {
		assertThat(status(Status.UNKNOWN, Status.UP)).isEqualTo(Status.UP);
		assertThat(status(Status.UNKNOWN, Status.UNKNOWN)).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void aStatusOutsideTheOrderDoesNotCount() {
		assertThat(status(new Status("CUSTOM"), Status.UP)).isEqualTo(Status.UP);
		assertThat(status(new Status("CUSTOM"))).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void eachInputsHealthIsInTheDetailsInOrder() {
		Map<String, ReactiveHealthIndicator> inputs = new LinkedHashMap<>();
		inputs.put("default", () -> Mono.just(Health.up().withDetail("successfulUploads", 1).build()));
		inputs.put("ios", () -> Mono.error(new IllegalStateException("broken")));
		Health health = new MParticleInputsHealthIndicator(inputs).health().block(Duration.ofSeconds(10));
		assertThat(health.getDetails()).containsOnlyKeys("default", "ios");
		assertThat(health.getDetails().keySet()).containsExactly("default", "ios");
		assertThat(((Health) health.getDetails().get("default")).getDetails()).containsEntry("successfulUploads", 1);
		assertThat(((Health) health.getDetails().get("ios")).getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
	}

	private static Status status(Status... statuses) {
		Map<String, ReactiveHealthIndicator> inputs = new LinkedHashMap<>();
		for (int i = 0; i < statuses.length; i++) {
			Status status = statuses[i];
			inputs.put("input" + i, () -> Mono.just(Health.status(status).build()));
		}
		return new MParticleInputsHealthIndicator(inputs).health().block(Duration.ofSeconds(10)).getStatus();
	}

}

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

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link SettingChecks} and the dispatcher settings that it checks.
 *
 * @author mparticle4j contributors
 */
class SettingChecksTests {

	private static final Duration CENTURIES = Duration.ofDays(365L * 500);

	private final EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret")).build();

	@AfterEach
	void closeApi() {
		this.api.close();
	}

	@Test
	void positiveDurationsUpToOneDayPass() {
		assertThatNoException().isThrownBy(() -> SettingChecks.positive("x", Duration.ofNanos(1)));
		assertThatNoException().isThrownBy(() -> SettingChecks.positive("x", SettingChecks.MAX_DURATION));
		assertThatNoException().isThrownBy(() -> SettingChecks.notNegative("x", Duration.ZERO));
	}

	@Test
	void aDurationOverOneDayIsRefusedNamingTheSetting() {
		assertThatExceptionOfType(InvalidEventsApiSettingException.class)
			.isThrownBy(() -> SettingChecks.positive("x", Duration.ofDays(1).plusNanos(1)))
			.withMessage("'x' must be at most PT24H (one day), was PT24H0.000000001S")
			.satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("x"));
		assertThatExceptionOfType(InvalidEventsApiSettingException.class)
			.isThrownBy(() -> SettingChecks.notNegative("y", Duration.ofSeconds(Long.MAX_VALUE)))
			.satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("y"));
	}

	@Test
	void dispatcherDurationsOfCenturiesAreRefusedInBuild() {
		// each used to throw ArithmeticException from build(), every enqueue or close()
		assertInvalid(EventDispatcher.builder(this.api).flushInterval(CENTURIES), "flushInterval");
		assertInvalid(EventDispatcher.builder(this.api).blockTimeout(CENTURIES), "blockTimeout");
		assertInvalid(EventDispatcher.builder(this.api).shutdownTimeout(CENTURIES), "shutdownTimeout");
		assertInvalid(EventDispatcher.builder(this.api).shutdownTimeout(Duration.ofSeconds(-1)), "shutdownTimeout");
	}

	@Test
	void aCapOfFewerThanOneBatchADayIsRefusedInBuild() {
		// pacing one batch per 10^12 seconds overflowed the pacer's clock
		assertInvalid(EventDispatcher.builder(this.api).maxBatchesPerSecond(1e-12), "maxBatchesPerSecond");
		assertThatNoException().isThrownBy(() -> EventDispatcher.builder(this.api)
			.maxBatchesPerSecond(EventDispatcherBuilder.MIN_BATCHES_PER_SECOND)
			.build()
			.close());
	}

	@Test
	void aShutdownTimeoutOfCenturiesIsRefusedAndLeavesTheDispatcherRunning() {
		EventDispatcher dispatcher = EventDispatcher.builder(this.api).build();
		try {
			// used to throw ArithmeticException after closing the queue, with a future
			// that
			// never completed
			assertThatExceptionOfType(InvalidEventsApiSettingException.class)
				.isThrownBy(() -> dispatcher.shutdown(CENTURIES))
				.satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo("timeout"));
			assertThat(dispatcher.status().accepting()).isTrue();
			assertThat(dispatcher.shutdown(Duration.ofSeconds(5))).succeedsWithin(Duration.ofSeconds(10));
		}
		finally {
			dispatcher.close();
		}
	}

	private static void assertInvalid(EventDispatcherBuilder builder, String setting) {
		assertThatExceptionOfType(InvalidEventsApiSettingException.class).isThrownBy(builder::build)
			.satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(setting));
	}

}

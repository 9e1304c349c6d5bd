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

package io.github.mparticle4j.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every duration property, however long its value, fails start-up with a
 * report naming it when it is longer than the client allows, at the top level and for a
 * named input, in the send mode and in the log mode.
 *
 * @author mparticle4j contributors
 */
class HugeDurationPropertiesTests {

	// about Long.MAX_VALUE seconds: the longest that Duration.parse takes in hours
	private static final String HUGE = "PT2562047788015215H";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
		.withPropertyValues("mparticle.api-key=default-key", "mparticle.api-secret=default-secret",
				"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret");

	@ParameterizedTest
	@ValueSource(strings = { "connect-timeout", "response-timeout", "timeout", "retry.initial-backoff",
			"retry.max-backoff", "retry.max-retry-after", "dispatcher.flush-interval", "dispatcher.block-timeout",
			"dispatcher.shutdown-timeout" })
	void aHugeDurationFailsStartupNamingTheProperty(String property) {
		for (String mode : new String[] { "send", "log" }) {
			assertInvalid("mparticle." + property, "mparticle.mode=" + mode);
			assertInvalid("mparticle.inputs.ios." + property, "mparticle.mode=" + mode);
			assertInvalid("mparticle." + property + "=PT24H0.000000001S", "mparticle." + property,
					"mparticle.mode=" + mode);
		}
	}

	private void assertInvalid(String property, String mode) {
		assertInvalid(property + "=" + HUGE, property, mode);
	}

	private void assertInvalid(String setting, String property, String mode) {
		this.contextRunner.withPropertyValues(setting, mode)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.as(setting)
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (ex) -> {
					assertThat(ex.getName()).isEqualTo(property);
					assertThat(ex.getMessage()).contains("must be at most PT24H (one day)");
				}));
	}

}

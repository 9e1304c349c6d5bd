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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests that a real application without mParticle credentials fails to start with the
 * report of {@link MissingMParticleCredentialsFailureAnalyzer}.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingMParticleCredentialsFailureAnalyzerTests {

	@Test
	void startupFailureReportSaysWhichPropertyToSetAndWhatWorksWithoutCredentials(CapturedOutput output) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--mparticle.api-secret=only-the-secret"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The mParticle Events API client is enabled, but the property 'mparticle.api-key' is not set")
			.contains("Set both mparticle.api-key and mparticle.api-secret")
			.contains("MPARTICLE_API_KEY and MPARTICLE_API_SECRET")
			.contains("In tests, annotate the test class with @AutoConfigureRecordingEventsApi")
			.contains("or @AutoConfigureLocalEventsApi")
			.contains("To run the application locally, set mparticle.mode=log")
			.contains("mparticle.local-stand-in.enabled=true")
			.contains("mparticle.enabled=false removes the starter's beans (EventsApi, EventDispatcher,"
					+ " MParticleInputs), so it only suits an application that injects none of them")
			.doesNotContain("in tests, for example")
			.doesNotContain("only-the-secret");
	}

	@Test
	void unresolvedPlaceholdersAreNotCredentials(CapturedOutput output) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--mparticle.api-key=${MPARTICLE4J_UNSET_TEST_KEY}",
				"--mparticle.api-secret=${MPARTICLE4J_UNSET_TEST_SECRET}"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("the property 'mparticle.api-key' is the placeholder '${MPARTICLE4J_UNSET_TEST_KEY}', which"
					+ " nothing resolved (the environment variable or property it names is not set)")
			.contains("Set both mparticle.api-key and mparticle.api-secret");
	}

	@Test
	void anUnresolvedSecretIsReportedToo(CapturedOutput output) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--mparticle.api-key=key",
				"--mparticle.api-secret=prefix-${MPARTICLE4J_UNSET_TEST_SECRET}"));
		assertThat(output)
			.contains("the property 'mparticle.api-secret' is the placeholder" + " '${MPARTICLE4J_UNSET_TEST_SECRET}'");
	}

	@Test
	void aNamedInputIsReportedWithItsOwnPropertiesAndWhatWorksWithoutCredentials(CapturedOutput output) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--mparticle.inputs.ios.api-key=ios-key"));
		assertThat(output).contains("the property 'mparticle.inputs.ios.api-secret' is not set")
			.contains("Set both mparticle.inputs.ios.api-key and mparticle.inputs.ios.api-secret")
			.contains("MPARTICLE_INPUTS_IOS_API_KEY and MPARTICLE_INPUTS_IOS_API_SECRET")
			.contains("@AutoConfigureRecordingEventsApi")
			.contains("mparticle.mode=log");
	}

	@Test
	void logModeStartsWithoutCredentials() {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run("--mparticle.mode=log").close();
	}

	@Test
	void disabledStarterStartsWithoutCredentials() {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run("--mparticle.enabled=false").close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}

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

package io.github.mparticle4j.test.autoconfigure;

import java.time.Duration;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link LocalStandInAutoConfiguration}: a running application (not a test
 * context) without credentials sends to the local stand-in when
 * {@code mparticle.local-stand-in.enabled=true}, and only then.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalStandInAutoConfigurationTests {

	@Test
	void anApplicationWithoutCredentialsSendsEveryInputToTheStandIn(CapturedOutput output) {
		try (ConfigurableApplicationContext context = application().run("--mparticle.local-stand-in.enabled=true",
				"--mparticle.api-key=${MPARTICLE4J_UNSET_KEY}",
				"--mparticle.inputs.ios.api-key=${MPARTICLE4J_UNSET_IOS_KEY}")) {
			LocalEventsApi standIn = context.getBean(LocalEventsApi.class);
			context.getBean(EventsApi.class).uploadEvents(batch("default-1")).block(Duration.ofSeconds(10));
			context.getBean("ios", EventsApi.class).uploadEvents(batch("ios-1")).block(Duration.ofSeconds(10));
			assertThat(standIn.batches()).extracting(Batch::getSourceRequestId).containsExactly("default-1", "ios-1");
			assertThat(output).contains("mParticle: every input sends to the local stand-in for the Events API at "
					+ standIn.baseUrl() + " (mparticle.local-stand-in.enabled=true), not to mParticle; for local"
					+ " development only");
		}
	}

	@Test
	void withoutThePropertyTheApplicationNeedsCredentials() {
		assertThatException().isThrownBy(() -> application().run().close())
			.withStackTraceContaining("'mparticle.api-key' is not set");
	}

	@Test
	void thePropertySetToFalseStartsNoStandIn() {
		try (ConfigurableApplicationContext context = application().run("--mparticle.local-stand-in.enabled=false",
				"--mparticle.api-key=k", "--mparticle.api-secret=s")) {
			assertThat(context.getBeanNamesForType(LocalEventsApi.class)).isEmpty();
		}
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(StandInApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	private static Batch batch(String id) {
		return new Batch(Batch.Environment.DEVELOPMENT).sourceRequestId(id)
			.userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Local"));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class StandInApplication {

	}

}

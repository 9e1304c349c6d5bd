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
import io.github.mparticle4j.test.standin.LocalEventsApiTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests that {@link AutoConfigureLocalEventsApi @AutoConfigureLocalEventsApi} lets an
 * application start and send with the README's {@code application.yml}
 * (<code>api-key: ${MPARTICLE_API_KEY}</code>) while the variables are unset, which
 * otherwise fails start-up.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = LocalEventsApiTestApplication.class)
@AutoConfigureLocalEventsApi
@ActiveProfiles("readme-credentials")
class AutoConfigureLocalEventsApiUnresolvedCredentialsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private EventsApi eventsApi;

	@Autowired
	private LocalEventsApi standIn;

	@Test
	void testWithTheReadmeConfigurationSendsToTheStandIn() {
		assertThat(this.eventsApi.uploadEvents(batch("1")).block(TIMEOUT).statusCode()).isEqualTo(202);
		assertThat(this.standIn.batches()).extracting((batch) -> batch.getUserIdentities().getCustomerId())
			.containsExactly("1");
	}

	// The applications below run without environment variables and system properties,
	// so that MPARTICLE_API_KEY is unset on every machine

	@Test
	void withoutTheAnnotationStartUpFailsOnTheUnresolvedPlaceholder() {
		assertThatException().isThrownBy(() -> run(LocalEventsApiTestApplication.class).close())
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.hasMessageContaining("'mparticle.api-key' is the unresolved placeholder '${MPARTICLE_API_KEY}'"));
	}

	@Test
	void withTheAnnotationTheApplicationStartsAndSendsToTheStandIn() {
		try (ConfigurableApplicationContext context = run(LocalEventsApiTestApplication.class,
				WithLocalEventsApi.class)) {
			assertThat(context.getEnvironment().getProperty("MPARTICLE_API_KEY")).isNull();
			EventsApi eventsApi = context.getBean(EventsApi.class);
			assertThat(eventsApi.uploadEvents(batch("2")).block(TIMEOUT).statusCode()).isEqualTo(202);
			assertThat(context.getBean(LocalEventsApi.class).batches())
				.extracting((batch) -> batch.getUserIdentities().getCustomerId())
				.containsExactly("2");
		}
	}

	private static ConfigurableApplicationContext run(Class<?>... sources) {
		return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
			.environment(new EnvironmentWithoutVariables())
			.profiles("readme-credentials")
			.logStartupInfo(false)
			.run();
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Placeholder"));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigureLocalEventsApi
	static class WithLocalEventsApi {

	}

	static class EnvironmentWithoutVariables extends StandardEnvironment {

		@Override
		protected void customizePropertySources(MutablePropertySources propertySources) {
		}

	}

}

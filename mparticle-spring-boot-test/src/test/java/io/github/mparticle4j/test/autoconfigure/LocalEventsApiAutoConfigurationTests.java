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

import java.net.URI;
import java.time.Duration;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LocalEventsApiAutoConfiguration}.
 *
 * @author mparticle4j contributors
 */
class LocalEventsApiAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalEventsApiAutoConfiguration.class,
				MParticleAutoConfiguration.class, WebClientAutoConfiguration.class));

	@Test
	void startsAStandInAndReplacesThePropertiesBasedConnectionDetails() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(LocalEventsApi.class)
				.hasSingleBean(MParticleConnectionDetails.class)
				.hasSingleBean(LocalEventsApiConnectionDetails.class)
				.hasSingleBean(EventsApi.class);
			send(context.getBean(EventsApi.class));
			assertThat(context.getBean(LocalEventsApi.class).received()).hasSize(1);
		});
	}

	@Test
	void credentialsInThePropertiesAreIgnored() {
		this.contextRunner
			.withPropertyValues("mparticle.api-key=real-key", "mparticle.api-secret=real-secret",
					"mparticle.base-url=http://127.0.0.1:1/v2")
			.run((context) -> {
				send(context.getBean(EventsApi.class));
				assertThat(context.getBean(LocalEventsApi.class).received()).hasSize(1);
			});
	}

	@Test
	void theStandInWinsOverConnectionDetailsOfTheApplication() {
		this.contextRunner
			.withBean("secretStoreConnectionDetails", MParticleConnectionDetails.class,
					UnreachableConnectionDetails::new)
			.run((context) -> {
				assertThat(context.getBean(MParticleConnectionDetails.class))
					.isInstanceOf(LocalEventsApiConnectionDetails.class);
				send(context.getBean(EventsApi.class));
				assertThat(context.getBean(LocalEventsApi.class).received()).hasSize(1);
			});
	}

	@Test
	void aStandInDefinedByTheApplicationIsUsed() {
		LocalEventsApi own = LocalEventsApi.start(0);
		try {
			this.contextRunner.withBean(LocalEventsApi.class, () -> own).run((context) -> {
				assertThat(context).getBean(LocalEventsApi.class).isSameAs(own);
				send(context.getBean(EventsApi.class));
				assertThat(own.received()).hasSize(1);
			});
		}
		finally {
			own.stop();
		}
	}

	@Test
	void theStandInStopsWhenTheContextCloses() {
		URI[] baseUrl = new URI[1];
		this.contextRunner.run((context) -> baseUrl[0] = context.getBean(LocalEventsApi.class).baseUrl());
		assertThatExceptionOfType(WebClientRequestException.class).isThrownBy(
				() -> WebClient.create(baseUrl[0] + "/events").post().retrieve().toBodilessEntity().block(TIMEOUT));
	}

	private static void send(EventsApi eventsApi) {
		Batch batch = new Batch().userIdentities(new UserIdentities().customerId("1"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Test"));
		assertThat(eventsApi.uploadEvents(batch).block(TIMEOUT).statusCode()).isEqualTo(202);
	}

	static class UnreachableConnectionDetails implements MParticleConnectionDetails {

		@Override
		public URI getBaseUrl() {
			return URI.create("http://127.0.0.1:1/v2");
		}

		@Override
		public String getApiKey() {
			return "secret-store-key";
		}

		@Override
		public String getApiSecret() {
			return "secret-store-secret";
		}

	}

}

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
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.mparticle4j.model.DocumentedExamples;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests what {@link EventsApi} logs and observes.
 *
 * @author mparticle4j contributors
 */
class EventsApiObservabilityTests {

	private static final MockEventsApi mock = new MockEventsApi();

	@RegisterExtension
	final CapturedLogs logs = CapturedLogs.of(DefaultEventsApi.class, Level.DEBUG);

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void setUp() {
		mock.reset();
	}

	@Test
	void debugLogShowsSizesIdsStatusAndAttemptButNoPersonalDataOrSecret() {
		mock.respondInTurn("/events", aResponse().withStatus(503), aResponse().withStatus(202));
		try (EventsApi api = mock.builder().initialBackoff(Duration.ofMillis(10)).build()) {
			api.uploadEvents(DocumentedExamples.customEvent()).block(Duration.ofSeconds(10));
		}
		List<String> messages = this.logs.events().stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(messages).hasSize(2);
		assertThat(this.logs.events().get(0).getLevel()).isEqualTo(Level.DEBUG);
		assertThat(messages.get(0))
			.matches("POST /events \\(1 batch\\) failed \\(503 Service Unavailable, attempt 1 of 5\\);"
					+ " retrying in \\d+ (ms|s)");
		assertThat(this.logs.events().get(1).getLevel()).isEqualTo(Level.DEBUG);
		assertThat(messages.get(1)).matches("POST /events \\(1 batch\\) \\(\\d+ bytes, source_request_ids "
				+ "\\[0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91\\]\\): 202 in \\d+ ms, attempt 2");
		assertThat(String.join("\n", messages)).doesNotContain("jane.doe@example.com", "1234", "Jane", "203.0.113.7",
				MockEventsApi.SECRET);
	}

	@Test
	void debugLogShowsWhyAnUploadGaveUp() {
		mock.respondInTurn("/events", aResponse().withStatus(400));
		try (EventsApi api = mock.builder().build()) {
			Assertions
				.catchThrowable(() -> api.uploadEvents(DocumentedExamples.customEvent()).block(Duration.ofSeconds(10)));
		}
		assertThat(this.logs.events()).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(event.getFormattedMessage())
				.matches("POST /events \\(1 batch\\) \\(\\d+ bytes, source_request_ids "
						+ "\\[0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91\\]\\): gave up after 1 attempt: 400 Bad Request");
		});
	}

	@Test
	void nothingIsLoggedAtInfoForASuccessfulUpload() {
		mock.accept("/events");
		this.logs.setLevel(Level.INFO);
		try (EventsApi api = mock.builder().build()) {
			api.uploadEvents(DocumentedExamples.customEvent()).block(Duration.ofSeconds(10));
		}
		assertThat(this.logs.events()).isEmpty();
	}

	@Test
	void requestsAreObservedThroughTheGivenWebClientBuilder() {
		mock.accept("/bulkevents");
		TestObservationRegistry registry = TestObservationRegistry.create();
		WebClient.Builder builder = WebClient.builder().observationRegistry(registry);
		try (EventsApi api = mock.builder().webClientBuilder(builder).build()) {
			api.bulkUploadEvents(DocumentedExamples.bulk()).block(Duration.ofSeconds(10));
		}
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/v2/bulkevents")
			.hasLowCardinalityKeyValue("method", "POST")
			.hasLowCardinalityKeyValue("status", "202");
	}

}

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

package io.github.mparticle4j.sample;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's {@link SignUpTracker} example, reactive and blocking, against the Events
 * API stand-in of the tests (WireMock on 127.0.0.1).
 *
 * @author mparticle4j contributors
 */
@SpringBootTest
class SignUpTrackerIntegrationTests {

	private static final EventsApiStub eventsApi = new EventsApiStub();

	@Autowired
	private SignUpTracker tracker;

	@DynamicPropertySource
	static void mparticle(DynamicPropertyRegistry registry) {
		registry.add("mparticle.api-key", () -> EventsApiStub.KEY);
		registry.add("mparticle.api-secret", () -> EventsApiStub.SECRET);
		registry.add("mparticle.base-url", eventsApi::baseUrl);
	}

	@AfterAll
	static void stop() {
		eventsApi.stop();
	}

	@Test
	void signUpIsSentReactivelyAndBlocking() {
		assertThat(this.tracker.signedUp("1234").block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
		assertThat(this.tracker.signedUpAndWait("5678").statusCode()).isEqualTo(202);
		assertThat(eventsApi.requests()).hasSize(2).allSatisfy((request) -> {
			JsonNode batch = JsonMapper.builder().build().readTree(request.getBodyAsString());
			assertThat(batch.at("/events/0/data/event_name").asString()).isEqualTo("Sign Up");
			assertThat(batch.at("/environment").asString()).isEqualTo("development");
		});
	}

}

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

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tests over HTTP that an application which opts in with
 * {@code management.health.mparticle.failure-status=down} has its overall health taken
 * DOWN (503) by an mParticle outage, and UP again when uploads work.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.health.mparticle.failure-status=down",
				"management.health.mparticle.failure-threshold=1", "mparticle.retry.max-attempts=1" })
class HealthFailureStatusTests {

	private static final EventsApiStub eventsApi = new EventsApiStub();

	@LocalServerPort
	private int port;

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
	void anOutageTakesTheHealthDownWhenChosen() {
		WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
		eventsApi.answer(WireMock.aResponse().withStatus(202));
		send(client, 200);
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		eventsApi.answer(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		send(client, 502);
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.mparticle.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.mparticle.details.default.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.mparticle.details.default.details.reason")
			.isEqualTo("1 upload in a row failed (threshold 1)")
			.jsonPath("$.components.mparticle.details.feed.status")
			.isEqualTo("UNKNOWN");
		eventsApi.answer(WireMock.aResponse().withStatus(202));
		send(client, 200);
		client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	private static void send(WebTestClient client, int expectedStatus) {
		client.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"7\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus);
	}

}

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

package io.github.mparticle4j.webflux;

import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests the {@code mparticle} health component of a WebFlux application with Actuator
 * over HTTP: each input with a dispatcher shows its state in {@code details.dispatcher},
 * against a WireMock server on 127.0.0.1 standing in for mParticle.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = DispatcherHealthOverHttpTests.HealthApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health",
				"management.endpoint.health.show-details=always", "mparticle.dispatcher.flush-interval=1h",
				"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
				"mparticle.inputs.android.api-key=android-key", "mparticle.inputs.android.api-secret=android-secret",
				"mparticle.inputs.android.dispatcher.enabled=false" })
class DispatcherHealthOverHttpTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Autowired
	private MParticleInputs inputs;

	@LocalServerPort
	private int port;

	private WebTestClient client;

	@DynamicPropertySource
	static void mparticle(DynamicPropertyRegistry registry) {
		registry.add("mparticle.api-key", () -> MockEventsApi.KEY);
		registry.add("mparticle.api-secret", () -> MockEventsApi.SECRET);
		registry.add("mparticle.base-url", server::baseUrl);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void setUp() {
		server.reset();
		server.accept("/bulkevents");
		this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void eachInputWithADispatcherShowsItsQueueAndCounts() throws Exception {
		EventDispatcher primary = this.inputs.getDefaultDispatcher();
		primary.enqueue(DocumentedExamples.minimal().sourceRequestId("queued-1"));
		primary.enqueue(DocumentedExamples.minimal().sourceRequestId("queued-2"));
		this.inputs.getDispatcher("ios").enqueue(DocumentedExamples.minimal());

		JsonNode queued = mparticleHealth();
		assertThat(queued.at("/details/default/status").asString()).isEqualTo("UNKNOWN");
		JsonNode dispatcher = queued.at("/details/default/details/dispatcher");
		assertThat(dispatcher.get("queuedBatches").asInt()).isEqualTo(2);
		assertThat(dispatcher.get("queuedBytes").asLong()).isPositive();
		assertThat(dispatcher.get("requestsInFlight").asInt()).isZero();
		assertThat(dispatcher.get("oldestPendingAge").asString()).matches("\\d+(\\.\\d+)? m?s");
		assertThat(dispatcher.get("delivered").asLong()).isZero();
		assertThat(dispatcher.get("failed").asLong()).isZero();
		assertThat(dispatcher.get("dropped").asLong()).isZero();
		assertThat(queued.at("/details/ios/details/dispatcher/queuedBatches").asInt()).isEqualTo(1);
		assertThat(queued.at("/details/android/details").has("dispatcher")).isFalse();

		primary.flush().get(10, TimeUnit.SECONDS);
		JsonNode delivered = mparticleHealth();
		assertThat(delivered.at("/details/default/status").asString()).isEqualTo("UP");
		assertThat(delivered.at("/details/default/details/successfulUploads").asLong())
			.isEqualTo(server.requests().size());
		assertThat(delivered.at("/details/default/details/dispatcher/delivered").asLong()).isEqualTo(2);
		assertThat(delivered.at("/details/default/details/dispatcher/queuedBatches").asInt()).isZero();
		assertThat(delivered.at("/details/default/details/dispatcher/oldestPendingAge").asString()).isEqualTo("0 s");
		assertThat(delivered.at("/details/ios/details/dispatcher/queuedBatches").asInt()).isEqualTo(1);
	}

	@Test
	void theMParticleComponentShowsItsWorstInputWhileTheApplicationStaysUp() {
		server.stub(WireMock.post("/v2/events")
			.withHeader("Authorization", WireMock.equalTo(MockEventsApi.basicAuth("ios-key", "ios-secret")))
			.willReturn(WireMock.aResponse().withStatus(403)));
		catchThrowable(() -> this.inputs.get("ios").uploadEvents(DocumentedExamples.minimal()).block());
		String body = this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode health = this.jsonMapper.readTree(body);
		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/mparticle/status").asString()).isEqualTo("DEGRADED");
		assertThat(health.at("/components/mparticle/details/ios/status").asString()).isEqualTo("DEGRADED");
		assertThat(health.at("/components/mparticle/details/ios/details/reason").asString())
			.isEqualTo("mParticle rejected the credentials");
		assertThat(health.at("/components/mparticle/details").propertyNames()).contains("default", "ios", "android");
	}

	private JsonNode mparticleHealth() {
		String body = this.client.get()
			.uri("/actuator/health/mparticle")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.jsonMapper.readTree(body);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class HealthApplication {

	}

}

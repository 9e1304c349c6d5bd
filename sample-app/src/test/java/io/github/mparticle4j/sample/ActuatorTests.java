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

import java.util.Base64;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the actuator endpoints of the sample over HTTP: the {@code mparticle} health
 * component, driven by real responses, which shows problems as {@code DEGRADED} while the
 * overall health stays {@code UP}, and that the API secret never shows in
 * {@code /actuator/env}, {@code /actuator/configprops} or the logs, even with every value
 * shown and debug logging on.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,env,configprops",
				"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
				"management.health.mparticle.failure-threshold=2", "mparticle.retry.max-attempts=1",
				"logging.level.io.github.mparticle4j=DEBUG",
				"logging.level.org.springframework.web.reactive.function.client=TRACE",
				"logging.level.org.springframework.boot.context.properties=TRACE" })
@ExtendWith(OutputCaptureExtension.class)
class ActuatorTests {

	private static final String FEED_KEY = "sample-feed-key";

	private static final String FEED_SECRET = "sample-feed-secret-7c2d41";

	private static final EventsApiStub eventsApi = new EventsApiStub();

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private WebTestClient client;

	private @Nullable String overallStatus;

	private JsonNode feedHealth;

	@DynamicPropertySource
	static void mparticle(DynamicPropertyRegistry registry) {
		registry.add("mparticle.api-key", () -> EventsApiStub.KEY);
		registry.add("mparticle.api-secret", () -> EventsApiStub.SECRET);
		registry.add("mparticle.base-url", eventsApi::baseUrl);
		registry.add("mparticle.inputs.feed.api-key", () -> FEED_KEY);
		registry.add("mparticle.inputs.feed.api-secret", () -> FEED_SECRET);
		System.setProperty("MPARTICLE_API_SECRET", EventsApiStub.SECRET);
		System.setProperty("MPARTICLE_INPUTS_FEED_API_SECRET", FEED_SECRET);
	}

	@AfterAll
	static void stop() {
		eventsApi.stop();
		System.clearProperty("MPARTICLE_API_SECRET");
		System.clearProperty("MPARTICLE_INPUTS_FEED_API_SECRET");
	}

	@BeforeEach
	void setUp() {
		this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void healthFollowsTheOutcomeOfUploads() {
		eventsApi.answer(WireMock.aResponse().withStatus(202).withHeader("X-mp-rate-limit-percentage-used", "12"));
		send(200);
		JsonNode up = mparticleHealth(200);
		assertThat(up.get("status").asString()).isEqualTo("UP");
		assertThat(up.at("/details/rateLimitPercentageUsed").asInt()).isEqualTo(12);
		assertThat(up.at("/details/environment").asString()).isEqualTo("development");
		assertThat(up.at("/details/lastSuccess").asString()).isNotBlank();

		eventsApi.answer(WireMock.aResponse().withStatus(403));
		send(502);
		JsonNode rejected = mparticleHealth(200);
		assertThat(rejected.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(this.overallStatus).as("the application stays in service").isEqualTo("UP");
		assertThat(rejected.at("/details/reason").asString()).isEqualTo("mParticle rejected the credentials");
		assertThat(rejected.at("/details/lastFailureReason").asString()).isEqualTo("403 Forbidden after 1 attempt");

		eventsApi.answer(WireMock.aResponse().withStatus(202));
		send(200);
		assertThat(mparticleHealth(200).get("status").asString()).isEqualTo("UP");

		eventsApi.answer(WireMock.aResponse().withStatus(503));
		send(502);
		assertThat(mparticleHealth(200).get("status").asString()).isEqualTo("UP");
		send(502);
		JsonNode failing = mparticleHealth(200);
		assertThat(failing.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(this.overallStatus).isEqualTo("UP");
		assertThat(failing.at("/details/reason").asString()).isEqualTo("2 uploads in a row failed (threshold 2)");
		assertThat(this.feedHealth.get("status").asString()).as("the feed input has not sent yet").isEqualTo("UNKNOWN");
	}

	@Test
	void secretsNeverShowInEnvConfigpropsOrLogs(CapturedOutput output) {
		eventsApi.answer(WireMock.aResponse().withStatus(403));
		send(502);
		this.client.post()
			.uri("/bulk")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"users\": [{\"customerId\": \"7\", \"eventName\": \"Feed\"}]}")
			.exchange()
			.expectStatus()
			.isEqualTo(502);
		String env = get("/actuator/env", 200);
		String configprops = get("/actuator/configprops", 200);
		String health = get("/actuator/health", 200);
		String base64Credentials = Base64.getEncoder()
			.encodeToString((EventsApiStub.KEY + ":" + EventsApiStub.SECRET).getBytes());
		String base64FeedCredentials = Base64.getEncoder().encodeToString((FEED_KEY + ":" + FEED_SECRET).getBytes());
		for (String text : new String[] { env, configprops, health, output.toString() }) {
			assertThat(text).doesNotContain(EventsApiStub.SECRET)
				.doesNotContain(base64Credentials)
				.doesNotContain(FEED_SECRET)
				.doesNotContain(base64FeedCredentials);
		}
		assertThat(env).contains("mparticle.api-secret").contains("MPARTICLE_API_SECRET").contains("******");
		assertThat(env).contains("mparticle.inputs.feed.api-secret").contains("MPARTICLE_INPUTS_FEED_API_SECRET");
		assertThat(env).contains(EventsApiStub.KEY).contains(FEED_KEY);
		JsonNode mparticle = this.jsonMapper.readTree(configprops)
			.findValue("mparticle-io.github.mparticle4j.autoconfigure.MParticleProperties")
			.get("properties");
		assertThat(mparticle.get("apiSecret").asString()).isEqualTo("******");
		assertThat(mparticle.at("/inputs/feed/apiSecret").asString()).isEqualTo("******");
		assertThat(mparticle.at("/inputs/feed/apiKey").asString()).isEqualTo(FEED_KEY);
		assertThat(output).contains("POST /events (1 batch)").contains("403 Forbidden");
	}

	private void send(int expectedStatus) {
		this.client.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"7\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus);
	}

	private JsonNode mparticleHealth(int expectedStatus) {
		byte[] body = this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode health = this.jsonMapper.readTree(body);
		this.overallStatus = health.get("status").asString();
		this.feedHealth = health.at("/components/mparticle/details/feed");
		return health.at("/components/mparticle/details/default");
	}

	private String get(String path, int expectedStatus) {
		return this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}

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

package io.github.mparticle4j.sample.container;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Black-box tests of the sample application as users run it: its executable jar in a
 * container on the locally built JRE image, with host networking, configured only through
 * environment variables, sending to a WireMock server on 127.0.0.1 that stands in for the
 * Events API.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(DockerRequirement.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleAppContainerIT {

	private static final String KEY = "container-api-key";

	private static final String SECRET = "container-api-secret-5b1e77";

	private static final String FEED_KEY = "container-feed-key";

	private static final String FEED_SECRET = "container-feed-secret-81d0c3";

	/**
	 * One permit for each request that the events API answers, released once the request
	 * is in its journal.
	 */
	private static final Semaphore answered = new Semaphore(0);

	private static final WireMockServer eventsApi = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().extensions(new ServeEventListener() {

				@Override
				public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
					answered.release();
				}

				@Override
				public String getName() {
					return "answered";
				}

			}));

	private static SampleAppContainer app;

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		eventsApi.start();
		app = new SampleAppContainer(environment(SECRET));
		app.start();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.stop();
		}
		eventsApi.stop();
	}

	private static Map<String, String> environment(String secret) {
		return Map.of("MPARTICLE_API_KEY", KEY, "MPARTICLE_API_SECRET", secret, "MPARTICLE_FEED_API_KEY", FEED_KEY,
				"MPARTICLE_FEED_API_SECRET", FEED_SECRET, "MPARTICLE_ENVIRONMENT", "production", "MPARTICLE_BASE_URL",
				"http://127.0.0.1:" + eventsApi.port() + "/v2");
	}

	@BeforeEach
	void stubEventsApi() {
		eventsApi.resetAll();
		answered.drainPermits();
		eventsApi.stubFor(post(urlPathMatching("/v2/(bulk)?events")).atPriority(1)
			.withHeader("Authorization", equalTo(basicAuth(KEY, SECRET)))
			.willReturn(aResponse().withStatus(202)));
		eventsApi.stubFor(post(urlPathMatching("/v2/(bulk)?events")).atPriority(1)
			.withHeader("Authorization", equalTo(basicAuth(FEED_KEY, FEED_SECRET)))
			.willReturn(aResponse().withStatus(202)));
		eventsApi
			.stubFor(post(urlPathMatching("/v2/(bulk)?events")).atPriority(2).willReturn(aResponse().withStatus(403)));
	}

	@Test
	@Order(1)
	void endpointsSendTheDocumentedBatchesWithTheEnvironmentFromTheVariables() throws Exception {
		send(app, "/users", """
				{"customerId": "1234", "email": "jane.doe@example.com", "firstName": "Jane", "plan": "trial",
				 "marketingConsent": true, "ccpaOptOut": true}""", 200);
		send(app, "/events", """
				{"customerId": "1234", "eventName": "Button Clicked", "eventType": "navigation"}""", 202);
		send(app, "/purchases", """
				{"customerId": "1234", "transactionId": "order-1", "currency": "USD",
				 "products": [{"sku": "sku-1", "name": "Beans", "price": 21.99, "quantity": 2}]}""", 200);
		send(app, "/sessions", """
				{"customerId": "1234", "screens": ["Home"], "durationSeconds": 30}""", 200);
		send(app, "/bulk", """
				{"users": [{"customerId": "1001", "eventName": "Article Read"},
				           {"customerId": "1002", "eventName": "Article Read"}]}""", 200);
		// the custom event is queued, and sent in a bulk request after the flush interval
		List<LoggedRequest> requests = awaitRequests(5);
		assertThat(requests).extracting(LoggedRequest::getUrl)
			.containsExactlyInAnyOrder("/v2/events", "/v2/events", "/v2/events", "/v2/bulkevents", "/v2/bulkevents");
		assertThat(requests)
			.filteredOn((request) -> basicAuth(FEED_KEY, FEED_SECRET).equals(request.getHeader("Authorization")))
			.as("bulk imports go to the feed input, the rest to the default input")
			.singleElement()
			.satisfies((request) -> assertThat(body(request)).hasSize(2));
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
			assertThat(request.getHeader("User-Agent")).startsWith("mparticle-spring-boot/");
		});
		List<LoggedRequest> single = requests.stream()
			.filter((request) -> request.getUrl().equals("/v2/events"))
			.toList();
		JsonNode signUp = body(single.get(0));
		assertThat(signUp.get("environment").asString()).isEqualTo("production");
		assertThat(signUp.get("user_identities"))
			.isEqualTo(json("{\"customer_id\": \"1234\", \"email\": \"jane.doe@example.com\"}"));
		assertThat(signUp.at("/consent_state/ccpa/data_sale_opt_out/consented").asBoolean()).isTrue();
		assertThat(signUp.at("/events/0/event_type").asString()).isEqualTo("custom_event");
		assertThat(body(single.get(1)).at("/events/0/data/product_action/total_amount").decimalValue())
			.isEqualByComparingTo("43.98");
		assertThat(body(single.get(2)).get("events")).extracting((event) -> event.get("event_type").asString())
			.containsExactly("session_start", "screen_view", "session_end");
		assertThat(requests).filteredOn((request) -> request.getUrl().equals("/v2/bulkevents"))
			.extracting(this::body)
			.allSatisfy((batches) -> assertThat(batches)
				.allSatisfy((batch) -> assertThat(batch.get("environment").asString()).isEqualTo("production")));
		JsonNode customEvent = requests.stream()
			.filter((request) -> basicAuth(KEY, SECRET).equals(request.getHeader("Authorization")))
			.filter((request) -> request.getUrl().equals("/v2/bulkevents"))
			.map(this::body)
			.findFirst()
			.orElseThrow()
			.at("/0/events/0/data");
		assertThat(customEvent.get("event_name").asString()).isEqualTo("Button Clicked");
		assertThat(customEvent.get("custom_event_type").asString()).isEqualTo("navigation");
	}

	@Test
	@Order(2)
	void healthShowsTheMParticleComponentUpAfterAnUpload() throws Exception {
		send(app, "/users", "{\"customerId\": \"1\"}", 200);
		HttpResponse<String> response = get(app, "/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode mparticle = json(response.body()).at("/components/mparticle/details/default");
		assertThat(mparticle.get("status").asString()).isEqualTo("UP");
		assertThat(json(response.body()).at("/components/mparticle/details/feed/status").asString())
			.as("the feed input sent the bulk import of the first test")
			.isEqualTo("UP");
		assertThat(mparticle.at("/details/environment").asString()).isEqualTo("production");
		assertThat(mparticle.at("/details/baseUrl").asString())
			.isEqualTo("http://127.0.0.1:" + eventsApi.port() + "/v2");
	}

	@Test
	@Order(3)
	void wrongSecretPausesTheInputShowsItDegradedAndKeepsTheEventWhileTheAppStaysUp() throws Exception {
		String wrongSecret = "wrong-secret-3c9d";
		try (SampleAppContainer misconfigured = new SampleAppContainer(environment(wrongSecret))) {
			misconfigured.start();
			// rejected credentials pause the input and keep the event: not delivered, not
			// lost
			send(misconfigured, "/events/confirmed", "{\"customerId\": \"1\", \"eventName\": \"x\"}", 504);
			HttpResponse<String> response = get(misconfigured, "/actuator/health");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(json(response.body()).get("status").asString()).isEqualTo("UP");
			JsonNode health = json(response.body());
			JsonNode mparticle = health.at("/components/mparticle/details/default");
			assertThat(mparticle.get("status").asString()).isEqualTo("DEGRADED");
			assertThat(health.at("/components/mparticle/status").asString()).as("the worst of its inputs")
				.isEqualTo("DEGRADED");
			assertThat(misconfigured.getLogs()).contains("mParticle rejected the credentials for");
			assertThat(mparticle.at("/details/reason").asString())
				.startsWith("the dispatcher is paused, keeping its batches: ");
			assertThat(mparticle.at("/details/dispatcher/queuedBatches").asInt()).as("the event is kept").isEqualTo(1);
			assertThat(misconfigured.getLogs()).contains("Dispatcher 'default' paused: ");
			assertThat(mparticle.at("/details/lastFailureReason").asString()).contains("403 Forbidden");
			assertThat(misconfigured.getLogs()).doesNotContain(wrongSecret)
				.doesNotContain(FEED_SECRET)
				.doesNotContain(Base64.getEncoder().encodeToString((KEY + ":" + wrongSecret).getBytes()));
		}
	}

	@Test
	@Order(4)
	void logsNeverContainTheSecret() {
		String logs = app.getLogs();
		assertThat(logs).contains("Started SampleApplication")
			.doesNotContain(SECRET)
			.doesNotContain(basicAuth(KEY, SECRET).substring("Basic ".length()));
	}

	@Test
	@Order(5)
	void sigtermSendsWhatIsQueuedAndStopsTheApplicationCleanlyWithinSeconds() throws Exception {
		send(app, "/events", "{\"customerId\": \"5678\", \"eventName\": \"Last Click\"}", 202);
		Long exitCode = app.terminate(Duration.ofSeconds(10));
		assertThat(exitCode).as("exit code after SIGTERM (null: still running after 10 s)").isIn(0L, 143L);
		assertThat(app.getLogs()).contains("Graceful shutdown complete").doesNotContain("Exception");
		assertThat(eventsApi.findAll(anyRequestedFor(anyUrl())))
			.as("the event queued just before SIGTERM was sent before the application stopped")
			.anySatisfy((request) -> assertThat(body(request).at("/0/events/0/data/event_name").asString())
				.isEqualTo("Last Click"));
	}

	private void send(SampleAppContainer container, String path, String body, int expectedStatus) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(container.baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
	}

	private List<LoggedRequest> awaitRequests(int count) throws InterruptedException {
		// what arrives late is counted, not waited for: the assertions name what is
		// missing
		answered.tryAcquire(count, 10, TimeUnit.SECONDS);
		return eventsApi.findAll(anyRequestedFor(anyUrl()));
	}

	private HttpResponse<String> get(SampleAppContainer container, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(container.baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode body(LoggedRequest request) {
		return this.jsonMapper.readTree(request.getBodyAsString());
	}

	private JsonNode json(String json) {
		return this.jsonMapper.readTree(json);
	}

	private static String basicAuth(String key, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}

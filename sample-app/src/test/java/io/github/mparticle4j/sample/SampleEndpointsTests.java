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
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every endpoint of the sample over HTTP and checks what the Events API (WireMock
 * on 127.0.0.1) received.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleEndpointsTests {

	private static final EventsApiStub eventsApi = new EventsApiStub();

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private EventDispatcher dispatcher;

	private WebTestClient client;

	@DynamicPropertySource
	static void mparticle(DynamicPropertyRegistry registry) {
		registry.add("mparticle.api-key", () -> EventsApiStub.KEY);
		registry.add("mparticle.api-secret", () -> EventsApiStub.SECRET);
		registry.add("mparticle.base-url", eventsApi::baseUrl);
		registry.add("mparticle.environment", () -> "production");
		registry.add("mparticle.inputs.feed.api-key", () -> "sample-feed-key");
		registry.add("mparticle.inputs.feed.api-secret", () -> "sample-feed-secret");
	}

	@AfterAll
	static void stop() {
		eventsApi.stop();
	}

	@BeforeEach
	void setUp() {
		eventsApi.answer(WireMock.aResponse().withStatus(202));
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeader("User-Agent", "sample-test")
			.build();
	}

	@Test
	void withCredentialsTheLocalStandInIsNotUsed() {
		assertThat(this.context.getBeansOfType(LocalEventsApi.class)).isEmpty();
	}

	@Test
	void signUpSendsIdentitiesDeviceAttributesConsentAndAnEvent() {
		String sourceRequestId = post("/users", """
				{"customerId": "1234", "email": "jane.doe@example.com", "firstName": "Jane", "lastName": "Doe",
				 "plan": "trial", "marketingConsent": true, "ccpaOptOut": false}""");
		JsonNode batch = lastBatch("/v2/events");
		assertThat(batch.get("source_request_id").asString()).isEqualTo(sourceRequestId);
		assertThat(batch.get("environment").asString()).isEqualTo("production");
		assertThat(batch.get("user_identities")).isEqualTo(json("""
				{"customer_id": "1234", "email": "jane.doe@example.com"}"""));
		assertThat(batch.get("user_attributes")).isEqualTo(json("""
				{"$firstname": "Jane", "$lastname": "Doe", "plan": "trial"}"""));
		assertThat(batch.get("device_info")).isEqualTo(json("""
				{"platform": "web", "http_header_user_agent": "sample-test"}"""));
		JsonNode consent = batch.get("consent_state");
		assertThat(consent.at("/gdpr/marketing/consented").asBoolean()).isTrue();
		assertThat(consent.at("/gdpr/marketing/document").asString()).isEqualTo("marketing_terms_v2");
		assertThat(consent.at("/gdpr/marketing/timestamp_unixtime_ms").isIntegralNumber()).isTrue();
		assertThat(consent.at("/ccpa/data_sale_opt_out/consented").asBoolean()).isFalse();
		JsonNode event = batch.get("events").get(0);
		assertThat(event.get("event_type").asString()).isEqualTo("custom_event");
		assertThat(event.at("/data/event_name").asString()).isEqualTo("Sign Up");
		assertThat(event.at("/data/custom_event_type").asString()).isEqualTo("user_preference");
	}

	@Test
	void customEventIsQueuedAndSentWithItsTypeAndAttributes() {
		assertThat(postForJson("/events", """
				{"customerId": "1234", "eventName": "Button Clicked", "eventType": "navigation",
				 "attributes": {"button_name": "home"}}""", 202)).isEqualTo(json("{\"status\": \"queued\"}"));
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
		JsonNode batches = lastBatch("/v2/bulkevents");
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).get("environment").asString()).isEqualTo("production");
		JsonNode data = batches.get(0).get("events").get(0).get("data");
		assertThat(data.get("event_name").asString()).isEqualTo("Button Clicked");
		assertThat(data.get("custom_event_type").asString()).isEqualTo("navigation");
		assertThat(data.get("custom_attributes")).isEqualTo(json("{\"button_name\": \"home\"}"));
		assertThat(data.get("source_message_id").asString()).hasSize(36);
		assertThat(data.get("timestamp_unixtime_ms").isIntegralNumber()).isTrue();
	}

	@Test
	void purchaseIsSentAsAProductBasedCommerceEvent() {
		post("/purchases", """
				{"customerId": "1234", "transactionId": "order-98765", "currency": "EUR",
				 "products": [{"sku": "sku-001", "name": "Espresso Beans", "price": 21.99, "quantity": 2},
				              {"sku": "sku-002", "name": "Filter", "price": 3.50}]}""");
		JsonNode event = lastBatch("/v2/events").get("events").get(0);
		assertThat(event.get("event_type").asString()).isEqualTo("commerce_event");
		JsonNode data = event.get("data");
		assertThat(data.get("currency_code").asString()).isEqualTo("EUR");
		assertThat(data.has("promotion_action")).isFalse();
		JsonNode action = data.get("product_action");
		assertThat(action.get("action").asString()).isEqualTo("purchase");
		assertThat(action.get("transaction_id").asString()).isEqualTo("order-98765");
		assertThat(action.get("total_amount").decimalValue()).isEqualByComparingTo("47.48");
		assertThat(action.get("products")).hasSize(2);
		assertThat(action.at("/products/0/total_product_amount").decimalValue()).isEqualByComparingTo("43.98");
		assertThat(action.at("/products/1/quantity").decimalValue()).isEqualByComparingTo("1");
	}

	@Test
	void sessionIsSentAsStartScreenViewsAndEndWithOneSessionId() {
		post("/sessions", """
				{"customerId": "1234", "screens": ["Home", "Settings"], "durationSeconds": 60}""");
		JsonNode events = lastBatch("/v2/events").get("events");
		assertThat(events).extracting((event) -> event.get("event_type").asString())
			.containsExactly("session_start", "screen_view", "screen_view", "session_end");
		JsonNode start = events.get(0).get("data");
		JsonNode end = events.get(3).get("data");
		assertThat(end.get("session_id")).isEqualTo(start.get("session_id"));
		assertThat(end.get("session_uuid")).isEqualTo(start.get("session_uuid"));
		assertThat(start.get("session_id").isIntegralNumber()).isTrue();
		assertThat(end.get("session_duration_ms").asLong()).isEqualTo(60_000);
		assertThat(end.get("timestamp_unixtime_ms").asLong() - start.get("timestamp_unixtime_ms").asLong())
			.isEqualTo(60_000);
		assertThat(events.get(1).at("/data/screen_name").asString()).isEqualTo("Home");
	}

	@Test
	void bulkUploadSendsOneBatchPerUserInOneRequest() {
		JsonNode response = postForJson("/bulk", """
				{"users": [{"customerId": "1001", "eventName": "Article Read"},
				           {"customerId": "1002", "eventName": "Article Read", "eventType": "user_content"},
				           {"customerId": "1003", "eventName": "Article Read"}]}""", 200);
		assertThat(response.get("sourceRequestIds")).hasSize(3);
		LoggedRequest request = eventsApi.lastRequest();
		assertThat(request.getUrl()).isEqualTo("/v2/bulkevents");
		assertThat(request.getHeader("Authorization")).as("sent to the feed input")
			.isEqualTo(EventsApiStub.basicAuth("sample-feed-key", "sample-feed-secret"));
		JsonNode batches = this.jsonMapper.readTree(request.getBodyAsString());
		assertThat(batches).extracting((batch) -> batch.at("/user_identities/customer_id").asString())
			.containsExactly("1001", "1002", "1003");
	}

	@Test
	void invalidDataIsAnsweredWith400AndTheViolationsAndNothingIsSent() {
		JsonNode response = postForJson("/events", """
				{"customerId": "1234", "eventName": "%s"}""".formatted("x".repeat(300)), 400);
		assertThat(response.get("violations")).isEqualTo(json("""
				[{"path": "batch.events[0].data.event_name", "rule": "must be at most 256 characters (is 300)"}]"""));
		assertThat(eventsApi.requests()).isEmpty();
	}

	@Test
	void missingFieldsAreAnsweredWith400() {
		assertThat(postForJson("/events", "{\"eventName\": \"x\"}", 400).get("error").asString())
			.isEqualTo("'customerId' is required");
		assertThat(
				postForJson("/events", "{\"customerId\": \"1\", \"eventName\": \"x\", \"eventType\": \"bogus\"}", 400)
					.get("error")
					.asString())
			.startsWith("'eventType' must be one of navigation, location, search");
		assertThat(postForJson("/purchases", "{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": []}", 400)
			.get("error")
			.asString()).isEqualTo("'products' must contain at least one product");
		assertThat(postForJson("/bulk", "{\"users\": []}", 400).get("error").asString())
			.isEqualTo("'users' must contain at least one user");
		assertThat(postForJson("/events", "not json", 400).get("error").asString())
			.isEqualTo("The request body is missing or is not valid JSON");
		assertThat(eventsApi.requests()).isEmpty();
	}

	@Test
	void mparticleErrorsAreAnsweredWith502() {
		eventsApi.answer(WireMock.aResponse()
			.withStatus(400)
			.withBody("{\"errors\": [{\"code\": \"BAD_REQUEST\", \"message\": \"Nope\"}]}"));
		JsonNode response = postForJson("/users", "{\"customerId\": \"1\"}", 502);
		assertThat(response.get("mparticleStatus").asInt()).isEqualTo(400);
		assertThat(response.get("error").asString()).endsWith("as malformed (400 Bad Request): BAD_REQUEST: Nope");
		JsonNode confirmed = postForJson("/events/confirmed", "{\"customerId\": \"1\", \"eventName\": \"x\"}", 502);
		assertThat(confirmed.get("mparticleStatus").asInt()).isEqualTo(400);
		assertThat(confirmed.get("reason").asString()).isEqualTo("bad_request");
		assertThat(confirmed.get("error").asString()).endsWith("as malformed (400 Bad Request): BAD_REQUEST: Nope");
	}

	private String post(String path, String body) {
		JsonNode response = postForJson(path, body, 200);
		assertThat(response.get("status").asInt()).isEqualTo(202);
		assertThat(response.get("attempts").asInt()).isEqualTo(1);
		return response.get("sourceRequestIds").get(0).asString();
	}

	private JsonNode postForJson(String path, String body, int status) {
		return JsonExchanges.post(this.client, path, body, status);
	}

	private JsonNode lastBatch(String path) {
		List<LoggedRequest> requests = eventsApi.requests();
		assertThat(requests).hasSize(1);
		LoggedRequest request = requests.get(0);
		assertThat(request.getUrl()).isEqualTo(path);
		assertThat(request.getHeader("Authorization")).isEqualTo(EventsApiStub.basicAuth());
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
		return this.jsonMapper.readTree(request.getBodyAsString());
	}

	private JsonNode json(String json) {
		return this.jsonMapper.readTree(json);
	}

}

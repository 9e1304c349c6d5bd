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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the sample without credentials: it sends to its local stand-in for the Events
 * API, which checks requests as mParticle does.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mparticle.api-key=", "mparticle.api-secret=" })
class LocalStandInTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private LocalEventsApi standIn;

	@Autowired
	private EventDispatcher dispatcher;

	private WebTestClient app;

	private WebTestClient standInClient;

	@BeforeEach
	void setUp() {
		this.app = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
		this.standInClient = WebTestClient.bindToServer().baseUrl(this.standIn.baseUrl().toString()).build();
	}

	@Test
	void sampleSendsToTheStandInAndShowsWhatItReceived() {
		int before = this.standIn.received().size();
		this.app.post()
			.uri("/users")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"42\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(202);
		JsonNode requests = receivedByTheStandIn();
		assertThat(requests).hasSize(before + 1);
		JsonNode last = requests.get(requests.size() - 1);
		assertThat(last.get("path").asString()).isEqualTo("/v2/events");
		assertThat(last.at("/body/user_identities/customer_id").asString()).isEqualTo("42");
		assertThat(last.at("/body/environment").asString()).isEqualTo("development");
		assertThat(this.standIn.baseUrl().getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void aQueuedEventShowsAtTheStandInOnceTheDispatcherSentIt() {
		this.app.post()
			.uri("/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"43\", \"eventName\": \"Queued\"}")
			.exchange()
			.expectStatus()
			.isAccepted();
		// the flush interval itself is tested in virtual time; here the dispatcher says
		// when what the sample queued is settled
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
		JsonNode bulk = null;
		for (JsonNode request : receivedByTheStandIn()) {
			if (request.get("path").asString().equals("/v2/bulkevents")
					&& request.at("/body/0/user_identities/customer_id").asString().equals("43")) {
				bulk = request;
			}
		}
		assertThat(bulk).as("the bulk request carrying the event").isNotNull();
		assertThat(bulk.at("/body/0/events/0/data/event_name").asString()).isEqualTo("Queued");
	}

	@Test
	void standInRejectsMissingAndWrongCredentials() {
		this.standInClient.post()
			.uri("/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(401)
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo("UNAUTHORIZED");
		this.standInClient.post()
			.uri("/events")
			.header("Authorization", basic("local-api-key", "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(403);
	}

	@Test
	void standInRejectsWrongContentTypeAndMalformedBatchesWithAnErrorsBody() {
		expect400(MediaType.TEXT_PLAIN, "{}", "Content-Type must be application/json, was text/plain.");
		expect400(MediaType.APPLICATION_JSON,
				"{\"environment\": \"production\", \"events\": [{\"event_type\": \"bogus\"}]}",
				"The body is not a valid batch: ");
		expect400(MediaType.APPLICATION_JSON, "{\"user_identities\": {\"customer_id\": \"1\"}}",
				"Batch 0: \"environment\" must be \"development\" or \"production\".");
		expect400(MediaType.APPLICATION_JSON, "[]", "The body must be a JSON object (one batch).");
		expect400(MediaType.APPLICATION_JSON, "{not json", "The body is not valid JSON: ");
	}

	@Test
	void standInAcceptsAValidBulkRequest() {
		this.standInClient.post()
			.uri("/bulkevents")
			.header("Authorization", basic(LocalEventsApi.API_KEY, LocalEventsApi.API_SECRET))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"environment\": \"development\", \"user_identities\": {\"customer_id\": \"1\"}}]")
			.exchange()
			.expectStatus()
			.isEqualTo(202);
	}

	private JsonNode receivedByTheStandIn() {
		return JsonExchanges.get(this.app, "/stand-in/requests");
	}

	private void expect400(MediaType contentType, String body, String messageStart) {
		byte[] response = this.standInClient.post()
			.uri("/events")
			.header("Authorization", basic(LocalEventsApi.API_KEY, LocalEventsApi.API_SECRET))
			.contentType(contentType)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(400)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode error = this.jsonMapper.readTree(response).at("/errors/0");
		assertThat(error.get("code").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.get("message").asString()).startsWith(messageStart);
	}

	private static String basic(String key, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}

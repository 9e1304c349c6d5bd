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

import java.util.stream.Stream;

import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Sends bad input to every endpoint of the running sample over HTTP: each gets a 400 that
 * names the field and says what is expected, and nothing reaches the Events API (a local
 * stand-in on 127.0.0.1).
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureLocalEventsApi
class SampleBadInputTests {

	@LocalServerPort
	private int port;

	@Autowired
	private LocalEventsApi standIn;

	private WebTestClient client;

	@BeforeEach
	void setUp() {
		this.standIn.clear();
		this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	static Stream<Arguments> badFields() {
		return Stream.of(
				// values the sample cannot use
				arguments("/sessions", "{\"customerId\": \"1\", \"durationSeconds\": 9223372036854775807}",
						"durationSeconds", "'durationSeconds' must be between 0 and 86400 (one day)"),
				arguments("/sessions", "{\"customerId\": \"1\", \"durationSeconds\": -1}", "durationSeconds",
						"'durationSeconds' must be between 0 and 86400 (one day)"),
				arguments("/bulk", "{\"users\": [null]}", "users[0]", "'users[0]' must not be null"),
				arguments("/bulk",
						"{\"users\": [{\"customerId\": \"1\", \"eventName\": \"x\"}, {\"eventName\": \"x\"}]}",
						"users[1].customerId", "'users[1].customerId' is required"),
				arguments("/bulk",
						"{\"users\": [{\"customerId\": \"1\", \"eventName\": \"x\", \"eventType\": \"bogus\"}]}",
						"users[0].eventType", "'users[0].eventType' must be one of navigation, location, search,"),
				arguments("/purchases", "{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": [null]}",
						"products[0]", "'products[0]' must not be null"),
				arguments("/purchases",
						"{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": "
								+ "[{\"sku\": \"a\", \"price\": 1e999999999}]}",
						"products[0].price", "'products[0].price' must be between 0 and 1000000000"),
				arguments("/purchases",
						"{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": "
								+ "[{\"sku\": \"a\", \"price\": -1}]}",
						"products[0].price", "'products[0].price' must be between 0 and 1000000000"),
				arguments("/purchases",
						"{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": "
								+ "[{\"sku\": \"a\", \"price\": 1, \"quantity\": -2}]}",
						"products[0].quantity", "'products[0].quantity' must be between 0 and 1000000000"),
				arguments("/events", "{\"customerId\": \"1\", \"eventName\": \"x\", \"attributes\": {\"a\": null}}",
						"attributes.a", "'attributes.a' must not be null"),
				// values of the wrong JSON type
				arguments("/sessions", "{\"customerId\": \"1\", \"durationSeconds\": \"abc\"}", "durationSeconds",
						"'durationSeconds' must be a whole number"),
				arguments("/sessions", "{\"customerId\": \"1\", \"durationSeconds\": 1.5}", "durationSeconds",
						"'durationSeconds' must be a whole number"),
				arguments("/sessions", "{\"customerId\": \"1\", \"durationSeconds\": 99999999999999999999}",
						"durationSeconds",
						"'durationSeconds' must be a whole number from -9223372036854775808 to 9223372036854775807"),
				arguments("/sessions", "{\"customerId\": \"1\", \"screens\": \"Home\"}", "screens",
						"'screens' must be an array"),
				arguments("/sessions", "{\"customerId\": \"1\", \"screens\": [\"Home\", {}]}", "screens[1]",
						"'screens[1]' must be a string"),
				arguments("/sessions", "{\"customerId\": {\"id\": 1}}", "customerId", "'customerId' must be a string"),
				arguments("/bulk", "{\"users\": \"x\"}", "users", "'users' must be an array"),
				arguments("/bulk", "{\"users\": [1]}", "users[0]", "'users[0]' must be a JSON object"),
				arguments("/bulk", "{\"users\": [{\"customerId\": [\"1\"]}]}", "users[0].customerId",
						"'users[0].customerId' must be a string"),
				arguments("/events", "{\"customerId\": \"1\", \"eventName\": \"x\", \"attributes\": []}", "attributes",
						"'attributes' must be a JSON object"),
				arguments("/events", "{\"customerId\": \"1\", \"eventName\": \"x\", \"attributes\": {\"a\": {}}}",
						"attributes.a", "'attributes.a' must be a string"),
				arguments("/purchases", "{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": {}}",
						"products", "'products' must be an array"),
				arguments("/purchases",
						"{\"customerId\": \"1\", \"transactionId\": \"t\", \"products\": "
								+ "[{\"sku\": \"a\", \"price\": \"x\"}]}",
						"products[0].price", "'products[0].price' must be a number"),
				arguments("/users", "{\"customerId\": \"1\", \"marketingConsent\": \"yes\"}", "marketingConsent",
						"'marketingConsent' must be true or false"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("badFields")
	void badFieldsAreAnsweredWith400NamingTheField(String path, String body, String field, String error) {
		JsonNode response = post(path, body);
		assertThat(response.get("error").asString()).startsWith(error);
		assertThat(response.get("field").asString()).isEqualTo(field);
		assertThat(this.standIn.received()).isEmpty();
	}

	@Test
	void aBodyThatIsNotAnObjectIsAnsweredWith400() {
		JsonNode response = post("/events", "[]");
		assertThat(response.get("error").asString()).isEqualTo("The request body must be a JSON object");
		assertThat(response.has("field")).isFalse();
	}

	@Test
	void malformedJsonIsStillReportedAsNotValidJson() {
		for (String body : new String[] { "not json", "{\"customerId\": \"1\", \"eventName\": \"x\"",
				"{\"customerId\": \"1\", \"durationSeconds\": 12abc}", "" }) {
			JsonNode response = post("/sessions", body);
			assertThat(response.get("error").asString()).as(body)
				.isEqualTo("The request body is missing or is not valid JSON");
			assertThat(response.has("field")).isFalse();
		}
		assertThat(this.standIn.received()).isEmpty();
	}

	@Test
	void theLongestSessionAndTheLargestAmountsAreSent() {
		this.client.post()
			.uri("/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"1\", \"durationSeconds\": 86400}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.post()
			.uri("/purchases")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerId\": \"1\", \"transactionId\": \"t\", "
					+ "\"products\": [{\"sku\": \"a\", \"price\": 1000000000, \"quantity\": 1000000000}]}")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.standIn.batches()).hasSize(2);
	}

	private JsonNode post(String path, String body) {
		return JsonExchanges.post(this.client, path, body, 400);
	}

}

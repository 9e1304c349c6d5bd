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

package io.github.mparticle4j.docs;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.model.Batch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's {@link WebFluxSignUpController} in WebFlux against a WireMock server
 * on 127.0.0.1 standing in for the Events API.
 *
 * @author mparticle4j contributors
 */
class WebFluxSignUpControllerTests {

	private static final MockEventsApi server = new MockEventsApi();

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/events");
	}

	@Test
	void signUpSendsABatchAndAnswersWithItsSourceRequestId() {
		String body;
		try (EventsApi api = server.builder().environment(Batch.Environment.DEVELOPMENT).build()) {
			body = WebTestClient.bindToController(new WebFluxSignUpController(api))
				.build()
				.post()
				.uri("/sign-ups/1234")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
		}
		assertThat(server.requests()).hasSize(1);
		LoggedRequest request = server.requests().get(0);
		assertThat(request.getUrl()).isEqualTo("/v2/events");
		JsonNode batch = JsonMapper.builder().build().readTree(request.getBodyAsString());
		assertThat(batch.path("user_identities").path("customer_id").asString()).isEqualTo("1234");
		assertThat(batch.path("events").get(0).path("data").path("event_name").asString()).isEqualTo("Sign Up");
		assertThat(body).isEqualTo("sent " + batch.path("source_request_id").asString());
	}

}

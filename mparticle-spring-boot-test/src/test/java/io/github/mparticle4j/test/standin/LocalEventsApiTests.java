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

package io.github.mparticle4j.test.standin;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.github.mparticle4j.model.CommerceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LocalEventsApi}, over HTTP on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class LocalEventsApiTests {

	private static final String BATCH = """
			{"environment": "development", "user_identities": {"customer_id": "%s"}}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final LocalEventsApi standIn = LocalEventsApi.start(0);

	@AfterEach
	void stop() {
		this.standIn.stop();
	}

	@Test
	void listensOnTheLoopbackAddressWithTheBasePathOfTheEventsApi() {
		assertThat(this.standIn.baseUrl().getHost()).isEqualTo("127.0.0.1");
		assertThat(this.standIn.baseUrl().getPath()).isEqualTo("/v2");
	}

	@Test
	void batchesOfSingleAndBulkRequestsAreReturnedInOrder() throws Exception {
		assertThat(post("/events", BATCH.formatted("1")).statusCode()).isEqualTo(202);
		assertThat(post("/bulkevents", "[" + BATCH.formatted("2") + "," + BATCH.formatted("3") + "]").statusCode())
			.isEqualTo(202);
		assertThat(this.standIn.received()).extracting(LocalEventsApi.ReceivedRequest::path)
			.containsExactly("/v2/events", "/v2/bulkevents");
		assertThat(this.standIn.batches()).extracting((batch) -> batch.getUserIdentities().getCustomerId())
			.containsExactly("1", "2", "3");
	}

	@Test
	void amountsBeyondTheRangeOfADoubleAreKeptExactly() throws Exception {
		String purchase = """
				{"environment": "development", "user_identities": {"customer_id": "1"},
				 "events": [{"event_type": "commerce_event", "data": {"product_action": {"action": "purchase",
				   "total_amount": 1E+400, "products": [{"id": "sku", "price": 0.1}]}}}]}""";
		assertThat(post("/events", purchase).statusCode()).isEqualTo(202);
		CommerceEvent event = (CommerceEvent) this.standIn.batches().get(0).getEvents().get(0);
		assertThat(event.getProductAction().getTotalAmount()).isEqualByComparingTo(new BigDecimal("1E+400"));
		assertThat(event.getProductAction().getProducts().get(0).getPrice()).isEqualTo(new BigDecimal("0.1"));
	}

	@Test
	void failNextAnswersTheGivenStatusForTheGivenNumberOfRequests() throws Exception {
		this.standIn.failNext(2, 429);
		this.standIn.failNext(1, 503);
		HttpResponse<String> first = post("/events", BATCH.formatted("1"));
		assertThat(first.statusCode()).isEqualTo(429);
		assertThat(first.body()).contains("\"code\":\"TOO_MANY_REQUESTS\"");
		assertThat(post("/events", BATCH.formatted("1")).statusCode()).isEqualTo(429);
		assertThat(post("/bulkevents", "[" + BATCH.formatted("1") + "]").statusCode()).isEqualTo(503);
		assertThat(this.standIn.received()).isEmpty();
		assertThat(post("/events", BATCH.formatted("1")).statusCode()).isEqualTo(202);
		assertThat(this.standIn.received()).hasSize(1);
	}

	@Test
	void credentialsAreCheckedBeforeScriptedFailures() throws Exception {
		this.standIn.failNext(1, 503);
		HttpRequest unauthenticated = HttpRequest.newBuilder(URI.create(this.standIn.baseUrl() + "/events"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(BATCH.formatted("1")))
			.build();
		assertThat(this.http.send(unauthenticated, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		assertThat(post("/events", BATCH.formatted("1")).statusCode()).isEqualTo(503);
	}

	@Test
	void failNextRejectsStatusesThatAreNotErrors() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.standIn.failNext(1, 202))
			.withMessageContaining("'status' must be an error status");
		assertThatIllegalArgumentException().isThrownBy(() -> this.standIn.failNext(-1, 400))
			.withMessageContaining("'requests' must not be negative");
	}

	@Test
	void clearForgetsRequestsAndPendingFailures() throws Exception {
		post("/events", BATCH.formatted("1"));
		this.standIn.failNext(3, 400);
		this.standIn.clear();
		assertThat(this.standIn.received()).isEmpty();
		assertThat(post("/events", BATCH.formatted("2")).statusCode()).isEqualTo(202);
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		String credentials = LocalEventsApi.API_KEY + ":" + LocalEventsApi.API_SECRET;
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.standIn.baseUrl() + path))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

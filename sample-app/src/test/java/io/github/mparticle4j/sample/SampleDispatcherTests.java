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

import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests the sample's custom event endpoints, which send through the auto-configured
 * {@link EventDispatcher}, over HTTP against the local stand-in for the Events API:
 * {@code POST /events} answers at once and the event arrives in the background, merged
 * with the other events of its user; {@code POST /events/confirmed} answers once the
 * stand-in accepted it.
 *
 * @author mparticle4j contributors
 */
// a wide window, so that the events of a user are merged however slow the machine
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mparticle.dispatcher.flush-interval=3s")
@AutoConfigureLocalEventsApi
class SampleDispatcherTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private LocalEventsApi standIn;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private MParticleInputs inputs;

	private WebTestClient client;

	@BeforeEach
	void setUp() {
		this.standIn.clear();
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Test
	void anEventIsAnsweredWith202AtOnceAndArrivesInTheBackground() {
		JsonNode response = post("/events", """
				{"customerId": "1234", "eventName": "Button Clicked", "eventType": "navigation",
				 "attributes": {"button": "home"}}""", 202);
		assertThat(response).isEqualTo(json("{\"status\": \"queued\"}"));
		flush();
		assertThat(this.standIn.received()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v2/bulkevents"));
		assertThat(this.standIn.batches()).singleElement().satisfies((batch) -> {
			assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234");
			assertThat(batch.getEnvironment()).isEqualTo(Batch.Environment.DEVELOPMENT);
			assertThat(batch.getEvents()).singleElement().isInstanceOfSatisfying(AppEvent.class, (event) -> {
				assertThat(event.getEventName()).isEqualTo("Button Clicked");
				assertThat(event.getCustomEventType()).isEqualTo(AppEvent.CustomEventType.NAVIGATION);
				assertThat(event.getCustomAttributes()).containsEntry("button", "home");
			});
		});
	}

	@Test
	void aConfirmedEventIsAnsweredOnceTheStandInAcceptedIt() {
		JsonNode response = post("/events/confirmed", "{\"customerId\": \"42\", \"eventName\": \"Confirmed\"}", 200);
		assertThat(response.get("status").asInt()).isEqualTo(202);
		assertThat(response.get("attempts").asInt()).isEqualTo(1);
		assertThat(response.get("mergedBatches").asInt()).isEqualTo(1);
		// no flush: the answer came after the stand-in accepted the batch
		assertThat(this.standIn.batches()).singleElement()
			.satisfies((batch) -> assertThat(batch.getSourceRequestId())
				.isEqualTo(response.get("sourceRequestId").asString()));
	}

	@Test
	void eventsOfOneUserWithinTheFlushIntervalArriveAsOneBatch() {
		DispatcherStatus before = this.dispatcher.status();
		post("/events", "{\"customerId\": \"7\", \"eventName\": \"First\"}", 202);
		post("/events", "{\"customerId\": \"7\", \"eventName\": \"Second\"}", 202);
		post("/events", "{\"customerId\": \"8\", \"eventName\": \"Other user\"}", 202);
		flush();
		assertThat(this.standIn.received()).as("one bulk request").hasSize(1);
		List<Batch> batches = this.standIn.batches();
		assertThat(batches).extracting((batch) -> batch.getUserIdentities().getCustomerId()).containsExactly("7", "8");
		assertThat(batches.get(0).getEvents()).extracting((event) -> ((AppEvent) event).getEventName())
			.containsExactly("First", "Second");
		JsonNode status = get("/events/dispatcher");
		assertThat(status.get("enqueued").asLong() - before.enqueued()).isEqualTo(3);
		assertThat(status.get("sentBatches").asLong() - before.sentBatches()).isEqualTo(2);
		assertThat(status.get("queuedBatches").asInt()).isZero();
		assertThat(status.get("accepting").asBoolean()).isTrue();
	}

	@Test
	void anInvalidEventIsRefusedWith400NamingTheFieldAndNothingIsQueued() {
		long enqueued = this.dispatcher.status().enqueued();
		JsonNode response = post("/events", """
				{"customerId": "1234", "eventName": "%s"}""".formatted("x".repeat(300)), 400);
		assertThat(response.get("violations")).isEqualTo(json("""
				[{"path": "batch.events[0].data.event_name", "rule": "must be at most 256 characters (is 300)"}]"""));
		assertThat(post("/events", "{\"eventName\": \"x\"}", 400).get("field").asString()).isEqualTo("customerId");
		assertThat(this.dispatcher.status().enqueued()).isEqualTo(enqueued);
		flush();
		assertThat(this.standIn.received()).isEmpty();
	}

	@Test
	void aConfirmedEventThatMParticleRefusesIsAnsweredWith502AndTheReason() {
		this.standIn.failNext(1, 400);
		JsonNode response = post("/events/confirmed", "{\"customerId\": \"9\", \"eventName\": \"Refused\"}", 502);
		assertThat(response.get("reason").asString()).isEqualTo("bad_request");
		assertThat(response.get("mparticleStatus").asInt()).isEqualTo(400);
		assertThat(response.get("sourceRequestIds")).hasSize(1);
		assertThat(this.standIn.batches()).isEmpty();
	}

	@Test
	void theFeedInputSendsBulkImportsOnlyAndHasNoDispatcher() {
		assertThat(this.inputs.names()).contains("feed");
		assertThatIllegalStateException().isThrownBy(() -> this.inputs.getDispatcher("feed"))
			.withMessageContaining("mparticle.inputs.feed.dispatcher.enabled");
		assertThat(this.inputs.getDefaultDispatcher()).isSameAs(this.dispatcher);
	}

	private void flush() {
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
	}

	private JsonNode post(String path, String body, int status) {
		return JsonExchanges.post(this.client, path, body, status);
	}

	private JsonNode get(String path) {
		return JsonExchanges.get(this.client, path);
	}

	private JsonNode json(String json) {
		return this.jsonMapper.readTree(json);
	}

}

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

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import io.github.mparticle4j.test.recording.RecordedRequest;
import io.github.mparticle4j.test.recording.ScriptedResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the sample's endpoints with {@code @AutoConfigureRecordingEventsApi}: what the
 * real client and the auto-configured dispatcher would send for a request to the sample,
 * and how the sample answers when mParticle rejects it or does not accept it in time.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mparticle.retry.max-attempts=1", "mparticle.dispatcher.flush-interval=100ms",
				"sample.confirmation-timeout=1s" })
@AutoConfigureRecordingEventsApi
class SampleRecordingTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EventsApiRecorder recorder;

	@Autowired
	private EventDispatcher dispatcher;

	@Test
	void aCustomEventIsQueuedAndSentWithItsAttributes() {
		post("/events", "{\"customerId\": \"1234\", \"eventName\": \"Button Clicked\", \"eventType\": \"navigation\","
				+ " \"attributes\": {\"button\": \"home\"}}", 202);
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
		assertThat(this.recorder.events(AppEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getEventName()).isEqualTo("Button Clicked");
			assertThat(event.getCustomEventType()).isEqualTo(AppEvent.CustomEventType.NAVIGATION);
			assertThat(event.getCustomAttributes()).containsEntry("button", "home");
		});
		assertThat(this.recorder.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/bulkevents");
			assertThat(request.jsonContent()).isLenientlyEqualTo("""
					[{"environment": "development", "user_identities": {"customer_id": "1234"}}]""");
		});
	}

	@Test
	void aRejectionByMParticleIsAnsweredWith502() {
		this.recorder.willRespond(ScriptedResponse.badRequest("BAD_REQUEST", "Invalid batch"));
		post("/users", "{\"customerId\": \"1234\"}", 502);
		assertThat(this.recorder.batches()).isEmpty();
		assertThat(this.recorder.requests()).hasSize(1);
	}

	@Test
	void aRejectedConfirmedEventIsAnsweredWith502() {
		this.recorder.willRespond(ScriptedResponse.badRequest("BAD_REQUEST", "Invalid batch"));
		post("/events/confirmed", "{\"customerId\": \"1234\", \"eventName\": \"Button Clicked\"}", 502);
		assertThat(this.recorder.batches()).isEmpty();
		assertThat(this.recorder.requests()).singleElement()
			.satisfies((request) -> assertThat(request.responseStatus()).isEqualTo(400));
	}

	@Test
	void aConfirmedEventThatMParticleDoesNotAcceptInTimeIsAnsweredWith504AndStaysQueued() {
		// sent after 100 ms, then again after pauses of at least 500 ms and 1 s
		this.recorder.willRespond(ScriptedResponse.serviceUnavailable(), ScriptedResponse.serviceUnavailable());
		post("/events/confirmed", "{\"customerId\": \"1234\", \"eventName\": \"Late\"}", 504);
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
		assertThat(this.recorder.requests()).extracting(RecordedRequest::responseStatus).containsExactly(503, 503, 202);
		assertThat(this.recorder.events(AppEvent.class)).extracting(AppEvent::getEventName).containsExactly("Late");
	}

	private void post(String path, String body, int expectedStatus) {
		WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.build()
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus);
	}

}

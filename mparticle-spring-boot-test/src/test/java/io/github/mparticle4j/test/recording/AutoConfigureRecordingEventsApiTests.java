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

package io.github.mparticle4j.test.recording;

import java.time.Duration;
import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleBadRequestException;
import io.github.mparticle4j.client.MParticleTransportException;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.autoconfigure.RecordingEventsApiAutoConfiguration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AutoConfigureRecordingEventsApi @AutoConfigureRecordingEventsApi} in a
 * Spring Boot test whose {@code application.yml}-style properties hold unresolved
 * placeholders, as a user's would on a machine without mParticle credentials.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = RecordingApplication.class,
		properties = { "mparticle.api-key=${MPARTICLE4J_UNSET_KEY}", "mparticle.api-secret=${MPARTICLE4J_UNSET_SECRET}",
				"mparticle.retry.initial-backoff=10ms", "mparticle.retry.max-backoff=10ms",
				"spring.main.web-application-type=none" })
@AutoConfigureRecordingEventsApi
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureRecordingEventsApiTests {

	@Autowired
	private RecordingApplication.SignUps signUps;

	@Autowired
	private EventsApiRecorder recorder;

	@Autowired
	private EventsApi eventsApi;

	@Test
	@Order(1)
	void recordsExactlyWhatWouldBeSent() {
		UploadResult result = this.signUps.signedUp("1234").block(Duration.ofSeconds(10));
		assertThat(result.statusCode()).isEqualTo(202);
		assertThat(result.sourceRequestIds()).containsExactly("sign-up-1234");
		assertThat(this.recorder.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/events");
			assertThat(request.isBulk()).isFalse();
			assertThat(request.headers().getFirst(HttpHeaders.AUTHORIZATION))
				.isEqualTo("Basic " + HttpHeaders.encodeBasicAuth(RecordingEventsApiAutoConfiguration.API_KEY,
						RecordingEventsApiAutoConfiguration.API_SECRET, null));
			assertThat(request.jsonContent()).isStrictlyEqualTo("""
					{"source_request_id": "sign-up-1234", "environment": "development",
					 "user_identities": {"customer_id": "1234"},
					 "events": [{"event_type": "custom_event", "data": {"custom_event_type": "user_preference",
					   "event_name": "Sign Up", "source_message_id": "message-1234"}}]}""");
		});
		assertThat(this.recorder.batches()).singleElement()
			.satisfies((batch) -> assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234"));
		assertThat(this.recorder.events(AppEvent.class)).extracting(AppEvent::getEventName).containsExactly("Sign Up");
	}

	@Test
	@Order(2)
	void theRecorderIsResetAfterEachTest() {
		assertThat(this.recorder.requests()).isEmpty();
	}

	@Test
	void invalidBatchesFailAsInProductionAndAreNotRecorded() {
		Batch invalid = new Batch().userIdentities(new UserIdentities().customerId(""));
		assertThatExceptionOfType(MParticleValidationException.class)
			.isThrownBy(() -> this.eventsApi.uploadEvents(invalid).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(MParticleValidationException.Violation::path)
				.contains("batch.user_identities.customer_id"));
		assertThat(this.recorder.requests()).isEmpty();
	}

	@Test
	void aScriptedBadRequestFailsWithMParticlesErrors() {
		this.recorder.willRespond(ScriptedResponse.badRequest("BAD_REQUEST", "Invalid batch"));
		assertThatExceptionOfType(MParticleBadRequestException.class)
			.isThrownBy(() -> this.signUps.signedUp("1").block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly(new MParticleBadRequestException.ApiError("BAD_REQUEST", "Invalid batch")));
		assertThat(this.recorder.requests()).singleElement()
			.satisfies((request) -> assertThat(request.responseStatus()).isEqualTo(400));
		assertThat(this.recorder.batches()).as("accepted batches").isEmpty();
	}

	@Test
	void aScriptedRateLimitIsHonouredAndRetried() {
		// a zero Retry-After keeps this test off the clock: VirtualTimeExampleTests shows
		// the wait honoured
		this.recorder.willRespond(ScriptedResponse.rateLimited(Duration.ZERO));
		UploadResult result = this.signUps.signedUp("2").block(Duration.ofSeconds(10));
		assertThat(result.attempts()).isEqualTo(2);
		assertThat(this.recorder.requests()).extracting(RecordedRequest::responseStatus).containsExactly(429, 202);
		List<RecordedRequest> requests = this.recorder.requests();
		assertThat(requests).extracting(RecordedRequest::json)
			.as("the retry resends the same bytes")
			.containsOnly(requests.get(0).json());
	}

	@Test
	void aScriptedTransportFailureIsRetriedThenReported() {
		this.recorder.willAlwaysRespond(ScriptedResponse.connectionReset());
		assertThatExceptionOfType(MParticleTransportException.class)
			.isThrownBy(() -> this.signUps.signedUp("3").block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(5));
		assertThat(this.recorder.requests()).hasSize(5).allSatisfy((request) -> {
			assertThat(request.responseStatus()).isZero();
			assertThat(request.batches()).extracting(Batch::getSourceRequestId).containsExactly("sign-up-3");
		});
	}

	@Test
	void bulkUploadsAreRecordedBatchByBatch() {
		List<Batch> batches = List.of(
				new Batch().userIdentities(new UserIdentities().customerId("a"))
					.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "A")),
				new Batch().userIdentities(new UserIdentities().customerId("b"))
					.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "B")));
		this.eventsApi.bulkUploadEvents(batches).block(Duration.ofSeconds(10));
		assertThat(this.recorder.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/bulkevents");
			assertThat(request.isBulk()).isTrue();
		});
		assertThat(this.recorder.batches()).extracting((batch) -> batch.getUserIdentities().getCustomerId())
			.containsExactly("a", "b");
		assertThat(this.recorder.events()).hasSize(2);
	}

}

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

package io.github.mparticle4j.test.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleResponseException;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApiTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AutoConfigureLocalEventsApi @AutoConfigureLocalEventsApi}: the
 * auto-configured {@link EventsApi} sends over HTTP to the stand-in, with no properties.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = LocalEventsApiTestApplication.class, properties = "mparticle.retry.initial-backoff=10ms")
@AutoConfigureLocalEventsApi
class AutoConfigureLocalEventsApiTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private EventsApi eventsApi;

	@Autowired
	private LocalEventsApi standIn;

	@Autowired
	private MParticleConnectionDetails connectionDetails;

	@BeforeEach
	void clear() {
		this.standIn.clear();
	}

	@Test
	void connectionDetailsPointAtTheStandInOnTheLoopbackAddress() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.standIn.baseUrl());
		assertThat(this.standIn.baseUrl().getHost()).isEqualTo("127.0.0.1");
		assertThat(this.standIn.baseUrl().getPort()).isPositive();
		assertThat(this.connectionDetails.getApiKey()).isEqualTo(LocalEventsApi.API_KEY);
		assertThat(this.connectionDetails.getApiSecret()).isEqualTo(LocalEventsApi.API_SECRET);
	}

	@Test
	void uploadsAreSentToTheStandInAndRecorded() {
		UploadResult result = this.eventsApi.uploadEvents(signUp("1234")).block(TIMEOUT);
		assertThat(result.statusCode()).isEqualTo(202);
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(this.standIn.received()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/events");
			assertThat(request.body().at("/user_identities/customer_id").asString()).isEqualTo("1234");
		});
		assertThat(this.standIn.batches()).singleElement().satisfies((batch) -> {
			assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234");
			assertThat(batch.getEnvironment()).isEqualTo(Batch.Environment.DEVELOPMENT);
			assertThat(batch.getSourceRequestId()).isEqualTo(result.sourceRequestIds().get(0));
			assertThat(batch.getEvents()).singleElement()
				.isInstanceOfSatisfying(AppEvent.class,
						(event) -> assertThat(event.getEventName()).isEqualTo("Sign Up"));
		});
	}

	@Test
	void bulkUploadsAreRecordedAsOneBatchPerUser() {
		UploadResult result = this.eventsApi.bulkUploadEvents(List.of(signUp("1"), signUp("2"), signUp("3")))
			.block(TIMEOUT);
		assertThat(result.statusCode()).isEqualTo(202);
		assertThat(this.standIn.received()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/v2/bulkevents"));
		assertThat(this.standIn.batches()).extracting((batch) -> batch.getUserIdentities().getCustomerId())
			.containsExactly("1", "2", "3");
	}

	@Test
	void scriptedErrorsReachTheClientAndAreNotRecorded() {
		this.standIn.failNext(1, 400);
		assertThatExceptionOfType(MParticleResponseException.class)
			.isThrownBy(() -> this.eventsApi.uploadEvents(signUp("1")).block(TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getResponseBody()).contains("BAD_REQUEST");
			});
		assertThat(this.standIn.received()).isEmpty();
		assertThat(this.eventsApi.uploadEvents(signUp("2")).block(TIMEOUT).statusCode()).isEqualTo(202);
		assertThat(this.standIn.batches()).hasSize(1);
	}

	@Test
	void scriptedServiceUnavailableIsRetriedByTheClient() {
		this.standIn.failNext(2, 503);
		UploadResult result = this.eventsApi.uploadEvents(signUp("1")).block(TIMEOUT);
		assertThat(result.statusCode()).isEqualTo(202);
		assertThat(result.attempts()).isEqualTo(3);
		assertThat(this.standIn.received()).hasSize(1);
	}

	@Test
	void clearForgetsReceivedRequestsAndPendingFailures() {
		this.eventsApi.uploadEvents(signUp("1")).block(TIMEOUT);
		this.standIn.failNext(5, 403);
		this.standIn.clear();
		assertThat(this.standIn.received()).isEmpty();
		assertThat(this.standIn.batches()).isEmpty();
		assertThat(this.eventsApi.uploadEvents(signUp("2")).block(TIMEOUT).statusCode()).isEqualTo(202);
	}

	private static Batch signUp(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up"));
	}

}

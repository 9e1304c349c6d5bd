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

package io.github.mparticle4j.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the "Sending data" examples of the README against a WireMock server. The regions
 * between the {@code tag} comments are copied verbatim in the README.
 *
 * @author mparticle4j contributors
 */
class ReadmeClientExamplesTests {

	private static final MockEventsApi mock = new MockEventsApi();

	private final List<String> output = new ArrayList<>();

	private EventsApi api;

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void setUp() {
		mock.reset();
		mock.accept("/events");
		mock.accept("/bulkevents");
		this.api = mock.builder().environment(Batch.Environment.DEVELOPMENT).build();
	}

	@AfterEach
	void tearDown() {
		this.api.close();
	}

	@Test
	void createTheApi() {
		// @formatter:off
		// tag::client-create[]
		EventsApi api = EventsApi.builder(new ApiCredentials("REPLACE_WITH_API_KEY", "REPLACE_WITH_API_SECRET"))
			.pod(Pod.EU1)                                   // the data center of your organization
			.environment(Batch.Environment.DEVELOPMENT)     // for batches that set none
			.build();
		// end::client-create[]
		// @formatter:on
		assertThat(api).isNotNull();
		api.close();
	}

	@Test
	void uploadOneBatch() {
		EventsApi api = this.api;
		// @formatter:off
		// tag::client-upload[]
		Batch batch = new Batch()
			.userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));

		UploadResult result = api.uploadEvents(batch).block();         // blocking

		Mono<UploadResult> upload = api.uploadEvents(batch);           // or reactive: sends when subscribed
		// end::client-upload[]
		// @formatter:on
		assertThat(result.statusCode()).isEqualTo(202);
		assertThat(upload.block(Duration.ofSeconds(10)).sourceRequestIds()).hasSize(1);
		assertThat(mock.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.getBodyAsString()).contains("\"customer_id\":\"1234\""));
	}

	@Test
	void uploadInBulk() {
		EventsApi api = this.api;
		// @formatter:off
		// tag::client-bulk[]
		List<Batch> batches = List.of(
				new Batch().userIdentities(new UserIdentities().customerId("1001"))
					.addEvent(new AppEvent(AppEvent.CustomEventType.USER_CONTENT, "Article Read")),
				new Batch().userIdentities(new UserIdentities().customerId("1002"))
					.userAttribute("tier", "gold")
					.addEvent(new ScreenViewEvent("Settings")));

		UploadResult result = api.bulkUploadEvents(batches).block();   // up to 100 batches per request
		// end::client-bulk[]
		// @formatter:on
		assertThat(result.sourceRequestIds()).hasSize(2);
		assertThat(mock.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getUrl()).isEqualTo("/v2/bulkevents"));
	}

	@Test
	void handleErrors() {
		mock.stub(WireMock.post("/v2/events")
			.willReturn(aResponse().withStatus(400)
				.withBody("{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"Invalid event\"}]}")));
		EventsApi api = this.api;
		Batch batch = new Batch().userIdentities(new UserIdentities().customerId("1"));
		// @formatter:off
		// tag::client-errors[]
		try {
			api.uploadEvents(batch).block();
		}
		catch (MParticleValidationException ex) {          // nothing was sent
			ex.getViolations().forEach((violation) -> print(violation.path() + ": " + violation.rule()));
		}
		catch (MParticleBadRequestException ex) {          // 400, not retried
			ex.getErrors().forEach((error) -> print(error.code() + ": " + error.message()));
		}
		catch (MParticleException ex) {                    // anything else, after retries
			print(ex.getMessage() + ", resend " + ex.getSourceRequestIds() + " later");
		}
		// end::client-errors[]
		// @formatter:on
		assertThat(this.output).containsExactly("BAD_REQUEST: Invalid event");
		this.output.clear();
		Batch invalid = new Batch();
		api.uploadEvents(invalid).onErrorResume(MParticleValidationException.class, (ex) -> {
			print(ex.getViolations().get(0).toString());
			return Mono.empty();
		}).block(Duration.ofSeconds(10));
		assertThat(this.output).containsExactly("batch: must identify its user with a user identity, a device identity"
				+ " in device_info, an mpid or an mp_deviceid");
	}

	private void print(String line) {
		this.output.add(line);
	}

}

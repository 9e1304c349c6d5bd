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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests what {@link EventsApi} sends: method, path, headers and body of single and bulk
 * uploads, against a WireMock server on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class EventsApiRequestTests {

	private static final MockEventsApi mock = new MockEventsApi();

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void reset() {
		mock.reset();
		mock.accept("/events");
		mock.accept("/bulkevents");
	}

	@Test
	void uploadEventsPostsOneBatchWithBasicAuthAndJson() throws Exception {
		try (EventsApi api = mock.builder().build()) {
			UploadResult result = api.uploadEvents(DocumentedExamples.customEvent()).block(Duration.ofSeconds(10));
			assertThat(result).isEqualTo(new UploadResult(202, 1, List.of("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91"),
					mock.requests().get(0).getBody().length, null));
		}
		LoggedRequest request = single();
		assertThat(request.getMethod().getName()).isEqualTo("POST");
		assertThat(request.getUrl()).isEqualTo("/v2/events");
		assertThat(request.getHeader("Authorization"))
			.isEqualTo(MockEventsApi.basicAuth("test-key", "test-secret-do-not-log"));
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(request.getBody().length));
		assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		assertThat(request.getHeader("User-Agent")).matches("mparticle-spring-boot/0\\.1\\.0-SNAPSHOT \\(Java \\d+\\)");
		JSONAssert.assertEquals(golden("7.1-custom-event"), request.getBodyAsString(), JSONCompareMode.STRICT);
	}

	@Test
	void bulkUploadEventsPostsAnArrayOfBatches() throws Exception {
		try (EventsApi api = mock.builder().build()) {
			UploadResult result = api.bulkUploadEvents(DocumentedExamples.bulk()).block(Duration.ofSeconds(10));
			assertThat(result.sourceRequestIds()).containsExactly("5f0c2d7a-9b1e-4c3d-8a2f-6e7d8c9b0a11",
					"7b2e4f9c-1d3a-4e5f-8b4c-9a0b1c2d3e33");
			assertThat(result.statusCode()).isEqualTo(202);
		}
		LoggedRequest request = single();
		assertThat(request.getUrl()).isEqualTo("/v2/bulkevents");
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
		JSONAssert.assertEquals(golden("7.5-bulk"), request.getBodyAsString(), JSONCompareMode.STRICT);
	}

	@Test
	void everyDocumentedExampleIsSentExactly() throws Exception {
		try (EventsApi api = mock.builder().build()) {
			for (String name : List.of("7.2-commerce-purchase", "7.2-commerce-promotion", "7.2-commerce-impression",
					"7.3-session", "7.4-consent", "7.7-minimal")) {
				mock.reset();
				mock.accept("/events");
				Batch batch = this.jsonMapper.readValue(golden(name), Batch.class).sourceRequestId("id-" + name);
				api.uploadEvents(batch).block(Duration.ofSeconds(10));
				ObjectNode expected = (ObjectNode) this.jsonMapper.readTree(golden(name));
				expected.put("source_request_id", "id-" + name);
				JSONAssert.assertEquals(expected.toString(), single().getBodyAsString(), JSONCompareMode.STRICT);
			}
		}
	}

	@Test
	void batchWithoutEnvironmentOrSourceRequestIdGetsTheDefaultsWithoutBeingModified() throws Exception {
		Batch batch = new Batch().userIdentities(new UserIdentities().customerId("1"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "click"));
		Batch before = batch.copy();
		UploadResult result;
		try (EventsApi api = mock.builder().environment(Batch.Environment.PRODUCTION).build()) {
			result = api.uploadEvents(batch).block(Duration.ofSeconds(10));
		}
		String sourceRequestId = result.sourceRequestIds().get(0);
		assertThat(UUID.fromString(sourceRequestId)).hasToString(sourceRequestId);
		JSONAssert.assertEquals("""
				{"environment": "production", "source_request_id": "%s",
				 "user_identities": {"customer_id": "1"},
				 "events": [{"event_type": "custom_event",
				   "data": {"event_name": "click", "custom_event_type": "other"}}]}
				""".formatted(sourceRequestId), single().getBodyAsString(), JSONCompareMode.STRICT);
		assertThat(batch).isEqualTo(before);
		assertThat(batch.getSourceRequestId()).isNull();
	}

	@Test
	void environmentOfTheBatchWinsOverTheDefault() throws Exception {
		try (EventsApi api = mock.builder().environment(Batch.Environment.PRODUCTION).build()) {
			api.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
		}
		assertThat(this.jsonMapper.readTree(single().getBody()).get("environment").asString()).isEqualTo("development");
	}

	@Test
	void eachBatchOfABulkUploadGetsItsOwnSourceRequestId() throws Exception {
		List<Batch> batches = List.of(DocumentedExamples.minimal(), DocumentedExamples.minimal(),
				DocumentedExamples.minimal().sourceRequestId("mine"));
		UploadResult result;
		try (EventsApi api = mock.builder().build()) {
			result = api.bulkUploadEvents(batches).block(Duration.ofSeconds(10));
		}
		assertThat(result.sourceRequestIds()).hasSize(3).doesNotHaveDuplicates().endsWith("mine");
		assertThat(this.jsonMapper.readTree(single().getBody()).findValuesAsString("source_request_id"))
			.isEqualTo(result.sourceRequestIds());
	}

	@Test
	void resubscribingSendsTheSameBytes() {
		try (EventsApi api = mock.builder().build()) {
			var upload = api.uploadEvents(new Batch(Batch.Environment.DEVELOPMENT)
				.userIdentities(new UserIdentities().email("a@example.com")));
			upload.block(Duration.ofSeconds(10));
			upload.block(Duration.ofSeconds(10));
		}
		List<LoggedRequest> requests = mock.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBody()).isEqualTo(requests.get(0).getBody());
	}

	@Test
	void concurrentSubscriptionsToOneUploadEachGetTheirOwnRetries() {
		mock.stub(WireMock.post("/v2/events").willReturn(aResponse().withStatus(503).withFixedDelay(100)));
		try (EventsApi api = mock.builder()
			.maxAttempts(3)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(20))
			.build()) {
			var upload = api.uploadEvents(DocumentedExamples.minimal())
				.map(UploadResult::attempts)
				.onErrorResume(MParticleServerException.class, (ex) -> Mono.just(ex.getAttempts()));
			var attempts = Mono.zip(upload, upload).block(Duration.ofSeconds(10));
			assertThat(List.of(attempts.getT1(), attempts.getT2())).containsExactly(3, 3);
		}
		assertThat(mock.requests()).hasSize(6);
	}

	@Test
	void rateLimitUsageIsReported() {
		mock.stub(WireMock.post("/v2/events")
			.willReturn(aResponse().withStatus(202).withHeader("X-mp-rate-limit-percentage-used", "92")));
		try (EventsApi api = mock.builder().build()) {
			UploadResult result = api.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
			assertThat(result.rateLimitPercentageUsed()).isEqualTo(92);
			assertThat(api.status().rateLimitPercentageUsed()).isEqualTo(92);
		}
	}

	@Test
	void applicationJacksonCustomizationsDoNotChangeThePayload() throws Exception {
		JsonMapper customized = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
			.build();
		WebClient.Builder builder = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(customized)));
		try (EventsApi api = mock.builder().webClientBuilder(builder).build()) {
			api.uploadEvents(DocumentedExamples.customEvent()).block(Duration.ofSeconds(10));
		}
		JSONAssert.assertEquals(golden("7.1-custom-event"), single().getBodyAsString(), JSONCompareMode.STRICT);
	}

	@Test
	void givenWebClientBuilderIsClonedNotChanged() {
		WebClient.Builder builder = WebClient.builder();
		try (EventsApi api = mock.builder().webClientBuilder(builder).build()) {
			api.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
		}
		mock.reset();
		mock.accept("/other");
		builder.build()
			.post()
			.uri(mock.baseUrl() + "/other")
			.retrieve()
			.toBodilessEntity()
			.block(Duration.ofSeconds(10));
		assertThat(single().containsHeader("Authorization")).isFalse();
	}

	private LoggedRequest single() {
		List<LoggedRequest> requests = mock.requests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	static String golden(String name) throws Exception {
		try (var in = EventsApiRequestTests.class.getResourceAsStream("/golden/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

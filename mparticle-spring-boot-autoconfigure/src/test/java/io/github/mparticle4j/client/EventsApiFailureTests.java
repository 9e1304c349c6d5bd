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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests how {@link EventsApi} reports and retries failures: every documented status,
 * faults of the connection, timeouts, {@code Retry-After} and backoff, against a WireMock
 * server on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class EventsApiFailureTests {

	private static final MockEventsApi mock = new MockEventsApi();

	private static final Duration BLOCK = Duration.ofSeconds(30);

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void reset() {
		mock.reset();
	}

	private EventsApi fastRetries() {
		return mock.builder()
			.maxAttempts(3)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(50))
			.responseTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static ResponseDefinitionBuilder status(int status) {
		return aResponse().withStatus(status);
	}

	@Test
	void badRequestIsReportedWithTheParsedErrorsAndNotRetried() throws Exception {
		mock.respondInTurn("/events", status(400).withHeader("Content-Type", "application/json")
			.withBody(EventsApiRequestTests.golden("7.6-error-response")));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleBadRequestException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.customEvent()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getErrors()).containsExactly(new MParticleBadRequestException.ApiError("BAD_REQUEST",
							"Required event field \"event_type\" is missing or empty."));
					assertThat(ex.getStatusCode()).isEqualTo(400);
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getSourceRequestIds()).containsExactly("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91");
					assertThat(ex.getMessage()).isEqualTo("mParticle rejected POST /events (1 batch) as malformed "
							+ "(400 Bad Request): BAD_REQUEST: Required event field \"event_type\" is missing or"
							+ " empty.");
				});
		}
		assertThat(mock.requests()).hasSize(1);
	}

	@Test
	void badRequestWithoutABodyIsReportedLeniently() {
		mock.respondInTurn("/events", status(400));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleBadRequestException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getErrors()).isEmpty();
					assertThat(ex.getResponseBody()).isNull();
					assertThat(ex.getMessage()).endsWith("(400 Bad Request) with an empty body");
				});
		}
	}

	@Test
	void badRequestWithABodyThatIsNotJsonIsReportedLeniently() {
		mock.respondInTurn("/events", status(400).withHeader("Content-Type", "text/html")
			.withBody("<html><body>Bad\n request</body></html>"));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleBadRequestException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getErrors()).isEmpty();
					assertThat(ex.getResponseBody()).isEqualTo("<html><body>Bad\n request</body></html>");
					assertThat(ex.getMessage())
						.endsWith("(400 Bad Request), response body: <html><body>Bad request</body></html>");
				});
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403 })
	void authenticationFailuresAreNotRetriedAndNeverShowTheSecret(int status) {
		mock.respondInTurn("/events", status(status));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleAuthenticationException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(status);
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getMessage())
						.startsWith("mParticle rejected the credentials of POST /events (1 batch) (" + status);
					assertThat(ex.toString()).doesNotContain(MockEventsApi.SECRET)
						.doesNotContain(MockEventsApi.basicAuth(MockEventsApi.KEY, MockEventsApi.SECRET).substring(6));
				});
			assertThat(api.status().authenticationFailed()).isTrue();
		}
		assertThat(mock.requests()).hasSize(1);
	}

	@Test
	void unexpectedStatusIsReportedWithTheBaseUrlAndNotRetried() {
		mock.respondInTurn("/events", status(404).withBody("no such path"));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleResponseException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex).isExactlyInstanceOf(MParticleResponseException.class);
					assertThat(ex.getStatusCode()).isEqualTo(404);
					assertThat(ex.getResponseBody()).isEqualTo("no such path");
					assertThat(ex.getMessage()).contains("404 Not Found").contains(mock.baseUrl());
				});
		}
		assertThat(mock.requests()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void serverErrorsAreRetriedAndThenReported(int status) {
		mock.respondInTurn("/bulkevents", status(status).withBody("try later"));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleServerException.class)
				.isThrownBy(() -> api.bulkUploadEvents(DocumentedExamples.bulk()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(status);
					assertThat(ex.getAttempts()).isEqualTo(3);
					assertThat(ex.getSourceRequestIds()).hasSize(2);
					assertThat(ex.getMessage()).startsWith("mParticle answered " + status)
						.endsWith("to POST /bulkevents (2 batches) after 3 attempts");
				});
			assertThat(api.status().consecutiveFailures()).isEqualTo(1);
		}
		assertThat(mock.requests()).hasSize(3);
	}

	@Test
	void serverErrorThenSuccessSendsTheSameBytesTwice() {
		mock.respondInTurn("/events", status(503), status(202));
		try (EventsApi api = fastRetries()) {
			UploadResult result = api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK);
			assertThat(result.attempts()).isEqualTo(2);
			assertThat(result.statusCode()).isEqualTo(202);
		}
		List<LoggedRequest> requests = mock.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBody()).isEqualTo(requests.get(0).getBody());
		assertThat(requests.get(0).getBodyAsString()).contains("\"source_request_id\"");
	}

	@Test
	void rateLimitIsRetriedAfterTheRetryAfterWait() {
		// a zero Retry-After keeps this test off the clock: EventsApiVirtualTimeTests
		// shows the wait honoured exactly, and the next test reads a real one
		mock.respondInTurn("/events", status(429).withHeader("Retry-After", "0"), status(202));
		try (EventsApi api = fastRetries()) {
			assertThat(api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK).attempts()).isEqualTo(2);
		}
		assertThat(mock.requests()).hasSize(2);
	}

	@Test
	void theRetryAfterOfAnAnswerOverHttpIsRead() {
		mock.respondInTurn("/events", status(429).withHeader("Retry-After", "7"));
		try (EventsApi api = mock.builder().maxAttempts(1).build()) {
			assertThatExceptionOfType(MParticleRateLimitException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(7)));
		}
	}

	@Test
	void rateLimitIsReportedWithItsHeadersWhenRetriesAreExhausted() {
		mock.respondInTurn("/events",
				status(429).withHeader("Retry-After", "0").withHeader("X-mp-rate-limit-exceeded", "app"));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleRateLimitException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(3);
					assertThat(ex.getRetryAfter()).isEqualTo(Duration.ZERO);
					assertThat(ex.getRateLimitExceeded()).isEqualTo("app");
					assertThat(ex.getMessage()).isEqualTo("mParticle rate-limited POST /events (1 batch) "
							+ "(429 Too Many Requests, limit 'app', Retry-After 0 s) after 3 attempts");
				});
		}
		assertThat(mock.requests()).hasSize(3);
	}

	@Test
	void rateLimitWithoutRetryAfterUsesTheBackoff() {
		mock.respondInTurn("/events", status(429), status(202));
		try (EventsApi api = fastRetries()) {
			assertThat(api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK).attempts()).isEqualTo(2);
		}
		// how long the backoff waits is tested in virtual time
		// (EventsApiVirtualTimeTests)
		assertThat(mock.requests()).hasSize(2);
	}

	@Test
	void retriesStopWhenTheNextWaitWouldExceedTheTimeout() {
		mock.respondInTurn("/events", status(429).withHeader("Retry-After", "2"));
		try (EventsApi api = mock.builder().maxAttempts(10).timeout(Duration.ofMillis(1500)).build()) {
			assertThatExceptionOfType(MParticleRateLimitException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getMessage()).endsWith(
							"after 1 attempt; no time was left for another attempt " + "within the timeout of 1.5 s");
				});
		}
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
			"RANDOM_DATA_THEN_CLOSE" })
	void connectionFaultsAreRetriedAndThenReported(Fault fault) {
		mock.respondInTurn("/events", aResponse().withFault(fault));
		try (EventsApi api = fastRetries()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(3);
					assertThat(ex.getSourceRequestIds()).hasSize(1);
					assertThat(ex.getMessage()).startsWith("POST /events (1 batch) failed after 3 attempts: ");
					assertThat(ex.getCause()).isNotNull();
				});
		}
		assertThat(mock.requests()).hasSize(3);
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
			"RANDOM_DATA_THEN_CLOSE" })
	void connectionFaultThenSuccessSucceeds(Fault fault) {
		mock.respondInTurn("/events", aResponse().withFault(fault), status(202));
		try (EventsApi api = fastRetries()) {
			assertThat(api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK).attempts()).isEqualTo(2);
		}
	}

	@Test
	void responseSlowerThanTheResponseTimeoutIsRetriedAndThenReported() {
		mock.respondInTurn("/events", status(202).withFixedDelay(1000));
		try (EventsApi api = mock.builder()
			.maxAttempts(2)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(10))
			.responseTimeout(Duration.ofMillis(300))
			.build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(2);
					assertThat(ex.getMessage()).endsWith("failed after 2 attempts: no response within 300 ms");
				});
		}
		assertThat(mock.requests()).hasSize(2);
	}

	@Test
	void slowResponseThenFastOneSucceeds() {
		mock.respondInTurn("/events", status(202).withFixedDelay(1000), status(202));
		try (EventsApi api = mock.builder()
			.responseTimeout(Duration.ofMillis(300))
			.initialBackoff(Duration.ofMillis(10))
			.build()) {
			assertThat(api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK).attempts()).isEqualTo(2);
		}
	}

	@Test
	void overallTimeoutEndsAnUploadThatIsStillRetrying() {
		mock.respondInTurn("/events", status(202).withFixedDelay(2000));
		try (EventsApi api = mock.builder().maxAttempts(10).timeout(Duration.ofMillis(800)).build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(1);
					assertThat(ex.getMessage()).isEqualTo(
							"POST /events (1 batch) did not complete within the timeout" + " of 800 ms (1 attempt)");
				});
		}
	}

	@Test
	void connectionRefusedIsRetriedAndThenReported() {
		try (EventsApi api = EventsApi.builder(new ApiCredentials("k", "s"))
			.baseUrl("http://127.0.0.1:" + unusedPort() + "/v2")
			.maxAttempts(2)
			.initialBackoff(Duration.ofMillis(10))
			.maxBackoff(Duration.ofMillis(10))
			.build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isEqualTo(2);
					assertThat(ex.getMessage()).contains("Connection refused");
				});
			assertThat(api.status().failedUploads()).isEqualTo(1);
		}
	}

	@Test
	void rateLimitedClientFailsFastWhenTheWaitIsLongerThanTheTimeout() {
		mock.respondInTurn("/events", status(429).withHeader("Retry-After", "10"));
		try (EventsApi api = mock.builder().maxAttempts(1).timeout(Duration.ofSeconds(2)).build()) {
			assertThatExceptionOfType(MParticleRateLimitException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK));
			assertThatExceptionOfType(MParticleRateLimitException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> {
					assertThat(ex.getAttempts()).isZero();
					assertThat(ex.getRetryAfter()).isGreaterThan(Duration.ofSeconds(8));
					assertThat(ex.getMessage()).startsWith("This client was asked by mParticle to wait another ");
				});
		}
		assertThat(mock.requests()).hasSize(1);
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

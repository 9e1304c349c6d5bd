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
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests what is logged when mParticle cannot be reached, against a WireMock server on
 * 127.0.0.1: Reactor Netty logs a warning of its own for every failed connection, from a
 * logger shared by all its clients and with no setting per client; with the level that
 * docs/client.md recommends for that logger, the client's own lines alone report the
 * outage, with its reason.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class ReactorNettyLoggingTests {

	/**
	 * The logger that docs/client.md names.
	 */
	private static final String REACTOR_NETTY_CLIENT = "reactor.netty.http.client.HttpClientConnect";

	private static final MockEventsApi mock = new MockEventsApi();

	private static final Duration BLOCK = Duration.ofSeconds(30);

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void reset() {
		mock.reset();
	}

	@AfterEach
	void restoreLevel() {
		this.loggingSystem.setLogLevel(REACTOR_NETTY_CLIENT, null);
	}

	@Test
	void withTheDocumentedLevelOnlyTheStarterReportsAReadTimeoutAndAConnectionReset(CapturedOutput output) {
		this.loggingSystem.setLogLevel(REACTOR_NETTY_CLIENT, LogLevel.ERROR);
		failWithATimeoutThenAReset();
		assertThat(reactorNettyWarnings(output)).isEmpty();
		assertThat(output).contains("mParticle uploads to " + mock.baseUrl()
				+ " are failing (no response (connection reset) after 2 attempts)");
	}

	@Test
	void withTheDocumentedLevelOnlyTheStarterReportsOtherFaultsAndARefusedConnection(CapturedOutput output) {
		this.loggingSystem.setLogLevel(REACTOR_NETTY_CLIENT, LogLevel.ERROR);
		mock.respondInTurn("/events", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
				aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), aResponse().withFault(Fault.EMPTY_RESPONSE));
		try (EventsApi api = mock.builder()
			.maxAttempts(3)
			.initialBackoff(Duration.ofMillis(1))
			.maxBackoff(Duration.ofMillis(1))
			.build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK));
		}
		String refused = "http://127.0.0.1:" + unusedPort() + "/v2";
		try (EventsApi api = EventsApi.builder(new ApiCredentials(MockEventsApi.KEY, MockEventsApi.SECRET))
			.baseUrl(refused)
			.maxAttempts(1)
			.build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK));
		}
		assertThat(reactorNettyWarnings(output)).isEmpty();
		assertThat(output).contains("mParticle uploads to " + mock.baseUrl() + " are failing")
			.contains("mParticle uploads to " + refused + " are failing");
	}

	@Test
	void withoutItReactorNettyWarnsAboutEveryFailedConnection(CapturedOutput output) {
		failWithATimeoutThenAReset();
		assertThat(reactorNettyWarnings(output)).hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains("The connection observed an error"));
	}

	private static void failWithATimeoutThenAReset() {
		mock.respondInTurn("/events", aResponse().withStatus(202).withFixedDelay(2000),
				aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		try (EventsApi api = mock.builder()
			.maxAttempts(2)
			.initialBackoff(Duration.ofMillis(1))
			.maxBackoff(Duration.ofMillis(1))
			.responseTimeout(Duration.ofMillis(200))
			.build()) {
			assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> api.uploadEvents(DocumentedExamples.minimal()).block(BLOCK))
				.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(2));
		}
	}

	/**
	 * Returns the warnings and errors of Reactor Netty, Netty and Reactor, whatever the
	 * pattern that abbreviates their loggers' names.
	 * @param output the captured output
	 * @return the lines
	 */
	private static List<String> reactorNettyWarnings(CapturedOutput output) {
		return Arrays.stream(output.getAll().split("\\R"))
			.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR "))
			.filter((line) -> line.contains("r.n.") || line.contains("r.netty.") || line.contains("reactor.")
					|| line.contains("i.n.") || line.contains("io.netty.") || line.contains("HttpClientConnect")
					|| line.contains("connection observed"))
			.toList();
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

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

import java.net.URI;
import java.time.Duration;

import io.github.mparticle4j.model.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link EventsApiBuilder}, {@link ApiCredentials} and {@link Pod}.
 *
 * @author mparticle4j contributors
 */
class EventsApiBuilderTests {

	private final ApiCredentials credentials = new ApiCredentials("key", "secret");

	@Test
	void podsHaveTheDocumentedBaseUrls() {
		assertThat(Pod.US1.baseUrl()).isEqualTo(URI.create("https://s2s.us1.mparticle.com/v2"));
		assertThat(Pod.US2.baseUrl()).isEqualTo(URI.create("https://s2s.us2.mparticle.com/v2"));
		assertThat(Pod.EU1.baseUrl()).isEqualTo(URI.create("https://s2s.eu1.mparticle.com/v2"));
		assertThat(Pod.AU1.baseUrl()).isEqualTo(URI.create("https://s2s.au1.mparticle.com/v2"));
	}

	@Test
	void credentialsNeverShowTheSecret() {
		assertThat(this.credentials).hasToString("ApiCredentials[key=key, secret=******]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void blankCredentialsAreRejected(String blank) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiCredentials(blank, "secret"))
			.withMessage("The mParticle API key must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiCredentials("key", blank))
			.withMessage("The mParticle API secret must not be blank");
	}

	@Test
	void keyWithAColonIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiCredentials("a:b", "secret"))
			.withMessage("The mParticle API key must not contain ':'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/v2", "http://localhost/v2", "http://[::1]:9000/v2",
			"http://127.1.2.3/v2", "https://proxy.example.com/mparticle/v2" })
	void secureOrLoopbackBaseUrlsAreAccepted(String baseUrl) {
		assertThatNoException().isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl(baseUrl).build().close());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://proxy.example.com/v2", "http://10.0.0.1/v2", "http://s2s.mparticle.com/v2" })
	void plainHttpToOtherHostsIsRejectedUnlessAllowed(String baseUrl) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl(baseUrl).build())
			.withMessageContaining("uses plain http for the non-loopback host")
			.withMessageContaining("would send the API secret unencrypted");
		assertThatNoException().isThrownBy(
				() -> EventsApi.builder(this.credentials).baseUrl(baseUrl).allowInsecureHttp(true).build().close());
	}

	@ParameterizedTest
	@ValueSource(strings = { "s2s.mparticle.com/v2", "ftp://s2s.mparticle.com/v2", "/v2" })
	void relativeOrNonHttpBaseUrlsAreRejected(String baseUrl) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl(baseUrl).build())
			.withMessageStartingWith("'baseUrl' must be an absolute http or https URL with a host");
	}

	@Test
	void malformedBaseUrlIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl("https://exa mple.com"))
			.withMessageStartingWith("'baseUrl' is not a valid URL");
	}

	@Test
	void baseUrlWithCredentialsOrQueryIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl("https://key:secret@example.com/v2").build())
			.withMessage("'baseUrl' must not contain user info, a query or a fragment; set the credentials separately");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl("https://example.com/v2?x=1").build());
	}

	@Test
	void durationsMustBePositiveAndAreCheckedInBuild() {
		assertInvalid(EventsApi.builder(this.credentials).connectTimeout(Duration.ZERO), "connectTimeout",
				"'connectTimeout' must be positive, was PT0S");
		assertInvalid(EventsApi.builder(this.credentials).responseTimeout(Duration.ofSeconds(-1)), "responseTimeout",
				"'responseTimeout' must be positive, was PT-1S");
		assertInvalid(EventsApi.builder(this.credentials).timeout(Duration.ZERO), "timeout",
				"'timeout' must be positive, was PT0S");
		assertInvalid(EventsApi.builder(this.credentials).initialBackoff(Duration.ZERO), "initialBackoff",
				"'initialBackoff' must be positive, was PT0S");
		assertInvalid(EventsApi.builder(this.credentials).maxBackoff(Duration.ZERO), "maxBackoff",
				"'maxBackoff' must be positive, was PT0S");
		assertInvalid(EventsApi.builder(this.credentials).maxRetryAfter(Duration.ZERO), "maxRetryAfter",
				"'maxRetryAfter' must be positive, was PT0S");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT24H0.000000001S", "P365000D", "PT2562047788015215H30M7S" })
	void durationsLongerThanOneDayAreRefusedInBuild(String text) {
		// each used to fail later: ArithmeticException from build() or every upload, or a
		// response timeout that never fired
		Duration tooLong = Duration.parse(text);
		assertInvalid(EventsApi.builder(this.credentials).connectTimeout(tooLong), "connectTimeout",
				"'connectTimeout' must be at most PT24H (one day), was " + tooLong);
		assertInvalid(EventsApi.builder(this.credentials).responseTimeout(tooLong), "responseTimeout",
				"'responseTimeout' must be at most PT24H (one day), was " + tooLong);
		assertInvalid(EventsApi.builder(this.credentials).timeout(tooLong), "timeout",
				"'timeout' must be at most PT24H (one day), was " + tooLong);
		assertInvalid(EventsApi.builder(this.credentials).initialBackoff(tooLong).maxBackoff(tooLong), "initialBackoff",
				"'initialBackoff' must be at most PT24H (one day), was " + tooLong);
		assertInvalid(EventsApi.builder(this.credentials).maxBackoff(tooLong), "maxBackoff",
				"'maxBackoff' must be at most PT24H (one day), was " + tooLong);
		assertInvalid(EventsApi.builder(this.credentials).maxRetryAfter(tooLong), "maxRetryAfter",
				"'maxRetryAfter' must be at most PT24H (one day), was " + tooLong);
	}

	@Test
	void durationsOfOneDayAreAcceptedAndUploadsWithThemSucceed() {
		Duration oneDay = Duration.ofDays(1);
		try (MockEventsApi mock = new MockEventsApi()) {
			mock.accept("/events");
			EventsApi api = mock.builder()
				.connectTimeout(oneDay)
				.responseTimeout(oneDay)
				.timeout(oneDay)
				.initialBackoff(oneDay)
				.maxBackoff(oneDay)
				.maxRetryAfter(oneDay)
				.build();
			try {
				UploadResult result = api.uploadEvents(new Batch(Batch.Environment.DEVELOPMENT).mpid(1L))
					.block(Duration.ofSeconds(30));
				assertThat(result).isNotNull();
			}
			finally {
				api.close();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:0/v2", "http://127.0.0.1:65536/v2", "https://example.com:99999/v2" })
	void aPortOutOfRangeIsRefusedInBuild(String baseUrl) {
		assertInvalid(EventsApi.builder(this.credentials).baseUrl(baseUrl), "baseUrl",
				"'baseUrl' must have a port from 1 to 65535 (or none), was " + URI.create(baseUrl).getPort());
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:1/v2", "http://127.0.0.1:65535/v2", "https://example.com/v2" })
	void aPortInRangeOrNoneIsAccepted(String baseUrl) {
		assertThatNoException().isThrownBy(() -> EventsApi.builder(this.credentials).baseUrl(baseUrl).build().close());
	}

	@Test
	void aLaterValidSettingReplacesAnEarlierInvalidOne() {
		assertThatNoException().isThrownBy(() -> EventsApi.builder(this.credentials)
			.connectTimeout(Duration.ZERO)
			.connectTimeout(Duration.ofSeconds(1))
			.build()
			.close());
	}

	@Test
	void maxAttemptsMustBeAtLeastOne() {
		assertInvalid(EventsApi.builder(this.credentials).maxAttempts(0), "maxAttempts",
				"'maxAttempts' must be at least 1, was 0");
	}

	private static void assertInvalid(EventsApiBuilder builder, String setting, String message) {
		assertThatExceptionOfType(InvalidEventsApiSettingException.class).isThrownBy(builder::build)
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.getSetting()).isEqualTo(setting));
	}

	@Test
	void initialBackoffMustNotExceedMaxBackoff() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EventsApi.builder(this.credentials)
				.initialBackoff(Duration.ofSeconds(5))
				.maxBackoff(Duration.ofSeconds(1))
				.build())
			.withMessage("'initialBackoff' (PT5S) must not be longer than 'maxBackoff' (PT1S)");
	}

}

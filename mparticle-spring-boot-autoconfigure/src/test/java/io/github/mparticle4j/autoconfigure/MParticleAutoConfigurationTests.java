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

package io.github.mparticle4j.autoconfigure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleServerException;
import io.github.mparticle4j.client.MParticleTransportException;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import io.github.mparticle4j.model.UserIdentities;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.core.env.PropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link MParticleAutoConfiguration}.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class MParticleAutoConfigurationTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class));

	private final ApplicationContextRunner credentialed = this.contextRunner
		.withPropertyValues("mparticle.api-key=" + MockEventsApi.KEY, "mparticle.api-secret=" + MockEventsApi.SECRET);

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/events");
	}

	@Test
	void credentialsCreateAnEventsApiForUs1AndDevelopment() {
		this.credentialed.run((context) -> {
			assertThat(context).hasSingleBean(EventsApi.class)
				.hasSingleBean(PropertiesMParticleConnectionDetails.class);
			EventsApi api = context.getBean(EventsApi.class);
			assertThat(api.baseUrl()).isEqualTo(Pod.US1.baseUrl());
			assertThat(api.defaultEnvironment()).isEqualTo(Batch.Environment.DEVELOPMENT);
		});
	}

	@Test
	void podAndEnvironmentAreBoundCaseInsensitively() {
		this.credentialed.withPropertyValues("mparticle.pod=eu1", "mparticle.environment=production").run((context) -> {
			EventsApi api = context.getBean(EventsApi.class);
			assertThat(api.baseUrl()).isEqualTo(URI.create("https://s2s.eu1.mparticle.com/v2"));
			assertThat(api.defaultEnvironment()).isEqualTo(Batch.Environment.PRODUCTION);
		});
	}

	@Test
	void autoConfiguredClientSendsWithTheConfiguredCredentialsAndEnvironment() throws Exception {
		this.credentialed
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.environment=production")
			.run((context) -> {
				Batch batch = DocumentedExamples.minimal().environment(null).sourceRequestId("id-1");
				UploadResult result = context.getBean(EventsApi.class)
					.uploadEvents(batch)
					.block(Duration.ofSeconds(10));
				assertThat(result.statusCode()).isEqualTo(202);
			});
		LoggedRequest request = server.requests().get(0);
		assertThat(request.getHeader("Authorization"))
			.isEqualTo(MockEventsApi.basicAuth(MockEventsApi.KEY, MockEventsApi.SECRET));
		assertThat(request.getUrl()).isEqualTo("/v2/events");
		JSONAssert.assertEquals("""
				{"environment": "production", "source_request_id": "id-1",
				 "user_identities": {"customer_id": "1234"},
				 "events": [{"event_type": "custom_event",
				             "data": {"event_name": "click", "custom_event_type": "other"}}]}
				""", request.getBodyAsString(), JSONCompareMode.STRICT);
	}

	@Test
	void applicationJacksonCustomizationsDoNotChangeThePayload() throws Exception {
		this.credentialed
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(),
					"spring.jackson.serialization.indent-output=true")
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class))
			.withBean(JsonMapperBuilderCustomizer.class,
					() -> (builder) -> builder.propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE))
			.run((context) -> context.getBean(EventsApi.class)
				.uploadEvents(DocumentedExamples.customEvent())
				.block(Duration.ofSeconds(10)));
		JSONAssert.assertEquals(golden("7.1-custom-event"), server.requests().get(0).getBodyAsString(),
				JSONCompareMode.STRICT);
	}

	@Test
	void webClientBuilderCustomizersApplyToTheMParticleClientOnly() {
		this.credentialed.withPropertyValues("mparticle.base-url=" + server.baseUrl())
			.withBean(MParticleWebClientBuilderCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
			.run((context) -> {
				context.getBean(EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal())
					.block(Duration.ofSeconds(10));
				server.accept("/other");
				context.getBean(WebClient.Builder.class)
					.build()
					.post()
					.uri(server.baseUrl() + "/other")
					.retrieve()
					.toBodilessEntity()
					.block(Duration.ofSeconds(10));
			});
		assertThat(server.requests()).extracting((request) -> request.getHeader("X-Customized"))
			.containsExactlyInAnyOrder("yes", null);
	}

	@Test
	void requestsAreObservedAsHttpClientRequests() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.credentialed.withPropertyValues("mparticle.base-url=" + server.baseUrl())
			.withConfiguration(AutoConfigurations.of(WebClientObservationAutoConfiguration.class))
			.withBean(TestObservationRegistry.class, () -> registry)
			.run((context) -> context.getBean(EventsApi.class)
				.uploadEvents(DocumentedExamples.minimal())
				.block(Duration.ofSeconds(10)));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasLowCardinalityKeyValue("uri", "/v2/events")
			.hasLowCardinalityKeyValue("status", "202");
	}

	@Test
	void timeoutsAndRetrySettingsAreBoundFromDurations() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(503));
		this.credentialed
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=2",
					"mparticle.retry.initial-backoff=10ms", "mparticle.retry.max-backoff=20ms")
			.run((context) -> {
				Mono<UploadResult> upload = context.getBean(EventsApi.class).uploadEvents(DocumentedExamples.minimal());
				assertThatExceptionOfType(MParticleServerException.class)
					.isThrownBy(() -> upload.block(Duration.ofSeconds(10)))
					.satisfies((ex) -> assertThat(ex.getAttempts()).isEqualTo(2));
			});
		assertThat(server.requests()).hasSize(2);
	}

	@Test
	void responseTimeoutIsBound() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(202).withFixedDelay(1000));
		this.credentialed
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.response-timeout=200ms",
					"mparticle.retry.max-attempts=1")
			.run((context) -> assertThatExceptionOfType(MParticleTransportException.class)
				.isThrownBy(() -> context.getBean(EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal())
					.block(Duration.ofSeconds(10)))
				.withMessageEndingWith("no response within 200 ms"));
	}

	@Test
	void eventsApiBuilderCustomizersRunAfterTheProperties() {
		this.credentialed
			.withPropertyValues("mparticle.environment=development", "mparticle.base-url=" + server.baseUrl())
			.withBean("first", EventsApiBuilderCustomizer.class,
					() -> (builder) -> builder.environment(Batch.Environment.PRODUCTION))
			.run((context) -> assertThat(context.getBean(EventsApi.class).defaultEnvironment())
				.isEqualTo(Batch.Environment.PRODUCTION));
	}

	@Test
	void logModeLogsWhatWouldBeSentWithoutValuesAndSendsNothing(CapturedOutput output) {
		this.credentialed.withPropertyValues("mparticle.mode=log", "mparticle.base-url=" + server.baseUrl())
			.run((context) -> {
				Batch batch = DocumentedExamples.minimal()
					.sourceRequestId("id-log-1")
					.userIdentities(new UserIdentities().customerId("cust-4711").email("jane.doe@example.com"))
					.userAttribute("plan", "secret-plan-value")
					.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
				UploadResult result = context.getBean(EventsApi.class)
					.uploadEvents(batch)
					.block(Duration.ofSeconds(10));
				assertThat(result.statusCode()).isEqualTo(202);
				assertThat(result.sourceRequestIds()).containsExactly("id-log-1");
			});
		assertThat(server.requests()).isEmpty();
		assertThat(output).contains("mParticle log mode, input 'default', not sent: POST /v2/events (1 batch, ")
			.contains("batch 1: source_request_id=id-log-1, environment=development, user_identities=[customer_id,"
					+ " email], user_attributes=[plan]")
			.contains("custom_event 'Button Clicked'")
			.doesNotContain("cust-4711", "jane.doe@example.com", "secret-plan-value", MockEventsApi.SECRET);
	}

	@Test
	void logModeRunsWithoutCredentialsAndNamesTheInputInItsLogLines(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("mparticle.mode=log", "mparticle.api-key=${MPARTICLE4J_UNSET_TEST_KEY}",
					"mparticle.inputs.ios.api-key=ios-key", "mparticle.base-url=" + server.baseUrl())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal().sourceRequestId("id-default"))
					.block(Duration.ofSeconds(10));
				context.getBean("ios", EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal().sourceRequestId("id-ios"))
					.block(Duration.ofSeconds(10));
			});
		assertThat(server.requests()).isEmpty();
		assertThat(output).contains("mParticle log mode, input 'default', not sent: POST /v2/events (1 batch, ")
			.contains("mParticle log mode, input 'ios', not sent: POST /v2/events (1 batch, ")
			.contains("source_request_id=id-ios");
	}

	@Test
	void aNamedInputThatSendsStillNeedsCredentialsWhenTheDefaultOneOnlyLogs() {
		this.contextRunner
			.withPropertyValues("mparticle.mode=log", "mparticle.inputs.ios.mode=send",
					"mparticle.inputs.ios.api-key=ios-key")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(MissingMParticleCredentialsException.class)
				.hasMessageContaining("'mparticle.inputs.ios.api-secret' is not set"));
	}

	@Test
	void logModeIncludesTheJsonWhenAsked(CapturedOutput output) {
		this.credentialed.withPropertyValues("mparticle.mode=log", "mparticle.log.include-data=true").run((context) -> {
			Batch batch = DocumentedExamples.minimal().userIdentities(new UserIdentities().customerId("cust-4711"));
			context.getBean(EventsApi.class).uploadEvents(batch).block(Duration.ofSeconds(10));
		});
		assertThat(output).contains("JSON: {").contains("\"customer_id\":\"cust-4711\"");
	}

	@Test
	void logModeStillValidates() {
		this.credentialed.withPropertyValues("mparticle.mode=log").run((context) -> {
			Batch invalid = new Batch(Batch.Environment.DEVELOPMENT);
			assertThatExceptionOfType(MParticleValidationException.class)
				.isThrownBy(() -> context.getBean(EventsApi.class).uploadEvents(invalid).block(Duration.ofSeconds(10)));
		});
	}

	@Test
	void missingCredentialsFailStartupWithTheProperty() {
		this.contextRunner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(MissingMParticleCredentialsException.class)
			.hasMessage("The mParticle Events API client is enabled but 'mparticle.api-key' is not set"));
		this.contextRunner.withPropertyValues("mparticle.api-key=k", "mparticle.api-secret= ")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("The mParticle Events API client is enabled but 'mparticle.api-secret' is not set"));
	}

	@Test
	void disabledStarterCreatesNothingAndNeedsNoCredentials() {
		this.contextRunner.withPropertyValues("mparticle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EventsApi.class)
				.doesNotHaveBean(MParticleConnectionDetails.class));
	}

	@Test
	void userDefinedEventsApiBacksOff() {
		EventsApi custom = mock(EventsApi.class);
		this.contextRunner.withBean(EventsApi.class, () -> custom)
			.run((context) -> assertThat(context).hasNotFailed().getBean(EventsApi.class).isSameAs(custom));
	}

	@Test
	void connectionDetailsBeanReplacesTheProperties() {
		this.contextRunner.withPropertyValues("mparticle.pod=au1")
			.withBean(MParticleConnectionDetails.class, () -> new MParticleConnectionDetails() {

				@Override
				public URI getBaseUrl() {
					return URI.create(server.baseUrl());
				}

				@Override
				public String getApiKey() {
					return "details-key";
				}

				@Override
				public String getApiSecret() {
					return "details-secret";
				}

			})
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesMParticleConnectionDetails.class);
				context.getBean(EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal())
					.block(Duration.ofSeconds(10));
			});
		assertThat(server.requests().get(0).getHeader("Authorization"))
			.isEqualTo(MockEventsApi.basicAuth("details-key", "details-secret"));
	}

	@Test
	void withoutWebClientTheAutoConfigurationBacksOff() {
		this.credentialed.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EventsApi.class));
	}

	@Test
	void unknownPodFailsStartupNamingTheProperty() {
		this.credentialed.withPropertyValues("mparticle.pod=us3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'mparticle.pod'")
				.rootCause()
				.hasMessageContaining("us3"));
	}

	@Test
	void malformedBaseUrlFailsStartupNamingTheProperty() {
		this.credentialed.withPropertyValues("mparticle.base-url=https://exa mple.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo("mparticle.base-url")));
	}

	@Test
	void insecureBaseUrlFailsStartupNamingTheProperty() {
		assertInvalid("mparticle.base-url=http://proxy.example.com/v2", "mparticle.base-url",
				"uses plain http for the non-loopback host");
		this.credentialed
			.withPropertyValues("mparticle.base-url=http://proxy.example.com/v2", "mparticle.allow-insecure-http=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aBaseUrlPortOutOfRangeFailsStartupNamingTheProperty() {
		assertInvalid("mparticle.base-url=http://127.0.0.1:99999/v2", "mparticle.base-url",
				"must have a port from 1 to 65535");
		assertInvalid("mparticle.base-url=http://127.0.0.1:0/v2", "mparticle.base-url",
				"must have a port from 1 to 65535");
	}

	@Test
	void nonPositiveDurationsFailStartupNamingTheProperty() {
		assertInvalid("mparticle.connect-timeout=-5s", "mparticle.connect-timeout", "must be positive");
		assertInvalid("mparticle.response-timeout=0ms", "mparticle.response-timeout", "must be positive");
		assertInvalid("mparticle.timeout=-1s", "mparticle.timeout", "must be positive");
		assertInvalid("mparticle.retry.initial-backoff=0s", "mparticle.retry.initial-backoff", "must be positive");
		assertInvalid("mparticle.retry.max-backoff=-1ms", "mparticle.retry.max-backoff", "must be positive");
		assertInvalid("mparticle.retry.max-retry-after=0s", "mparticle.retry.max-retry-after", "must be positive");
	}

	@Test
	void inconsistentRetrySettingsFailStartupNamingTheProperty() {
		assertInvalid("mparticle.retry.max-attempts=0", "mparticle.retry.max-attempts", "must be at least 1");
		assertInvalid("mparticle.retry.initial-backoff=20s", "mparticle.retry.initial-backoff",
				"must not be longer than mparticle.retry.max-backoff (PT10S)");
	}

	private void assertInvalid(String property, String name, String reason) {
		this.credentialed.withPropertyValues(property)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (ex) -> {
					assertThat(ex.getName()).isEqualTo(name);
					assertThat(ex.getMessage()).contains(reason);
				}));
	}

	@Test
	void secretIsSanitizedUnderEveryRelaxedName() {
		for (String key : new String[] { "mparticle.api-secret", "mparticle.apiSecret", "MPARTICLE_API_SECRET",
				"mparticle.api_secret" }) {
			SanitizableData data = new SanitizableData(mock(PropertySource.class), key, "s3cr3t");
			assertThat(new MParticleSecretSanitizingFunction(Set::of).apply(data).getValue()).as(key)
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		}
		assertThat(
				new MParticleSecretSanitizingFunction(Set::of).apply(new SanitizableData(null, "apiSecret", "s3cr3t"))
					.getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(new MParticleSecretSanitizingFunction(Set::of)
			.apply(new SanitizableData(mock(PropertySource.class), "mparticle.api-key", "key"))
			.getValue()).isEqualTo("key");
	}

	static String golden(String name) throws Exception {
		try (var in = MParticleAutoConfigurationTests.class.getResourceAsStream("/golden/" + name + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

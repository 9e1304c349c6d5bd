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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.MParticleRateLimitException;
import io.github.mparticle4j.client.MParticleServerException;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for the named inputs of {@link MParticleAutoConfiguration}
 * ({@code mparticle.inputs.<name>.*}), against a WireMock server on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class MParticleInputsAutoConfigurationTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class));

	private final ApplicationContextRunner named = this.contextRunner.withPropertyValues(
			"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
			"mparticle.inputs.android.api-key=android-key", "mparticle.inputs.android.api-secret=android-secret");

	private final ApplicationContextRunner both = this.named.withPropertyValues("mparticle.api-key=default-key",
			"mparticle.api-secret=default-secret");

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
	void customizersAreToldWhichInputTheyCustomize() {
		this.both.withUserConfiguration(InputRecordingCustomizers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean(MParticleInputs.class).getDispatcher("ios");
			InputRecordingCustomizers customizers = context.getBean(InputRecordingCustomizers.class);
			assertThat(customizers.eventsApis).containsExactlyInAnyOrder("default", "ios", "android");
			assertThat(customizers.dispatchers).containsExactlyInAnyOrder("default", "ios", "android");
		});
	}

	@Test
	void aNamedInputCannotTakeTheNameOfTheDefaultInput() {
		this.contextRunner
			.withPropertyValues("mparticle.inputs.default.api-key=k", "mparticle.inputs.default.api-secret=s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.satisfies((failure) -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("mparticle.inputs.default")));
	}

	@Test
	void withNoInputAtAllStartupFailsForTheDefaultCredentials() {
		this.contextRunner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(MissingMParticleCredentialsException.class)
			.hasMessageContaining("'mparticle.api-key'"));
	}

	@Test
	void defaultInputOnlyIsTheSingleEventsApi() {
		this.contextRunner.withPropertyValues("mparticle.api-key=k", "mparticle.api-secret=s").run((context) -> {
			assertThat(context).hasSingleBean(EventsApi.class).hasBean("mparticleEventsApi");
			MParticleInputs inputs = context.getBean(MParticleInputs.class);
			assertThat(inputs.names()).isEmpty();
			assertThat(inputs.getDefault()).isSameAs(context.getBean(EventsApi.class));
		});
	}

	@Test
	void namedInputsOnlyNeedNoTopLevelCredentials() {
		this.named.run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("mparticleEventsApi");
			assertThat(context.getBeansOfType(EventsApi.class)).containsOnlyKeys("ios", "android");
			MParticleInputs inputs = context.getBean(MParticleInputs.class);
			assertThat(inputs.names()).containsExactly("ios", "android");
			assertThat(inputs.get("ios")).isSameAs(context.getBean("ios"));
			assertThat(inputs.getDefault()).isNull();
		});
	}

	@Test
	void defaultAndNamedInputsAreInjectableByQualifierWithTheDefaultAsPrimary() {
		this.both.withUserConfiguration(QualifiedInjection.class).run((context) -> {
			assertThat(context.getBeansOfType(EventsApi.class)).containsOnlyKeys("mparticleEventsApi", "ios",
					"android");
			EventsApi primary = context.getBean(EventsApi.class);
			assertThat(primary).isSameAs(context.getBean("mparticleEventsApi"));
			QualifiedInjection injection = context.getBean(QualifiedInjection.class);
			assertThat(injection.ios).isSameAs(context.getBean("ios")).isNotSameAs(primary);
			assertThat(injection.primary).isSameAs(primary);
			assertThat(context.getBean(MParticleInputs.class).getDefault()).isSameAs(primary);
		});
	}

	@Test
	void eachInputSendsWithItsOwnCredentials() {
		this.both.withPropertyValues("mparticle.base-url=" + server.baseUrl()).run((context) -> {
			upload(context.getBean(EventsApi.class));
			upload(context.getBean(MParticleInputs.class).get("ios"));
			upload(context.getBean(MParticleInputs.class).get("android"));
		});
		assertThat(server.requests()).extracting((request) -> request.getHeader("Authorization"))
			.containsExactly(MockEventsApi.basicAuth("default-key", "default-secret"),
					MockEventsApi.basicAuth("ios-key", "ios-secret"),
					MockEventsApi.basicAuth("android-key", "android-secret"));
	}

	@Test
	void settingsAreInheritedUnlessTheInputOverridesThem() {
		this.both
			.withPropertyValues("mparticle.pod=eu1", "mparticle.environment=production", "mparticle.timeout=7s",
					"mparticle.inputs.ios.pod=au1", "mparticle.inputs.android.environment=development",
					"mparticle.inputs.android.base-url=http://127.0.0.1:9/v2")
			.run((context) -> {
				MParticleInputs inputs = context.getBean(MParticleInputs.class);
				assertThat(context.getBean(EventsApi.class).baseUrl()).isEqualTo(Pod.EU1.baseUrl());
				assertThat(inputs.get("ios").baseUrl()).isEqualTo(Pod.AU1.baseUrl());
				assertThat(inputs.get("ios").defaultEnvironment()).isEqualTo(Batch.Environment.PRODUCTION);
				assertThat(inputs.get("android").baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/v2"));
				assertThat(inputs.get("android").defaultEnvironment()).isEqualTo(Batch.Environment.DEVELOPMENT);
			});
	}

	@Test
	void aTopLevelBaseUrlIsInheritedUnlessTheInputSetsAPod() {
		this.named.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.inputs.android.pod=us2")
			.run((context) -> {
				assertThat(context.getBean("ios", EventsApi.class).baseUrl()).isEqualTo(URI.create(server.baseUrl()));
				assertThat(context.getBean("android", EventsApi.class).baseUrl()).isEqualTo(Pod.US2.baseUrl());
			});
	}

	@Test
	void retrySettingsAreInheritedAndOverridden() {
		server.stub(WireMock.post("/v2/events").willReturn(WireMock.aResponse().withStatus(503)));
		this.named
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=2",
					"mparticle.retry.initial-backoff=10ms", "mparticle.retry.max-backoff=20ms",
					"mparticle.inputs.android.retry.max-attempts=3")
			.run((context) -> {
				assertThat(attemptsUntilFailure(context.getBean("ios", EventsApi.class))).isEqualTo(2);
				assertThat(attemptsUntilFailure(context.getBean("android", EventsApi.class))).isEqualTo(3);
			});
	}

	@Test
	void inputsBindFromEnvironmentVariables() {
		Map<String, Object> variables = Map.of("MPARTICLE_INPUTS_IOS_API_KEY", "env-ios-key",
				"MPARTICLE_INPUTS_IOS_API_SECRET", "env-ios-secret", "MPARTICLE_INPUTS_IOS_ENVIRONMENT", "production",
				"MPARTICLE_BASE_URL", server.baseUrl());
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", variables)))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean("mparticleEventsApi");
				EventsApi ios = context.getBean(MParticleInputs.class).get("ios");
				assertThat(ios.defaultEnvironment()).isEqualTo(Batch.Environment.PRODUCTION);
				upload(ios);
			});
		assertThat(server.requests()).singleElement()
			.extracting((request) -> request.getHeader("Authorization"))
			.isEqualTo(MockEventsApi.basicAuth("env-ios-key", "env-ios-secret"));
	}

	@Test
	void eachInputIsClosedWithTheContext() {
		this.both.run((context) -> {
			for (String name : new String[] { "ios", "android" }) {
				assertThat(context.getBeanFactory().getBeanDefinition(name).getDestroyMethodName())
					.isEqualTo(AbstractBeanDefinition.INFER_METHOD);
			}
		});
	}

	@Test
	void unknownInputIsReportedWithTheKnownNames() {
		this.named.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(MParticleInputs.class).get("web"))
			.withMessage("No mParticle input named 'web'; the named inputs are [android, ios]"
					+ " (mparticle.inputs.<name>)"));
	}

	@Test
	void missingOrUnresolvedCredentialsOfANamedInputFailStartupNamingItsProperty() {
		assertMissing(this.contextRunner.withPropertyValues("mparticle.inputs.ios.api-key=k"),
				"mparticle.inputs.ios.api-secret", null);
		assertMissing(this.contextRunner.withPropertyValues("mparticle.inputs.ios.api-key= ",
				"mparticle.inputs.ios.api-secret=s"), "mparticle.inputs.ios.api-key", null);
		assertMissing(this.both.withPropertyValues("mparticle.inputs.android.api-secret=${MPARTICLE_ANDROID_SECRET}"),
				"mparticle.inputs.android.api-secret", "${MPARTICLE_ANDROID_SECRET}");
	}

	@Test
	void namedInputsDoNotInheritTheTopLevelCredentials() {
		assertMissing(this.contextRunner.withPropertyValues("mparticle.api-key=k", "mparticle.api-secret=s",
				"mparticle.inputs.ios.pod=eu1"), "mparticle.inputs.ios.api-key", null);
	}

	@Test
	void partialOrBlankTopLevelCredentialsNextToNamedInputsFailStartup() {
		assertMissing(this.named.withPropertyValues("mparticle.api-key=k"), "mparticle.api-secret", null);
		assertMissing(this.named.withPropertyValues("mparticle.api-key=", "mparticle.api-secret="), "mparticle.api-key",
				null);
	}

	@Test
	void everyInputsSecretIsSanitizedUnderEveryRelaxedName() {
		MParticleSecretSanitizingFunction function = new MParticleSecretSanitizingFunction(Set::of);
		PropertySource<?> source = new MapPropertySource("test", Map.of());
		for (String key : new String[] { "mparticle.inputs.ios.api-secret", "mparticle.inputs.ios.apiSecret",
				"MPARTICLE_INPUTS_IOS_API_SECRET", "mparticle.inputs[ios].api-secret",
				"mparticle.inputs.android-tv.api_secret" }) {
			assertThat(function.apply(new SanitizableData(source, key, "s3cr3t")).getValue()).as(key)
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		}
		for (String key : new String[] { "mparticle.inputs.ios.api-key", "MPARTICLE_INPUTS_IOS_API_KEY",
				"mparticle.inputs.ios.pod" }) {
			assertThat(function.apply(new SanitizableData(source, key, "value")).getValue()).as(key).isEqualTo("value");
		}
	}

	@Test
	void missingCredentialsOfANamedInputAreAnalyzedWithItsProperties() {
		this.contextRunner.withPropertyValues("mparticle.inputs.ios.api-key=k").run((context) -> {
			MissingMParticleCredentialsException cause = (MissingMParticleCredentialsException) NestedExceptionUtils
				.getMostSpecificCause(context.getStartupFailure());
			FailureAnalysis analysis = new MissingMParticleCredentialsFailureAnalyzer().analyze(cause);
			assertThat(analysis.getDescription()).contains("'mparticle.inputs.ios.api-secret' is not set");
			assertThat(analysis.getAction())
				.contains("mparticle.inputs.ios.api-key and mparticle.inputs.ios.api-secret")
				.contains("MPARTICLE_INPUTS_IOS_API_KEY and MPARTICLE_INPUTS_IOS_API_SECRET")
				.contains("remove the named input 'ios'");
		});
	}

	@Test
	void invalidSettingsNameTheInputsPropertyOrTheInheritedOne() {
		assertInvalid(this.named.withPropertyValues("mparticle.inputs.ios.connect-timeout=-5s"),
				"mparticle.inputs.ios.connect-timeout", "must be positive");
		assertInvalid(this.named.withPropertyValues("mparticle.inputs.android.base-url=http://proxy.example.com/v2"),
				"mparticle.inputs.android.base-url", "uses plain http for the non-loopback host");
		assertInvalid(
				this.named.withPropertyValues("mparticle.retry.initial-backoff=5s",
						"mparticle.inputs.ios.retry.max-backoff=1s"),
				"mparticle.retry.initial-backoff", "must not be longer than mparticle.inputs.ios.retry.max-backoff");
		assertThat(this.named.withPropertyValues("mparticle.inputs.ios.pod=us3"))
			.satisfies((runner) -> runner.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'mparticle.inputs.ios.pod'")));
	}

	@Test
	void aRetryAfterOnOneInputNeverPausesAnother() {
		server.stub(WireMock.post("/v2/events")
			.withHeader("Authorization", WireMock.equalTo(MockEventsApi.basicAuth("ios-key", "ios-secret")))
			.willReturn(WireMock.aResponse().withStatus(429).withHeader("Retry-After", "20")));
		// ios tries once and has five seconds: it learns of the Retry-After from its
		// first upload's failure, and fails its next at once instead of waiting 20 s
		this.both
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.inputs.ios.retry.max-attempts=1",
					"mparticle.inputs.ios.timeout=5s")
			.run((context) -> {
				EventsApi ios = context.getBean("ios", EventsApi.class);
				assertThatExceptionOfType(MParticleRateLimitException.class)
					.isThrownBy(() -> ios.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10)));
				UploadResult result = context.getBean(EventsApi.class)
					.uploadEvents(DocumentedExamples.minimal())
					.block(Duration.ofSeconds(10));
				assertThat(result.statusCode()).isEqualTo(202);
				assertThatExceptionOfType(MParticleRateLimitException.class)
					.as("the next ios upload waits for its Retry-After")
					.isThrownBy(() -> ios.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10)))
					.satisfies((ex) -> assertThat(ex.getAttempts()).isZero());
			});
		assertThat(server.requests()).extracting((request) -> request.getHeader("Authorization"))
			.containsExactly(MockEventsApi.basicAuth("ios-key", "ios-secret"),
					MockEventsApi.basicAuth("default-key", "default-secret"));
	}

	private static void upload(EventsApi eventsApi) {
		assertThat(eventsApi.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10)).statusCode())
			.isEqualTo(202);
	}

	private static int attemptsUntilFailure(EventsApi eventsApi) {
		MParticleServerException failure = catchThrowableOfType(MParticleServerException.class,
				() -> eventsApi.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10)));
		return failure.getAttempts();
	}

	private static void assertMissing(ApplicationContextRunner runner, String property, @Nullable String placeholder) {
		runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOfSatisfying(MissingMParticleCredentialsException.class, (ex) -> {
				assertThat(ex.getProperty()).isEqualTo(property);
				assertThat(ex.getUnresolvedPlaceholder()).isEqualTo(placeholder);
			}));
	}

	private static void assertInvalid(ApplicationContextRunner runner, String name, String reason) {
		runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, (ex) -> {
				assertThat(ex.getName()).isEqualTo(name);
				assertThat(ex.getMessage()).contains(reason);
			}));
	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedInjection {

		final EventsApi ios;

		final EventsApi primary;

		QualifiedInjection(@Qualifier("ios") EventsApi ios, EventsApi primary) {
			this.ios = ios;
			this.primary = primary;
		}

		@Bean
		String marker() {
			return "marker";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InputRecordingCustomizers {

		final List<String> eventsApis = new CopyOnWriteArrayList<>();

		final List<String> dispatchers = new CopyOnWriteArrayList<>();

		@Bean
		EventsApiBuilderCustomizer inputRecordingEventsApiCustomizer() {
			return new EventsApiBuilderCustomizer() {

				@Override
				public void customize(EventsApiBuilder builder) {
					throw new AssertionError("customize(String, EventsApiBuilder) is called instead");
				}

				@Override
				public void customize(String input, EventsApiBuilder builder) {
					InputRecordingCustomizers.this.eventsApis.add(input);
				}

			};
		}

		@Bean
		EventDispatcherBuilderCustomizer inputRecordingDispatcherCustomizer() {
			return new EventDispatcherBuilderCustomizer() {

				@Override
				public void customize(EventDispatcherBuilder builder) {
					throw new AssertionError("customize(String, EventDispatcherBuilder) is called instead");
				}

				@Override
				public void customize(String input, EventDispatcherBuilder builder) {
					InputRecordingCustomizers.this.dispatchers.add(input);
				}

			};
		}

	}

}

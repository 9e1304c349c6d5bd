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

import java.time.Duration;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for the {@link EventDispatcher} beans of {@link MParticleAutoConfiguration}:
 * which inputs get one, how they are named and qualified, and how the
 * {@code mparticle.dispatcher.*} properties reach them.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class EventDispatcherAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class));

	private final ApplicationContextRunner credentialed = this.contextRunner
		.withPropertyValues("mparticle.api-key=default-key", "mparticle.api-secret=default-secret");

	private final ApplicationContextRunner named = this.contextRunner.withPropertyValues(
			"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
			"mparticle.inputs.android.api-key=android-key", "mparticle.inputs.android.api-secret=android-secret");

	private final ApplicationContextRunner both = this.named.withPropertyValues("mparticle.api-key=default-key",
			"mparticle.api-secret=default-secret");

	@Test
	void theDefaultInputGetsAPrimaryDispatcherThatSendsThroughItsEventsApi() {
		this.credentialed.run((context) -> {
			assertThat(context).hasSingleBean(EventDispatcher.class)
				.hasBean("mparticleEventDispatcher")
				.hasSingleBean(EventDispatcherLifecycle.class)
				.hasBean("mparticleEventDispatcherLifecycle");
			assertThat(context.getBeanFactory().getBeanDefinition("mparticleEventDispatcher").isPrimary()).isTrue();
			assertThat(context.getBean(MParticleInputs.class).getDefaultDispatcher())
				.isSameAs(context.getBean(EventDispatcher.class));
		});
	}

	@Test
	void eachNamedInputGetsADispatcherThatItsQualifierSelects() {
		this.both.withUserConfiguration(QualifiedInjection.class).run((context) -> {
			assertThat(context.getBeansOfType(EventDispatcher.class)).containsOnlyKeys("mparticleEventDispatcher",
					"iosEventDispatcher", "androidEventDispatcher");
			assertThat(context.getBeansOfType(EventDispatcherLifecycle.class)).containsOnlyKeys(
					"mparticleEventDispatcherLifecycle", "iosEventDispatcherLifecycle",
					"androidEventDispatcherLifecycle");
			QualifiedInjection injection = context.getBean(QualifiedInjection.class);
			assertThat(injection.ios).isSameAs(context.getBean("iosEventDispatcher"));
			assertThat(injection.iosEventsApi).isSameAs(context.getBean("ios"));
			assertThat(injection.primary).isSameAs(context.getBean("mparticleEventDispatcher"));
			MParticleInputs inputs = context.getBean(MParticleInputs.class);
			assertThat(inputs.getDispatcher("android")).isSameAs(context.getBean("androidEventDispatcher"));
			assertThat(inputs.getDefaultDispatcher()).isSameAs(injection.primary);
			assertThat(context.getBeanFactory().getDependenciesForBean("iosEventDispatcher")).contains("ios");
			assertThat(context.getBeanFactory().getDependenciesForBean("iosEventDispatcherLifecycle"))
				.contains("iosEventDispatcher");
		});
	}

	@Test
	void withNamedInputsOnlyThereIsNoDefaultDispatcher() {
		this.named.run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean("mparticleEventDispatcher");
			assertThat(context.getBeansOfType(EventDispatcher.class)).containsOnlyKeys("iosEventDispatcher",
					"androidEventDispatcher");
			assertThat(context.getBean(MParticleInputs.class).getDefaultDispatcher()).isNull();
		});
	}

	@Test
	void anUnknownInputIsReportedWithTheKnownNames() {
		this.named.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(MParticleInputs.class).getDispatcher("web"))
			.withMessageContaining("No mParticle input named 'web'"));
	}

	@Test
	void dispatchersCanBeDisabledForEveryInput() {
		this.both.withPropertyValues("mparticle.dispatcher.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(EventDispatcher.class)
				.doesNotHaveBean(EventDispatcherLifecycle.class);
			assertThat(context.getBeansOfType(EventsApi.class)).hasSize(3);
			assertThat(context.getBean(MParticleInputs.class).getDefaultDispatcher()).isNull();
			assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(MParticleInputs.class).getDispatcher("ios"))
				.withMessage("The mParticle input 'ios' has no dispatcher: mparticle.inputs.ios.dispatcher.enabled "
						+ "or mparticle.dispatcher.enabled is false");
		});
	}

	@Test
	void anInputsOwnEnabledSettingOverridesTheTopLevelOne() {
		this.both
			.withPropertyValues("mparticle.dispatcher.enabled=false",
					"mparticle.inputs.android.dispatcher.enabled=true")
			.run((context) -> assertThat(context.getBeansOfType(EventDispatcher.class))
				.containsOnlyKeys("androidEventDispatcher"));
		this.both.withPropertyValues("mparticle.inputs.ios.dispatcher.enabled=false")
			.run((context) -> assertThat(context.getBeansOfType(EventDispatcher.class))
				.containsOnlyKeys("mparticleEventDispatcher", "androidEventDispatcher"));
	}

	@Test
	void aDispatcherOfTheApplicationReplacesTheDefaultOne() {
		EventDispatcher custom = mock(EventDispatcher.class);
		this.both.withBean("customDispatcher", EventDispatcher.class, () -> custom).run((context) -> {
			assertThat(context).doesNotHaveBean("mparticleEventDispatcher")
				.doesNotHaveBean("mparticleEventDispatcherLifecycle");
			assertThat(context.getBeansOfType(EventDispatcher.class)).containsOnlyKeys("customDispatcher",
					"iosEventDispatcher", "androidEventDispatcher");
			assertThat(context.getBean(MParticleInputs.class).getDefaultDispatcher()).isSameAs(custom);
		});
	}

	@Test
	void anEventsApiOfTheApplicationGetsTheDefaultDispatcher() {
		EventsApi custom = mock(EventsApi.class);
		this.contextRunner.withBean("customEventsApi", EventsApi.class, () -> custom)
			.run((context) -> assertThat(context).hasNotFailed().hasBean("mparticleEventDispatcher"));
		// next to named inputs, without @Primary
		this.both.withBean("customEventsApi", EventsApi.class, () -> custom)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("mparticleEventsApi")
				.hasBean("mparticleEventDispatcher"));
	}

	@Test
	void severalEventsApisOfTheApplicationWithoutAPrimaryOneFailStartup() {
		this.contextRunner.withBean("first", EventsApi.class, () -> mock(EventsApi.class))
			.withBean("second", EventsApi.class, () -> mock(EventsApi.class))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("needs one EventsApi that is not a named input's, or a @Primary one")
				.hasMessageContaining("mparticle.dispatcher.enabled=false"));
	}

	@Test
	void aDisabledStarterCreatesNoDispatcher() {
		this.contextRunner.withPropertyValues("mparticle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EventDispatcher.class)
				.doesNotHaveBean(EventDispatcherLifecycle.class));
	}

	@Test
	void theLogModeHasADispatcherToo() {
		this.credentialed.withPropertyValues("mparticle.mode=log")
			.run((context) -> assertThat(context).hasSingleBean(EventDispatcher.class));
	}

	@Test
	void dispatchersAreClosedWithTheContext() {
		this.both.run((context) -> {
			for (String name : new String[] { "iosEventDispatcher", "androidEventDispatcher" }) {
				assertThat(context.getBeanFactory().getBeanDefinition(name).getDestroyMethodName())
					.isEqualTo(AbstractBeanDefinition.INFER_METHOD);
			}
			// a @Bean method infers close() unless told otherwise
			assertThat(context.getBeanFactory().getBeanDefinition("mparticleEventDispatcher").getDestroyMethodName())
				.isEqualTo(AbstractBeanDefinition.INFER_METHOD);
		});
	}

	@Test
	void aNamedInputsPropertyIsNamedAsItsOwnOnlyWhenItSetsIt() {
		MParticleProperties properties = new MParticleProperties();
		properties.getDispatcher().setFlushInterval(Duration.ofMillis(250));
		MParticleInputProperties ios = new MParticleInputProperties();
		ios.getDispatcher().setMaxQueuedBatches(50);
		ios.getRetry().setMaxBackoff(Duration.ofSeconds(2));
		properties.getInputs().put("ios", ios);
		MParticleInput input = MParticleInput.of(properties, "ios");
		assertThat(input.propertyName("dispatcher.max-queued-batches"))
			.isEqualTo("mparticle.inputs.ios.dispatcher.max-queued-batches");
		assertThat(input.propertyName("retry.max-backoff")).isEqualTo("mparticle.inputs.ios.retry.max-backoff");
		assertThat(input.propertyName("dispatcher.flush-interval")).isEqualTo("mparticle.dispatcher.flush-interval");
		assertThat(MParticleInput.defaultInput(properties).propertyName("dispatcher.max-queued-batches"))
			.isEqualTo("mparticle.dispatcher.max-queued-batches");
	}

	@Test
	void propertiesBindFromTheirDocumentedForms() {
		this.credentialed
			.withPropertyValues("mparticle.dispatcher.overflow-policy=drop-oldest",
					"mparticle.dispatcher.max-queued-bytes=2MB", "mparticle.dispatcher.flush-interval=250ms",
					"mparticle.inputs.ios.api-key=k", "mparticle.inputs.ios.api-secret=s",
					"mparticle.inputs.ios.dispatcher.overflow-policy=block",
					"mparticle.inputs.ios.dispatcher.max-batches-per-second=2.5")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MParticleProperties properties = context.getBean(MParticleProperties.class);
				assertThat(properties.getDispatcher().getOverflowPolicy()).isEqualTo(OverflowPolicy.DROP_OLDEST);
				assertThat(properties.getDispatcher().getMaxQueuedBytes()).isEqualTo(DataSize.ofMegabytes(2));
				assertThat(properties.getDispatcher().getFlushInterval()).isEqualTo(Duration.ofMillis(250));
				MParticleInputProperties.Dispatcher ios = properties.getInputs().get("ios").getDispatcher();
				assertThat(ios.getOverflowPolicy()).isEqualTo(OverflowPolicy.BLOCK);
				assertThat(ios.getMaxBatchesPerSecond()).isEqualTo(2.5);
			});
		this.credentialed.withPropertyValues("mparticle.dispatcher.overflow-policy=newest-first")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'mparticle.dispatcher.overflow-policy'"));
	}

	@Test
	void invalidSettingsFailStartupNamingTheProperty() {
		assertInvalid(this.credentialed.withPropertyValues("mparticle.dispatcher.max-requests-in-flight=0"),
				"mparticle.dispatcher.max-requests-in-flight");
		assertInvalid(this.credentialed.withPropertyValues("mparticle.dispatcher.slow-down-at=101"),
				"mparticle.dispatcher.slow-down-at");
		assertInvalid(this.credentialed.withPropertyValues("mparticle.dispatcher.max-queued-bytes=1KB"),
				"mparticle.dispatcher.max-queued-bytes");
		assertInvalid(this.credentialed.withPropertyValues("mparticle.dispatcher.shutdown-timeout=-1s"),
				"mparticle.dispatcher.shutdown-timeout");
		assertInvalid(this.named.withPropertyValues("mparticle.inputs.ios.dispatcher.flush-interval=0s"),
				"mparticle.inputs.ios.dispatcher.flush-interval");
		assertInvalid(this.named.withPropertyValues("mparticle.dispatcher.max-queued-batches=0"),
				"mparticle.dispatcher.max-queued-batches");
		assertInvalid(this.named.withPropertyValues("mparticle.dispatcher.max-batches-per-second=-1"),
				"mparticle.dispatcher.max-batches-per-second");
		assertInvalid(this.named.withPropertyValues("mparticle.inputs.android.dispatcher.block-timeout=0s"),
				"mparticle.inputs.android.dispatcher.block-timeout");
	}

	@Test
	void customizersRunAfterTheProperties() {
		this.both.withPropertyValues("mparticle.dispatcher.max-requests-in-flight=0")
			.withBean(EventDispatcherBuilderCustomizer.class, () -> (builder) -> builder.maxRequestsInFlight(2))
			.run((context) -> assertThat(context).hasNotFailed()
				.getBeans(EventDispatcher.class)
				.containsOnlyKeys("mparticleEventDispatcher", "iosEventDispatcher", "androidEventDispatcher"));
	}

	@Test
	void theShutdownTimeoutIsFiveSixthsOfTheShutdownPhaseUnlessSet() {
		this.both.run((context) -> {
			assertThat(shutdownTimeout(context, "mparticle")).isEqualTo(Duration.ofSeconds(25));
			assertThat(shutdownTimeout(context, "ios")).isEqualTo(Duration.ofSeconds(25));
		});
		this.both.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=12s").run((context) -> {
			assertThat(shutdownTimeout(context, "mparticle")).isEqualTo(Duration.ofSeconds(10));
			assertThat(shutdownTimeout(context, "android")).isEqualTo(Duration.ofSeconds(10));
		});
		this.both
			.withPropertyValues("mparticle.dispatcher.shutdown-timeout=7s",
					"mparticle.inputs.ios.dispatcher.shutdown-timeout=3s")
			.run((context) -> {
				assertThat(shutdownTimeout(context, "mparticle")).isEqualTo(Duration.ofSeconds(7));
				assertThat(shutdownTimeout(context, "ios")).isEqualTo(Duration.ofSeconds(3));
				assertThat(shutdownTimeout(context, "android")).isEqualTo(Duration.ofSeconds(7));
			});
	}

	@Test
	void aShutdownPhaseLongerThanTheLongestShutdownTimeoutGivesTheLongestOne() {
		// 5/6 of 48h is longer than a dispatcher takes: it used to fail start-up naming
		// mparticle.dispatcher.shutdown-timeout, which was not set
		this.both.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=48h").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(shutdownTimeout(context, "mparticle")).isEqualTo(SettingChecks.MAX_DURATION);
			assertThat(shutdownTimeout(context, "ios")).isEqualTo(SettingChecks.MAX_DURATION);
		});
	}

	@Test
	void theDefaultShutdownPhaseTimeoutIsSpringBoots() {
		assertThat(MParticleEventDispatcherFactory.DEFAULT_SHUTDOWN_PHASE_TIMEOUT)
			.isEqualTo(new LifecycleProperties().getTimeoutPerShutdownPhase());
	}

	@Test
	void aShutdownTimeoutThatIsNotShorterThanTheShutdownPhaseIsWarnedAbout(CapturedOutput output) {
		this.both.withPropertyValues("mparticle.inputs.ios.dispatcher.shutdown-timeout=30s")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("WARN")
			.contains("The mParticle dispatcher 'ios' may take 30 s (mparticle.inputs.ios.dispatcher.shutdown-timeout)")
			.contains("Spring waits only 30 s (spring.lifecycle.timeout-per-shutdown-phase)")
			.doesNotContain("dispatcher 'default' may take")
			.doesNotContain("dispatcher 'android' may take");
	}

	@Test
	void aShorterShutdownTimeoutIsNotWarnedAbout(CapturedOutput output) {
		this.both
			.withPropertyValues("mparticle.dispatcher.shutdown-timeout=29s",
					"spring.lifecycle.timeout-per-shutdown-phase=30s")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("may take");
	}

	private static Duration shutdownTimeout(AssertableApplicationContext context, String input) {
		return context.getBean(input + "EventDispatcherLifecycle", EventDispatcherLifecycle.class).getShutdownTimeout();
	}

	private static void assertInvalid(ApplicationContextRunner runner, String name) {
		runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
					(ex) -> assertThat(ex.getName()).isEqualTo(name)));
	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedInjection {

		final EventDispatcher ios;

		final EventsApi iosEventsApi;

		final EventDispatcher primary;

		QualifiedInjection(@Qualifier("ios") EventDispatcher ios, @Qualifier("ios") EventsApi iosEventsApi,
				EventDispatcher primary) {
			this.ios = ios;
			this.iosEventsApi = iosEventsApi;
			this.primary = primary;
		}

	}

}

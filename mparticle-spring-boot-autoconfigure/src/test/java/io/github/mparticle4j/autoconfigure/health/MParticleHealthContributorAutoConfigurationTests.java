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

package io.github.mparticle4j.autoconfigure.health;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.health.MParticleHealthIndicator;
import io.github.mparticle4j.health.MParticleInputsHealthIndicator;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for {@link MParticleHealthContributorAutoConfiguration} and
 * {@link MParticleHealthIndicator}, with status transitions driven by real responses.
 *
 * @author mparticle4j contributors
 */
class MParticleHealthContributorAutoConfigurationTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class,
				MParticleHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				WebClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class))
		.withPropertyValues("mparticle.api-key=" + MockEventsApi.KEY, "mparticle.api-secret=" + MockEventsApi.SECRET,
				"mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=1");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	@Test
	void indicatorIsCreatedAsMParticle() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MParticleHealthIndicator.class)
			.hasBean("mparticleHealthContributor"));
	}

	@Test
	void indicatorIsNotCreatedWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.mparticle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MParticleHealthIndicator.class));
	}

	@Test
	void indicatorIsNotCreatedWithoutActuatorHealth() {
		// through @EnableAutoConfiguration, whose import filter reads the generated
		// auto-configuration metadata just as an application without spring-boot-health
		// does
		new ApplicationContextRunner().withUserConfiguration(AutoConfiguredApplication.class)
			.withPropertyValues("mparticle.api-key=key", "mparticle.api-secret=secret")
			.withClassLoader(new WithoutSpringBootHealth())
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(EventsApi.class)
				.doesNotHaveBean(MParticleHealthIndicator.class));
	}

	@Test
	void indicatorIsNotCreatedWhenTheStarterIsDisabled() {
		this.contextRunner.withPropertyValues("mparticle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MParticleHealthIndicator.class));
	}

	@Test
	void userDefinedIndicatorBacksOff() {
		this.contextRunner
			.withBean("mparticleHealthIndicator", ReactiveHealthIndicator.class,
					() -> () -> Mono.just(Health.up().build()))
			.run((context) -> assertThat(context).doesNotHaveBean(MParticleHealthIndicator.class));
	}

	@Test
	void unknownBeforeTheFirstUploadWithPodAndEnvironment() {
		this.contextRunner.withPropertyValues("mparticle.environment=production").run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getDetails()).containsEntry("baseUrl", server.baseUrl())
				.containsEntry("environment", "production")
				.containsEntry("successfulUploads", 0L)
				.doesNotContainKey("lastSuccess");
		});
	}

	@Test
	void podIsShownForAMParticlePod() {
		this.contextRunner.withPropertyValues("mparticle.base-url=", "mparticle.pod=eu1")
			.run((context) -> assertThat(health(context).getDetails()).containsEntry("pod", "EU1")
				.doesNotContainKey("baseUrl"));
	}

	@Test
	void upAfterASuccessfulUploadWithRateLimitUsage() {
		server.stub(WireMock.post("/v2/events")
			.willReturn(WireMock.aResponse().withStatus(202).withHeader("X-mp-rate-limit-percentage-used", "37")));
		this.contextRunner.run((context) -> {
			upload(context);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("successfulUploads", 1L)
				.containsEntry("rateLimitPercentageUsed", 37)
				.containsKey("lastSuccess");
		});
	}

	@Test
	void degradedAfterAnAuthenticationFailureUntilTheNextSuccess() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(202), WireMock.aResponse().withStatus(403),
				WireMock.aResponse().withStatus(202));
		this.contextRunner.run((context) -> {
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			upload(context);
			Health down = health(context);
			assertThat(down.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
			assertThat(down.getDetails()).containsEntry("reason", "mParticle rejected the credentials");
			assertThat((String) down.getDetails().get("lastFailureReason")).contains("403 Forbidden")
				.doesNotContain(MockEventsApi.SECRET);
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void degradedAfterTheThresholdOfConsecutiveFailures() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(202), WireMock.aResponse().withStatus(503),
				WireMock.aResponse().withStatus(503), WireMock.aResponse().withStatus(202));
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-threshold=2").run((context) -> {
			upload(context);
			upload(context);
			Health afterOne = health(context);
			assertThat(afterOne.getStatus()).isEqualTo(Status.UP);
			assertThat(afterOne.getDetails()).containsEntry("consecutiveFailures", 1);
			upload(context);
			Health afterTwo = health(context);
			assertThat(afterTwo.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
			assertThat(afterTwo.getDetails()).containsEntry("reason", "2 uploads in a row failed (threshold 2)")
				.containsEntry("failedUploads", 2L);
			assertThat((String) afterTwo.getDetails().get("lastFailureReason")).contains("503 Service Unavailable");
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void downAfterFailuresWhenChosen() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(202), WireMock.aResponse().withStatus(403));
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-status=down").run((context) -> {
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void outOfServiceAfterFailuresWhenChosen() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(403));
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-status=out-of-service")
			.run((context) -> {
				upload(context);
				assertThat(health(context).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			});
	}

	@Test
	void responseBodiesNeverReachTheDetails() {
		server.respondInTurn("/events",
				WireMock.aResponse()
					.withStatus(400)
					.withHeader("Content-Type", "text/plain")
					.withBody("customer_id 1234 jane.doe@example.com is not accepted"),
				WireMock.aResponse()
					.withStatus(400)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"jane.doe@example.com\"}]}"),
				WireMock.aResponse().withStatus(502).withBody("<html>upstream jane.doe@example.com</html>"));
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-threshold=1").run((context) -> {
			upload(context);
			assertThat(health(context).getDetails()).containsEntry("lastFailureReason",
					"400 Bad Request after 1 attempt");
			upload(context);
			assertThat(health(context).getDetails()).containsEntry("lastFailureReason",
					"400 Bad Request, error codes [BAD_REQUEST] after 1 attempt");
			upload(context);
			Health health = health(context);
			assertThat(health.getDetails()).containsEntry("lastFailureReason", "502 Bad Gateway after 1 attempt");
			assertThat(health.getDetails().toString()).doesNotContain("jane.doe", "1234", "html");
		});
	}

	@Test
	void transportFailuresAreDescribedByTheirKind() {
		server.respondInTurn("/events", WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-threshold=1").run((context) -> {
			upload(context);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
			assertThat((String) health.getDetails().get("lastFailureReason")).startsWith("no response (")
				.endsWith(") after 1 attempt");
		});
	}

	@Test
	void oneComponentPerInputUnderMParticleWithTheSameSettings() {
		server.stub(WireMock.post("/v2/events")
			.withHeader("Authorization", WireMock.equalTo(MockEventsApi.basicAuth("ios-key", "ios-secret")))
			.willReturn(WireMock.aResponse().withStatus(403)));
		server.stub(WireMock.post("/v2/events")
			.withHeader("Authorization", WireMock.equalTo(MockEventsApi.basicAuth("android-key", "android-secret")))
			.willReturn(WireMock.aResponse().withStatus(202)));
		this.contextRunner
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.android.api-key=android-key",
					"mparticle.inputs.android.api-secret=android-secret", "mparticle.inputs.android.pod=eu1",
					"mparticle.inputs.android.base-url=" + server.baseUrl())
			.run((context) -> {
				MParticleInputsHealthIndicator composite = context.getBean("mparticleHealthContributor",
						MParticleInputsHealthIndicator.class);
				assertThat(composite.getInputNames()).containsExactly("default", "ios", "android");
				upload(context.getBean("ios", EventsApi.class));
				upload(context.getBean("android", EventsApi.class));
				Health ios = health(composite, "ios");
				assertThat(ios.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
				assertThat(ios.getDetails()).containsEntry("reason", "mParticle rejected the credentials");
				assertThat(health(composite, "android").getStatus()).isEqualTo(Status.UP);
				assertThat(health(composite, "default").getStatus()).isEqualTo(Status.UNKNOWN);
				Health mparticle = composite.health().block(Duration.ofSeconds(10));
				assertThat(mparticle.getStatus()).as("the worst of its inputs")
					.isEqualTo(MParticleHealthIndicator.DEGRADED);
				assertThat(mparticle.getDetails()).containsOnlyKeys("default", "ios", "android");
				assertThat(((Health) mparticle.getDetails().get("ios")).getStatus())
					.isEqualTo(MParticleHealthIndicator.DEGRADED);
			});
	}

	@Test
	void anInputInLogModeSaysSoInItsDetails() {
		this.contextRunner
			.withPropertyValues("mparticle.inputs.ios.mode=log", "mparticle.inputs.ios.api-key=ios-key",
					"mparticle.inputs.ios.api-secret=ios-secret")
			.run((context) -> {
				MParticleInputsHealthIndicator composite = context.getBean("mparticleHealthContributor",
						MParticleInputsHealthIndicator.class);
				assertThat(health(composite, "ios").getDetails()).containsEntry("mode", "log")
					.containsKey("successfulUploads");
				assertThat(health(composite, "default").getDetails()).doesNotContainKey("mode");
			});
	}

	@Test
	void theDefaultInputInLogModeSaysSoInItsDetails() {
		this.contextRunner.withPropertyValues("mparticle.mode=log").run((context) -> {
			Health health = health(context);
			assertThat(health.getDetails()).containsEntry("mode", "log");
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void namedInputsOnlyAreComponentsUnderMParticle() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class,
					MParticleHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
					WebClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class))
			.withPropertyValues("mparticle.inputs.ios.api-key=k", "mparticle.inputs.ios.api-secret=s",
					"management.health.mparticle.failure-status=down")
			.run((context) -> {
				MParticleInputsHealthIndicator composite = context.getBean("mparticleHealthContributor",
						MParticleInputsHealthIndicator.class);
				assertThat(composite.getInputNames()).containsExactly("ios");
				assertThat(health(composite, "ios").getStatus()).isEqualTo(Status.UNKNOWN);
			});
	}

	@Test
	void theDetailsShowTheStateOfTheDispatcherButNotItsStatus() {
		server.accept("/bulkevents");
		this.contextRunner.withPropertyValues("mparticle.dispatcher.flush-interval=1h").run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			dispatcher.enqueue(DocumentedExamples.minimal());
			dispatcher.enqueue(DocumentedExamples.minimal().sourceRequestId("own-id"));
			Health queued = health(context);
			assertThat(queued.getStatus()).as("no upload yet").isEqualTo(Status.UNKNOWN);
			assertThat(dispatcherDetails(queued)).containsEntry("queuedBatches", 2)
				.containsEntry("requestsInFlight", 0)
				.containsEntry("delivered", 0L)
				.containsEntry("failed", 0L)
				.containsEntry("dropped", 0L)
				.containsKeys("queuedBytes", "oldestPendingAge");
			assertThat((long) dispatcherDetails(queued).get("queuedBytes")).isPositive();
			assertThat((String) dispatcherDetails(queued).get("oldestPendingAge")).matches("\\d+(\\.\\d+)? m?s");
			dispatcher.flush().get(10, TimeUnit.SECONDS);
			Health delivered = health(context);
			assertThat(dispatcherDetails(delivered)).containsEntry("queuedBatches", 0)
				.containsEntry("queuedBytes", 0L)
				.containsEntry("oldestPendingAge", "0 s")
				.containsEntry("delivered", 2L);
		});
	}

	@Test
	void onlyInputsWithADispatcherShowOne() {
		this.contextRunner
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.ios.dispatcher.enabled=false", "mparticle.inputs.android.api-key=android-key",
					"mparticle.inputs.android.api-secret=android-secret")
			.run((context) -> {
				MParticleInputsHealthIndicator composite = context.getBean("mparticleHealthContributor",
						MParticleInputsHealthIndicator.class);
				assertThat(health(composite, "default").getDetails()).containsKey("dispatcher");
				assertThat(health(composite, "android").getDetails()).containsKey("dispatcher");
				assertThat(health(composite, "ios").getDetails()).doesNotContainKey("dispatcher");
				EventDispatcher android = context.getBean(MParticleInputs.class).getDispatcher("android");
				android.enqueue(DocumentedExamples.minimal());
				assertThat(dispatcherDetails(health(composite, "android"))).containsEntry("queuedBatches", 1);
				assertThat(dispatcherDetails(health(composite, "default"))).containsEntry("queuedBatches", 0);
			});
	}

	@Test
	void withoutDispatchersTheDetailsAreTheClientsOnly() {
		this.contextRunner.withPropertyValues("mparticle.dispatcher.enabled=false")
			.run((context) -> assertThat(health(context).getDetails()).doesNotContainKey("dispatcher")
				.containsKey("successfulUploads"));
	}

	@Test
	void aDispatcherThatDoesNotReportIsLeftOut() {
		Health health = new MParticleHealthIndicator(Mockito.mock(EventsApi.class), Mockito.mock(EventDispatcher.class),
				3, MParticleHealthIndicator.DEGRADED)
			.health()
			.block(Duration.ofSeconds(10));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).doesNotContainKey("dispatcher");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> dispatcherDetails(Health health) {
		return (Map<String, Object>) health.getDetails().get("dispatcher");
	}

	private static Health health(MParticleInputsHealthIndicator composite, String name) {
		return composite.getInput(name).health().block(Duration.ofSeconds(10));
	}

	private static void upload(EventsApi eventsApi) {
		catchThrowable(() -> eventsApi.uploadEvents(DocumentedExamples.minimal()).block(Duration.ofSeconds(10)));
	}

	@Test
	void aMockedClientIsReportedAsUnknown() {
		EventsApi mock = Mockito.mock(EventsApi.class);
		Health health = new MParticleHealthIndicator(mock, 3).health().block(Duration.ofSeconds(10));
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("successfulUploads", 0L).doesNotContainKey("error");
	}

	@Test
	void failuresBelowTheThresholdBeforeAnySuccessAreUnknown() {
		server.respondInTurn("/events", WireMock.aResponse().withStatus(503));
		this.contextRunner.run((context) -> {
			upload(context);
			assertThat(health(context).getStatus()).isEqualTo(Status.UNKNOWN);
		});
	}

	@Test
	void invalidThresholdFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("management.health.mparticle.failure-threshold=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("management.health.mparticle.failure-threshold"));
	}

	private static void upload(AssertableApplicationContext context) {
		Batch batch = DocumentedExamples.minimal();
		catchThrowable(() -> context.getBean(EventsApi.class).uploadEvents(batch).block(Duration.ofSeconds(10)));
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean("mparticleHealthContributor", ReactiveHealthIndicator.class)
			.health()
			.block(Duration.ofSeconds(10));
	}

	/**
	 * Hides the classes and the resources of the spring-boot-health jar, as if it were
	 * not on the class path.
	 */
	static class WithoutSpringBootHealth extends FilteredClassLoader {

		WithoutSpringBootHealth() {
			super("org.springframework.boot.health");
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			List<URL> urls = Collections.list(super.getResources(name));
			urls.removeIf((url) -> url.toString().contains("/spring-boot-health-"));
			return Collections.enumeration(urls);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class AutoConfiguredApplication {

	}

}

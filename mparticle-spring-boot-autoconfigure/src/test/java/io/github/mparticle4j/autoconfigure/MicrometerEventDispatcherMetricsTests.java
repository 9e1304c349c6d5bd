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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherListener;
import io.github.mparticle4j.model.DocumentedExamples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link MicrometerEventDispatcherMetrics} and how the auto-configuration
 * registers it.
 *
 * @author mparticle4j contributors
 */
class MicrometerEventDispatcherMetricsTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerEventDispatcherMetrics metrics = new MicrometerEventDispatcherMetrics(this.registry);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
		.withPropertyValues("mparticle.api-key=k", "mparticle.api-secret=s", "mparticle.inputs.ios.api-key=ios-k",
				"mparticle.inputs.ios.api-secret=ios-s");

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theListenerCountsBatchesAndTimesTheirDelivery() {
		EventDispatcherListener listener = this.metrics.listener("ios");
		listener.enqueued(120);
		listener.enqueued(80);
		listener.delivered(Duration.ofMillis(300));
		listener.delivered(Duration.ofMillis(500));
		assertThat(counter("enqueued", "ios")).isEqualTo(2);
		assertThat(counter("delivered", "ios")).isEqualTo(2);
		assertThat(this.registry.get("mparticle.dispatcher.delivery").tag("input", "ios").timer().count()).isEqualTo(2);
		assertThat(this.registry.get("mparticle.dispatcher.delivery")
			.tag("input", "ios")
			.timer()
			.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(800);
	}

	@Test
	void failuresAndDropsAreCountedApartByReason() {
		EventDispatcherListener listener = this.metrics.listener("default");
		listener.failed(DispatchFailure.Reason.BAD_REQUEST, 3);
		listener.failed(DispatchFailure.Reason.QUEUE_FULL, 2);
		listener.failed(DispatchFailure.Reason.SHUTDOWN, 1);
		assertThat(reasonCounter("failed", "bad_request")).isEqualTo(3);
		assertThat(reasonCounter("dropped", "queue_full")).isEqualTo(2);
		assertThat(reasonCounter("dropped", "shutdown")).isEqualTo(1);
		for (DispatchFailure.Reason reason : DispatchFailure.Reason.values()) {
			String name = "mparticle.dispatcher." + (reason.isDrop() ? "dropped" : "failed");
			String other = "mparticle.dispatcher." + (reason.isDrop() ? "failed" : "dropped");
			assertThat(this.registry.find(name).tags("input", "default", "reason", reason.tagValue()).counter())
				.as("%s is registered before it happens", reason)
				.isNotNull();
			assertThat(this.registry.find(other).tags("reason", reason.tagValue()).counter()).isNull();
		}
	}

	@Test
	void requestsAreSummarizedWithTheirRetries() {
		EventDispatcherListener listener = this.metrics.listener("default");
		listener.requestAccepted(40, 90_000, 0);
		listener.requestAccepted(10, 10_000, 2);
		listener.requestFailed(5);
		listener.rateLimitWait(Duration.ofSeconds(3));
		assertThat(this.registry.get("mparticle.dispatcher.request.batches").summary().totalAmount()).isEqualTo(50);
		assertThat(this.registry.get("mparticle.dispatcher.request.batches").summary().count()).isEqualTo(2);
		assertThat(this.registry.get("mparticle.dispatcher.request.bytes").summary().max()).isEqualTo(90_000);
		assertThat(this.registry.get("mparticle.dispatcher.request.bytes").summary().getId().getBaseUnit())
			.isEqualTo("bytes");
		assertThat(counter("retries", "default")).isEqualTo(7);
		assertThat(counter("rate.limit.waits", "default")).isEqualTo(1);
	}

	@Test
	void theQueueIsGaugedFromTheDispatchersStatus() {
		EventDispatcher dispatcher = mock(EventDispatcher.class);
		given(dispatcher.status())
			.willReturn(new DispatcherStatus(7, 4096, 1, Duration.ofMillis(20), 9, 0, 2, 0, 0, 2, true, null));
		this.metrics.bind("ios", dispatcher);
		assertThat(this.registry.get("mparticle.dispatcher.queued.batches").tag("input", "ios").gauge().value())
			.isEqualTo(7);
		assertThat(this.registry.get("mparticle.dispatcher.queued.bytes").tag("input", "ios").gauge().value())
			.isEqualTo(4096);
	}

	@Test
	void everyDispatcherIsMeasuredWithSpringBootsMeterRegistry() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(MicrometerEventDispatcherMetrics.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String input : new String[] { "default", "ios" }) {
					assertThat(registry.find("mparticle.dispatcher.enqueued").tag("input", input).counter())
						.isNotNull();
					assertThat(registry.find("mparticle.dispatcher.queued.batches").tag("input", input).gauge())
						.isNotNull();
				}
			});
	}

	@Test
	void theMetersFollowWhatTheDispatchersDoAgainstMParticle() {
		String ios = MockEventsApi.basicAuth("ios-k", "ios-s");
		server.stub(WireMock.post("/v2/bulkevents")
			.withHeader("Authorization", WireMock.equalTo(ios))
			.atPriority(1)
			.willReturn(WireMock.aResponse().withStatus(400)));
		// a 429 asking for no wait: the path of any Retry-After, without a real wait
		server.respondInTurn("/bulkevents", WireMock.aResponse().withStatus(429).withHeader("Retry-After", "0"),
				WireMock.aResponse().withStatus(202));
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=1",
					"mparticle.inputs.ios.dispatcher.flush-interval=1h",
					"mparticle.inputs.ios.dispatcher.max-queued-batches=1")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				MParticleInputs inputs = context.getBean(MParticleInputs.class);
				// default: a 429 with Retry-After, then accepted
				CompletableFuture<Delivery> delivered = inputs.getDefaultDispatcher()
					.enqueue(DocumentedExamples.minimal());
				inputs.getDefaultDispatcher().flush();
				assertThat(delivered).succeedsWithin(Duration.ofSeconds(10));
				// ios: one batch queued, one dropped from the full queue, then refused
				CompletableFuture<Delivery> refused = inputs.getDispatcher("ios").enqueue(DocumentedExamples.minimal());
				inputs.getDispatcher("ios").enqueue(DocumentedExamples.minimal());
				assertThat(gauge(registry, "queued.batches", "ios")).isEqualTo(1);
				assertThat(gauge(registry, "queued.bytes", "ios")).isPositive();
				CompletableFuture<Void> settled = inputs.getDispatcher("ios").flush();
				assertThat(refused).failsWithin(Duration.ofSeconds(10));
				// the flush completes once the refused batch is settled, and counted
				assertThat(settled).succeedsWithin(Duration.ofSeconds(10));
				assertThat(count(registry, "failed", "ios", "bad_request")).isEqualTo(1);
				assertThat(count(registry, "enqueued", "default", null)).isEqualTo(1);
				assertThat(count(registry, "delivered", "default", null)).isEqualTo(1);
				assertThat(count(registry, "retries", "default", null)).isEqualTo(1);
				assertThat(count(registry, "rate.limit.waits", "default", null)).isEqualTo(1);
				assertThat(registry.get("mparticle.dispatcher.delivery").tag("input", "default").timer().count())
					.isEqualTo(1);
				assertThat(registry.get("mparticle.dispatcher.request.batches")
					.tag("input", "default")
					.summary()
					.totalAmount()).isEqualTo(1);
				assertThat(registry.get("mparticle.dispatcher.request.bytes").tag("input", "default").summary().max())
					.isPositive();
				assertThat(gauge(registry, "queued.batches", "default")).isZero();
				assertThat(count(registry, "enqueued", "ios", null)).isEqualTo(1);
				assertThat(count(registry, "dropped", "ios", "queue_full")).isEqualTo(1);
				assertThat(count(registry, "delivered", "ios", null)).isZero();
				assertThat(gauge(registry, "queued.batches", "ios")).isZero();
			});
	}

	@Test
	void aCustomizerThatAddsAListenerKeepsTheMetersWhileOneThatSetsAListenerReplacesThem() {
		AtomicInteger added = new AtomicInteger();
		AtomicInteger replacing = new AtomicInteger();
		EventDispatcherListener counting = new EventDispatcherListener() {

			@Override
			public void enqueued(int bytes) {
				added.incrementAndGet();
			}

		};
		EventDispatcherListener replacement = new EventDispatcherListener() {

			@Override
			public void enqueued(int bytes) {
				replacing.incrementAndGet();
			}

		};
		ApplicationContextRunner runner = this.contextRunner
			.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("mparticle.mode=log");
		runner.withBean(EventDispatcherBuilderCustomizer.class, () -> (builder) -> builder.addListener(counting))
			.run((context) -> {
				enqueueAndFlush(context.getBean(EventDispatcher.class));
				assertThat(count(context.getBean(MeterRegistry.class), "enqueued", "default", null)).isEqualTo(1);
				assertThat(added).hasValue(1);
			});
		runner.withBean(EventDispatcherBuilderCustomizer.class, () -> (builder) -> builder.listener(replacement))
			.run((context) -> {
				enqueueAndFlush(context.getBean(EventDispatcher.class));
				assertThat(count(context.getBean(MeterRegistry.class), "enqueued", "default", null)).isZero();
				assertThat(replacing).hasValue(1);
			});
	}

	private static void enqueueAndFlush(EventDispatcher dispatcher) {
		CompletableFuture<Delivery> delivered = dispatcher.enqueue(DocumentedExamples.minimal());
		dispatcher.flush();
		assertThat(delivered).succeedsWithin(Duration.ofSeconds(10));
	}

	@Test
	void withoutAMeterRegistryThereAreNoMetrics() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.hasBean("mparticleEventDispatcher")
			.doesNotHaveBean(MicrometerEventDispatcherMetrics.class));
	}

	@Test
	void withoutMicrometerThereAreNoMetrics() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("iosEventDispatcher")
				.doesNotHaveBean("mparticleEventDispatcherMetrics"));
	}

	private static double gauge(MeterRegistry registry, String name, String input) {
		return registry.get("mparticle.dispatcher." + name).tag("input", input).gauge().value();
	}

	private static double count(MeterRegistry registry, String name, String input, String reason) {
		return ((reason != null) ? registry.get("mparticle.dispatcher." + name).tags("input", input, "reason", reason)
				: registry.get("mparticle.dispatcher." + name).tag("input", input))
			.counter()
			.count();
	}

	private double counter(String name, String input) {
		return this.registry.get("mparticle.dispatcher." + name).tag("input", input).counter().count();
	}

	private double reasonCounter(String name, String reason) {
		return this.registry.get("mparticle.dispatcher." + name).tag("reason", reason).counter().count();
	}

}

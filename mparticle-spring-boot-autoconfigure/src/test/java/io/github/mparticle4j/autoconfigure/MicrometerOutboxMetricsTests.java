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

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MicrometerOutboxMetrics}: the meters of the outbox stores, on an
 * embedded H2 database, against a WireMock stand-in for mParticle.
 *
 * @author mparticle4j contributors
 */
class MicrometerOutboxMetricsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
		.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.api-key=key",
				"mparticle.api-secret=secret", "mparticle.retry.max-attempts=1",
				"mparticle.dispatcher.flush-interval=1h");

	private final ApplicationContextRunner jdbc = this.contextRunner
		.withPropertyValues("mparticle.dispatcher.store=jdbc");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	@Test
	void theMetersFollowThePendingAndDeadRowsAndTimeAppendsAndClaims() {
		server.accept("/bulkevents");
		this.jdbc.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasSingleBean(MicrometerOutboxMetrics.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			assertThat(gauge(registry, "pending")).isZero();
			assertThat(gauge(registry, "dead")).isZero();
			TimeGauge oldest = registry.get("mparticle.outbox.oldest.pending.age").tag("input", "default").timeGauge();
			assertThat(oldest.baseTimeUnit()).isEqualTo(TimeUnit.SECONDS);
			assertThat(oldest.value()).isZero();
			CompletableFuture<Delivery> first = dispatcher.enqueue(batch("pending-1"));
			dispatcher.enqueue(batch("pending-2"));
			dispatcher.enqueue(batch("pending-3"));
			assertThat(gauge(registry, "pending")).as("written, not sent before the flush").isEqualTo(3);
			assertThat(timerCount(registry, "append")).isEqualTo(3);
			dispatcher.flush().get(10, TimeUnit.SECONDS);
			assertThat(first).succeedsWithin(TIMEOUT);
			assertThat(gauge(registry, "pending")).isZero();
			assertThat(oldest.value()).as("nothing is pending").isZero();
			assertThat(timerCount(registry, "claim")).isPositive();
			// mParticle now refuses every request as malformed
			server.reset();
			server.respondInTurn("/bulkevents", WireMock.aResponse().withStatus(400));
			CompletableFuture<Delivery> refused = dispatcher.enqueue(batch("dead-1"));
			dispatcher.flush().get(10, TimeUnit.SECONDS);
			assertThat(refused).failsWithin(TIMEOUT);
			assertThat(gauge(registry, "dead")).isEqualTo(1);
			assertThat(gauge(registry, "pending")).isZero();
			assertThat(timerCount(registry, "append")).isEqualTo(4);
		});
	}

	@Test
	void eachInputIsMeasuredUnderItsName() {
		server.accept("/bulkevents");
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.ios.dispatcher.store=jdbc")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				context.getBean(MParticleInputs.class).getDispatcher("ios").enqueue(batch("ios-1"));
				assertThat(registry.get("mparticle.outbox.pending").tag("input", "ios").gauge().value()).isOne();
				assertThat(registry.find("mparticle.outbox.pending").tag("input", "default").gauge())
					.as("the default input keeps its batches in memory")
					.isNull();
			});
	}

	@Test
	void theMemoryStoreHasNoOutboxMeters() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			context.getBean(EventDispatcher.class);
			assertThat(context.getBean(MeterRegistry.class).find("mparticle.outbox.pending").meters()).isEmpty();
			assertThat(context.getBean(MeterRegistry.class).find("mparticle.dispatcher.queued.batches").meters())
				.isNotEmpty();
		});
	}

	@Test
	void withoutMicrometerTheOutboxWorksUnmeasured() {
		server.accept("/bulkevents");
		this.jdbc.withClassLoader(new FilteredClassLoader("io.micrometer")).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(OutboxMetrics.class)
				.doesNotHaveBean(EventDispatcherMetrics.class);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			CompletableFuture<Delivery> delivery = dispatcher.enqueue(batch("unmeasured-1"));
			dispatcher.flush();
			assertThat(delivery).succeedsWithin(TIMEOUT);
		});
	}

	private static double gauge(MeterRegistry registry, String name) {
		return registry.get("mparticle.outbox." + name).tag("input", "default").gauge().value();
	}

	private static long timerCount(MeterRegistry registry, String name) {
		return registry.get("mparticle.outbox." + name).tag("input", "default").timer().count();
	}

	private static Batch batch(String sourceRequestId) {
		return DocumentedExamples.minimal().sourceRequestId(sourceRequestId);
	}

}

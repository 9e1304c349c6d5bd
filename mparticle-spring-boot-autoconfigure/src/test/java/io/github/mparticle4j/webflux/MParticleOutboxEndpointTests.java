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

package io.github.mparticle4j.webflux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.autoconfigure.MParticleOutbox;
import io.github.mparticle4j.autoconfigure.outbox.MParticleOutboxEndpoint;
import io.github.mparticle4j.autoconfigure.outbox.MParticleOutboxEndpoint.DeadBatchDescriptor;
import io.github.mparticle4j.autoconfigure.outbox.MParticleOutboxEndpoint.DeadBatchesPage;
import io.github.mparticle4j.autoconfigure.outbox.MParticleOutboxEndpointAutoConfiguration;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MParticleOutbox} and {@link MParticleOutboxEndpoint}, with the JDBC
 * store on an embedded H2 database and mParticle on 127.0.0.1 refusing batches. Here,
 * with the WebFlux application tests, since only their run has Actuator's
 * auto-configuration on the class path.
 *
 * @author mparticle4j contributors
 */
class MParticleOutboxEndpointTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				MParticleOutboxEndpointAutoConfiguration.class))
		.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.api-key=key",
				"mparticle.api-secret=secret", "mparticle.retry.max-attempts=1",
				"mparticle.dispatcher.flush-interval=10ms", "mparticle.dispatcher.store=jdbc",
				"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
				"mparticle.inputs.web.api-key=web-key", "mparticle.inputs.web.api-secret=web-secret",
				"mparticle.inputs.web.dispatcher.store=memory");

	private final ApplicationContextRunner exposed = this.contextRunner
		.withPropertyValues("management.endpoints.web.exposure.include=mparticleoutbox");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void refuseEverything() {
		server.reset();
		server.stub(WireMock.post("/v2/bulkevents").willReturn(WireMock.aResponse().withStatus(400)));
	}

	@Test
	void theOutboxHasTheInputsThatUseItAndTheirDeadBatches() {
		this.contextRunner.run((context) -> {
			MParticleOutbox outbox = context.getBean(MParticleOutbox.class);
			assertThat(outbox.inputs()).containsExactlyInAnyOrder("default", "ios");
			assertThat(outbox.tableName("ios")).isEqualTo("mparticle_outbox");
			refused(context.getBean(MParticleInputs.class).getDispatcher("ios"), "ios-1");
			assertThat(outbox.deadBatches("ios").list(10)).singleElement().satisfies((dead) -> {
				assertThat(dead.sourceRequestId()).isEqualTo("ios-1");
				assertThat(dead.reason()).isEqualTo(Reason.BAD_REQUEST);
			});
			assertThat(outbox.deadBatches("default").count()).isZero();
			assertThatIllegalArgumentException().isThrownBy(() -> outbox.deadBatches("web"))
				.withMessageContaining("'web' does not keep its batches in the outbox")
				.withMessageContaining("default")
				.withMessageContaining("ios");
		});
	}

	@Test
	void theEndpointIsNotThereUnlessExposedAsBootsOwnAreNot() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MParticleOutbox.class);
			assertThat(context).doesNotHaveBean(MParticleOutboxEndpoint.class);
		});
		this.exposed.run((context) -> assertThat(context).hasSingleBean(MParticleOutboxEndpoint.class));
		this.exposed.withPropertyValues("management.endpoint.mparticleoutbox.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MParticleOutboxEndpoint.class));
	}

	@Test
	void withoutActuatorThereIsTheOutboxButNoEndpoint() {
		this.exposed.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(MParticleOutbox.class);
			assertThat(context).doesNotHaveBean(MParticleOutboxEndpoint.class);
		});
	}

	@Test
	void withoutSpringJdbcThereIsNeitherOutboxNorEndpoint() {
		this.exposed.withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
			.withPropertyValues("mparticle.dispatcher.store=memory")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(MParticleOutbox.class);
				assertThat(context).doesNotHaveBean(MParticleOutboxEndpoint.class);
			});
	}

	@Test
	void theEndpointListsDeadBatchesAPageAtATimeWithoutTheirData() {
		this.exposed.run((context) -> {
			MParticleOutboxEndpoint endpoint = context.getBean(MParticleOutboxEndpoint.class);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			for (int i = 1; i <= 3; i++) {
				refused(dispatcher, "dead-" + i);
			}
			assertThat(endpoint.inputs().inputs()).containsOnlyKeys("default", "ios");
			assertThat(endpoint.inputs().inputs().get("default").deadBatches()).isEqualTo(3);
			List<String> ids = new ArrayList<>();
			DeadBatchesPage page = endpoint.deadBatches("default", 2, null);
			page.deadBatches().forEach((dead) -> ids.add(dead.sourceRequestId()));
			assertThat(page.next()).isNotNull();
			page = endpoint.deadBatches("default", 2, page.next());
			page.deadBatches().forEach((dead) -> ids.add(dead.sourceRequestId()));
			assertThat(page.next()).isNull();
			assertThat(ids).containsExactlyInAnyOrder("dead-1", "dead-2", "dead-3");
			DeadBatchDescriptor first = endpoint.deadBatches("default", null, null).deadBatches().get(0);
			assertThat(first.reason()).isEqualTo(Reason.BAD_REQUEST);
			assertThat(first.attempts()).isNotNegative();
			assertThat(first.size()).isPositive();
			assertThat(first.toString()).as("no data").doesNotContain("click").doesNotContain("1234");
			assertThat(endpoint.deadBatches("web", null, null)).as("an input without the outbox").isNull();
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.deadBatches("default", 0, null));
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.deadBatches("default", 2, "not-a-cursor"));
		});
	}

	@Test
	void theEndpointReplaysAndPurges() {
		this.exposed.run((context) -> {
			MParticleOutboxEndpoint endpoint = context.getBean(MParticleOutboxEndpoint.class);
			MParticleOutbox outbox = context.getBean(MParticleOutbox.class);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			refused(dispatcher, "replayed-1");
			refused(dispatcher, "purged-1");
			refused(dispatcher, "purged-2");
			server.reset();
			server.accept("/bulkevents");
			assertThat(endpoint.replay("default", "replayed-1", null).batches()).isOne();
			assertThat(pending(context)).containsExactly("replayed-1");
			assertThat(outbox.deadBatches("default").count()).isEqualTo(2);
			assertThat(endpoint.purge("default", "purged-1", null, null).batches()).isOne();
			assertThat(endpoint.purge("default", null, Duration.ofDays(1), null).batches()).isZero();
			assertThat(endpoint.purge("default", null, null, true).batches()).isOne();
			assertThat(outbox.deadBatches("default").count()).isZero();
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.replay("default", null, null));
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.replay("default", "x", true));
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.purge("default", null, null, null));
			assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> endpoint.purge("web", "x", null, null));
		});
	}

	@Test
	void replayingAllSendsEveryDeadBatchAgain() {
		this.exposed.run((context) -> {
			MParticleOutboxEndpoint endpoint = context.getBean(MParticleOutboxEndpoint.class);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			refused(dispatcher, "all-1");
			refused(dispatcher, "all-2");
			server.reset();
			server.accept("/bulkevents");
			assertThat(endpoint.replay("default", null, true).batches()).isEqualTo(2);
			assertThat(context.getBean(MParticleOutbox.class).deadBatches("default").count()).isZero();
			assertThat(pending(context)).containsExactlyInAnyOrder("all-1", "all-2");
		});
	}

	// the rows made pending again, which the dispatcher sends (with the same ids)
	private static List<String> pending(AssertableApplicationContext context) {
		return JdbcClient.create(context.getBean(DataSource.class))
			.sql("SELECT id FROM mparticle_outbox WHERE state = 'pending' ORDER BY id")
			.query(String.class)
			.list();
	}

	private static void refused(EventDispatcher dispatcher, String id) {
		Batch batch = DocumentedExamples.minimal().sourceRequestId(id);
		CompletableFuture<Delivery> handle = dispatcher.enqueue(batch);
		assertThat(handle).failsWithin(TIMEOUT);
	}

}

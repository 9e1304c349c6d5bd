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

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleOutbox;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.StoredBatch;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema;
import io.github.mparticle4j.dispatcher.jdbc.MutableClock;
import io.github.mparticle4j.dispatcher.jdbc.RecordingListener;
import io.github.mparticle4j.health.MParticleHealthIndicator;
import io.github.mparticle4j.health.MParticleInputsHealthIndicator;
import io.github.mparticle4j.model.DocumentedExamples;
import org.h2.Driver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for the outbox in the mParticle health ({@code dispatcher.store=jdbc}): its
 * details, and the failure status when batches die, wait too long or the table cannot be
 * read; on embedded H2 databases, against a WireMock stand-in for mParticle.
 *
 * @author mparticle4j contributors
 */
class OutboxHealthTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Instant START = Instant.parse("2026-12-06T06:00:00Z");

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class,
				MParticleHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				WebClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
		.withPropertyValues("mparticle.api-key=" + MockEventsApi.KEY, "mparticle.api-secret=" + MockEventsApi.SECRET,
				"mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=1",
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
	void theDetailsShowTheOutboxAndADeadBatchGivesTheFailureStatus() {
		server.respondInTurn("/bulkevents", WireMock.aResponse().withStatus(400));
		this.jdbc.run((context) -> {
			Health before = health(context);
			assertThat(before.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(outbox(before)).containsEntry("table", "mparticle_outbox")
				.containsEntry("pendingBatches", 0L)
				.containsEntry("pendingBytes", 0L)
				.containsEntry("oldestPendingAge", "0 s")
				.containsEntry("deadBatches", 0L)
				.containsKey("readAt")
				.doesNotContainKey("readFailure");
			assertThat(before.getDetails()).containsKey("dispatcher");
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			dispatcher.enqueue(DocumentedExamples.minimal().sourceRequestId("pending-1"));
			assertThat(outbox(health(context))).containsEntry("pendingBatches", 1L);
			killOne(dispatcher, "dead-1");
			Health dead = health(context);
			assertThat(dead.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
			assertThat(dead.getDetails().get("reason")).asString()
				.startsWith("2 dead batches in the outbox (limit 0): list, replay or purge them");
			assertThat(outbox(dead)).as("pending-1 went with dead-1")
				.containsEntry("deadBatches", 2L)
				.containsEntry("pendingBatches", 0L);
			assertThat(dead.toString()).as("neither the data nor the secret")
				.doesNotContain("dead-1")
				.doesNotContain("click")
				.doesNotContain(MockEventsApi.SECRET);
		});
	}

	@Test
	void deadBatchesUpToTheLimitLeaveTheStatusAlone() {
		server.respondInTurn("/bulkevents", WireMock.aResponse().withStatus(400));
		this.jdbc.withPropertyValues("management.health.mparticle.outbox.max-dead-batches=1").run((context) -> {
			killOne(context.getBean(EventDispatcher.class), "dead-1");
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(outbox(health)).containsEntry("deadBatches", 1L);
		});
	}

	@Test
	void theChosenFailureStatusAppliesToTheOutbox() {
		server.respondInTurn("/bulkevents", WireMock.aResponse().withStatus(400));
		this.jdbc.withPropertyValues("management.health.mparticle.failure-status=down").run((context) -> {
			killOne(context.getBean(EventDispatcher.class), "dead-1");
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void onlyTheInputsThatUseTheOutboxShowIt() {
		this.contextRunner
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.ios.dispatcher.store=jdbc", "mparticle.inputs.ios.dispatcher.jdbc.table-name=ios")
			.run((context) -> {
				MParticleInputsHealthIndicator composite = context.getBean("mparticleHealthContributor",
						MParticleInputsHealthIndicator.class);
				Health ios = composite.getInput("ios").health().block(TIMEOUT);
				assertThat(outbox(ios)).containsEntry("table", "ios").containsEntry("deadBatches", 0L);
				assertThat(composite.getInput("default").health().block(TIMEOUT).getDetails()).containsKey("dispatcher")
					.doesNotContainKey("outbox");
			});
	}

	@Test
	void aDatabaseThatCannotBeQueriedDoesNotHoldTheHealthUp() {
		BreakableDataSource dataSource = new BreakableDataSource();
		server.accept("/bulkevents");
		this.jdbc.withBean(DataSource.class, () -> dataSource).run((context) -> {
			context.getBean(EventDispatcher.class).enqueue(DocumentedExamples.minimal().sourceRequestId("kept-1"));
			dataSource.broken = true;
			Throwable down = catchThrowable(
					() -> context.getBean(MParticleOutbox.class).deadBatches("default").count());
			assertThat(down).as("the database is down").isNotNull();
			Health health = health(context);
			assertThat(outbox(health)).containsEntry("pendingBatches", 1L).containsKey("readAt");
			// repaired, so that the dispatcher delivers at shutdown rather than wait out
			// its timeout
			dataSource.broken = false;
		});
	}

	@Test
	void withoutSpringJdbcTheHealthHasNoOutbox() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(JdbcClient.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(MParticleOutbox.class);
			assertThat(health(context).getDetails()).containsKey("dispatcher").doesNotContainKey("outbox");
		});
	}

	@Test
	void aLimitThatIsNotPositiveFailsStartupNamingTheProperty() {
		this.jdbc.withPropertyValues("management.health.mparticle.outbox.max-oldest-pending-age=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("management.health.mparticle.outbox.max-oldest-pending-age")
				.hasStackTraceContaining("must be positive"));
		this.jdbc.withPropertyValues("management.health.mparticle.outbox.max-dead-batches=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("management.health.mparticle.outbox.max-dead-batches"));
	}

	@Test
	void anOldPendingBatchOrATableThatCannotBeReadGivesTheFailureStatus() {
		DataSource dataSource = new SimpleDriverDataSource(new Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		JdbcBatchStoreSchema.create(dataSource, "outbox");
		MutableClock clock = new MutableClock(START);
		JdbcBatchStore store = JdbcBatchStore.builder(dataSource)
			.tableName("outbox")
			.clock(clock)
			.backlogRefreshInterval(Duration.ofSeconds(5))
			.build();
		store.open(new RecordingListener());
		ReactiveHealthIndicator up = () -> Mono.just(Health.up().withDetail("successfulUploads", 3L).build());
		OutboxHealthIndicator indicator = new OutboxHealthIndicator(up, store::statistics, "outbox",
				Duration.ofMinutes(5), 0, MParticleHealthIndicator.DEGRADED);
		store.append(batch("old-1"));
		clock.advance(Duration.ofMinutes(5));
		Health young = indicator.health().block(TIMEOUT);
		assertThat(young.getStatus()).as("at the limit").isEqualTo(Status.UP);
		assertThat(outbox(young)).containsEntry("oldestPendingAge", "5 min 0 s");
		clock.advance(Duration.ofSeconds(1));
		Health old = indicator.health().block(TIMEOUT);
		assertThat(old.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
		assertThat(old.getDetails())
			.containsEntry("reason", "the oldest pending batch in the outbox is 5 min 1 s old (limit 5 min 0 s)")
			.containsEntry("successfulUploads", 3L);
		// the store reads its table when it counts its rows, at most every 5 s
		JdbcClient.create(dataSource).sql("DROP TABLE outbox").update();
		store.backlog(clock.instant());
		Health unreadable = indicator.health().block(TIMEOUT);
		assertThat(unreadable.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
		assertThat(unreadable.getDetails().get("reason")).asString()
			.startsWith("the outbox table could not be read: BadSqlGrammarException");
		assertThat(outbox(unreadable)).containsEntry("readAt", START.toString()).containsKey("readFailure");
		assertThat(unreadable.toString()).doesNotContainIgnoringCase("select");
	}

	@Test
	void anInputAlreadyFailingKeepsItsReason() {
		ReactiveHealthIndicator rejected = () -> Mono
			.just(Health.status(Status.DOWN).withDetail("reason", "mParticle rejected the credentials").build());
		JdbcBatchStore.Statistics dead = new JdbcBatchStore.Statistics(0, 0, Duration.ZERO, 4, START, null);
		Health health = new OutboxHealthIndicator(rejected, () -> dead, "outbox", Duration.ofMinutes(5), 0,
				MParticleHealthIndicator.DEGRADED)
			.health()
			.block(TIMEOUT);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "mParticle rejected the credentials");
		assertThat(outbox(health)).containsEntry("deadBatches", 4L);
	}

	private static void killOne(EventDispatcher dispatcher, String sourceRequestId) throws Exception {
		CompletableFuture<Delivery> refused = dispatcher
			.enqueue(DocumentedExamples.minimal().sourceRequestId(sourceRequestId));
		dispatcher.flush().get(10, TimeUnit.SECONDS);
		assertThat(refused).failsWithin(TIMEOUT);
	}

	private static StoredBatch batch(String id) {
		return new StoredBatch(id, 1, true, "{}".getBytes(StandardCharsets.UTF_8),
				"{}".getBytes(StandardCharsets.UTF_8), START, 0, null, null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> outbox(Health health) {
		assertThat(health.getDetails()).containsKey("outbox");
		return (Map<String, Object>) health.getDetails().get("outbox");
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean("mparticleHealthContributor", ReactiveHealthIndicator.class).health().block(TIMEOUT);
	}

	/**
	 * An embedded H2 database that stops giving connections when broken.
	 */
	static final class BreakableDataSource extends DelegatingDataSource {

		volatile boolean broken;

		BreakableDataSource() {
			super(new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.broken) {
				throw new SQLException("The database is down", "08001");
			}
			return super.getConnection();
		}

	}

}

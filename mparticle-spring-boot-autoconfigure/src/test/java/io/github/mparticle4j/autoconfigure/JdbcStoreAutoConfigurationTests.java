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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.StoredBatch;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema;
import io.github.mparticle4j.dispatcher.jdbc.RecordingListener;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests the auto-configuration of the JDBC store
 * ({@code mparticle.dispatcher.store=jdbc}) on an embedded H2 database, against a
 * WireMock server on 127.0.0.1: the outbox table is created, enqueue joins the
 * application's transactions, and what is missing or wrong fails start-up naming the
 * property.
 *
 * @author mparticle4j contributors
 */
class JdbcStoreAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
		.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.api-key=key",
				"mparticle.api-secret=secret", "mparticle.dispatcher.flush-interval=10ms");

	private final ApplicationContextRunner jdbc = this.contextRunner
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class))
		// an embedded H2 database of its own for each context
		.withPropertyValues("mparticle.dispatcher.store=jdbc");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/bulkevents");
	}

	@Test
	void anEmbeddedDatabaseGetsTheTableAndTheDispatcherDeliversFromIt() {
		this.jdbc.run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			Delivery delivery = dispatcher.enqueue(batch("outbox-1")).get(10, TimeUnit.SECONDS);
			assertThat(delivery.sourceRequestId()).isEqualTo("outbox-1");
			assertThat(rows(context.getBean(DataSource.class), "mparticle_outbox")).isZero();
		});
		assertThat(server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString()).contains("\"outbox-1\""));
	}

	@Test
	void aBatchEnqueuedInATransactionIsSentOnlyOnceItCommits() {
		this.jdbc.run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			CompletableFuture<Delivery> handle = transaction.execute((status) -> {
				CompletableFuture<Delivery> enqueued = dispatcher.enqueue(batch("committed-1"));
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(rows(dataSource, "mparticle_outbox")).as("written as the transaction commits").isZero();
				// another thread, another connection: the row is not committed yet
				assertThat(CompletableFuture.supplyAsync(() -> rows(dataSource, "mparticle_outbox")))
					.succeedsWithin(TIMEOUT)
					.as("outside the transaction")
					.isEqualTo(0);
				return enqueued;
			});
			assertThat(handle).succeedsWithin(TIMEOUT);
		});
		assertThat(server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString()).contains("\"committed-1\""));
	}

	@Test
	void aBatchEnqueuedInATransactionThatRollsBackIsNeverSent() {
		this.jdbc.run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			CompletableFuture<Delivery> handle = transaction.execute((status) -> {
				CompletableFuture<Delivery> enqueued = dispatcher.enqueue(batch("rolled-back-1"));
				status.setRollbackOnly();
				return enqueued;
			});
			dispatcher.enqueue(batch("after-1")).get(10, TimeUnit.SECONDS);
			assertThat(handle).failsWithin(TIMEOUT)
				.withThrowableThat()
				.havingCause()
				.isInstanceOfSatisfying(DeliveryFailedException.class,
						(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.ROLLED_BACK));
			assertThat(rows(context.getBean(DataSource.class), "mparticle_outbox")).isZero();
		});
		assertThat(server.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getBodyAsString()).contains("\"after-1\"");
			assertThat(request.getBodyAsString()).doesNotContain("rolled-back-1");
		});
	}

	@Test
	void aRowCarriesTheTimeOfDayItsBatchWasAccepted() {
		server.respondInTurn("/bulkevents", aResponse().withStatus(503));
		this.jdbc.run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			assertThat(dispatcher.enqueue(batch("waiting-1"))).isNotCompletedExceptionally();
			// the time of day, which other processes compare with theirs
			assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("SELECT accepted_at FROM mparticle_outbox")
				.query(OffsetDateTime.class)
				.single()
				.toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		});
	}

	@Test
	void aTransactionOnAnotherDataSourceDoesNotHoldTheRowBack() {
		DriverManagerDataSource other = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID());
		this.jdbc.run((context) -> {
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			TransactionTemplate otherTransaction = new TransactionTemplate(new DataSourceTransactionManager(other));
			CompletableFuture<Delivery> handle = otherTransaction.execute((status) -> {
				CompletableFuture<Delivery> enqueued = dispatcher.enqueue(batch("independent-1"));
				status.setRollbackOnly();
				return enqueued;
			});
			assertThat(handle).succeedsWithin(TIMEOUT);
		});
		assertThat(server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString()).contains("\"independent-1\""));
	}

	@Test
	void initializeSchemaNeverLeavesTheTableToTheApplicationAndStartupSaysWhenItIsMissing() {
		this.jdbc.withPropertyValues("mparticle.dispatcher.jdbc.initialize-schema=never")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("could not open its table")
				.rootCause()
				.hasMessageContaining("MPARTICLE_OUTBOX"));
	}

	@Test
	void aNamedInputCanUseAnotherTable() {
		this.jdbc
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.ios.dispatcher.jdbc.table-name=ios_outbox")
			.run((context) -> {
				EventDispatcher ios = context.getBean(MParticleInputs.class).getDispatcher("ios");
				ios.enqueue(batch("ios-1")).get(10, TimeUnit.SECONDS);
				assertThat(rows(context.getBean(DataSource.class), "ios_outbox")).isZero();
				assertThat(rows(context.getBean(DataSource.class), "mparticle_outbox")).isZero();
			});
	}

	@Test
	void anInvalidTableNameFailsStartupNamingTheProperty() {
		this.jdbc.withPropertyValues("mparticle.dispatcher.jdbc.table-name=outbox; DROP TABLE orders")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("mparticle.dispatcher.jdbc.table-name")
				.hasMessageContaining("plain SQL identifier"));
	}

	@Test
	void withoutSpringJdbcTheStoreFailsStartupSayingWhatToAdd() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(JdbcClient.class))
			.withPropertyValues("mparticle.dispatcher.store=jdbc")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				FailureAnalysis analysis = new MissingJdbcStoreSupportFailureAnalyzer().analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("mparticle.dispatcher.store=jdbc")
					.contains("spring-jdbc is not on the class path");
				assertThat(analysis.getAction()).contains("spring-boot-starter-jdbc")
					.contains("mparticle.dispatcher.store=memory");
			});
	}

	@Test
	void withoutADataSourceTheStoreFailsStartupSayingSo() {
		this.contextRunner
			.withPropertyValues("mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret",
					"mparticle.inputs.ios.dispatcher.store=jdbc")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new MissingJdbcStoreSupportFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("mparticle.inputs.ios.dispatcher.store=jdbc")
					.contains("no single DataSource");
			});
	}

	@Test
	void theMemoryStoreNeedsNoDatabase() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(JdbcClient.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(EventDispatcher.class).enqueue(batch("memory-1"))).succeedsWithin(TIMEOUT);
		});
	}

	@Test
	void rowsLeftPendingByAProcessThatDiedAreSentAtStartupWithoutAnEnqueue() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
		JdbcBatchStoreSchema.create(dataSource, JdbcBatchStoreSchema.DEFAULT_TABLE_NAME);
		// what a process that died after committing the row, and before sending it, left
		JdbcBatchStore died = JdbcBatchStore.builder(dataSource).input("default").build();
		died.open(new RecordingListener());
		byte[] envelope = ("{\"environment\":\"development\","
				+ "\"user_identities\":{\"customer_id\":\"1\"},\"events\":[]}")
			.getBytes(StandardCharsets.UTF_8);
		byte[] events = ("{\"event_type\":\"custom_event\","
				+ "\"data\":{\"event_name\":\"e\",\"custom_event_type\":\"other\"}}")
			.getBytes(StandardCharsets.UTF_8);
		died.append(new StoredBatch("left-1", 1, true, envelope, events, Instant.now(), 0, null, null));
		CompletableFuture<String> sent = server.nextRequestBody();
		this.jdbc.withBean(DataSource.class, () -> dataSource).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(sent).as("the row is sent without an enqueue")
				.succeedsWithin(TIMEOUT)
				.asString()
				.contains("\"left-1\"");
		});
	}

	private static int rows(DataSource dataSource, String table) {
		return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	private static Batch batch(String sourceRequestId) {
		return DocumentedExamples.minimal().sourceRequestId(sourceRequestId);
	}

}

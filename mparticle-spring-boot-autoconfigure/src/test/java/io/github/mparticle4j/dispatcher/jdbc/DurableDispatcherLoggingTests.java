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

package io.github.mparticle4j.dispatcher.jdbc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.CapturedLogs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests what a dispatcher over the JDBC store logs, with virtual time: a batch whose
 * transaction rolled back is not a drop to report, and a shutdown says that what it
 * leaves stays in the store.
 *
 * @author mparticle4j contributors
 */
class DurableDispatcherLoggingTests {

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	@RegisterExtension
	final CapturedLogs logs = CapturedLogs.of(EventDispatcher.class, Level.INFO);

	private final DataSource dataSource = TestDatabases.h2();

	private final String table = TestDatabases.uniqueTable();

	@BeforeEach
	void createTable() {
		JdbcBatchStoreSchema.create(this.dataSource, this.table);
	}

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void aBatchWhoseTransactionRolledBackFailsItsHandleAndIsNotReportedAsDropped() {
		EventDispatcher dispatcher = dispatcher();
		CompletableFuture<Delivery> handle = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource))
			.execute((status) -> {
				status.setRollbackOnly();
				return dispatcher.enqueue(batch("1"));
			});
		this.scheduler.advanceTimeBy(Duration.ofSeconds(20));
		assertThat(handle).isCompletedExceptionally()
			.failsWithin(Duration.ZERO)
			.withThrowableThat()
			.havingCause()
			.isInstanceOfSatisfying(DeliveryFailedException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.ROLLED_BACK));
		assertThat(dispatcher.status().dropped()).isOne();
		assertThat(this.logs.events()).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((message) -> message.contains("dropped"));
	}

	@Test
	void aShutdownThatWaitsSaysThatWhatIsLeftStaysInTheStore() {
		EventDispatcher dispatcher = dispatcher();
		dispatcher.enqueue(batch("1"));
		dispatcher.shutdown(Duration.ofSeconds(3));
		assertThat(this.logs.events()).first()
			.satisfies((event) -> assertThat(event.getFormattedMessage())
				.startsWith("Dispatcher 'ios' shutting down: waiting up to 3 s to deliver 1 batch")
				.endsWith("what is left then stays in the store for the next start"));
	}

	private EventDispatcher dispatcher() {
		EventsApi api = EventsApi.builder(new ApiCredentials("k", "s"))
			.baseUrl("http://127.0.0.1:9/v2")
			.scheduler(this.scheduler)
			.clientConnector(new InProcessConnector((request) -> Mono.just(InProcessConnector.Response.of(202))))
			.build();
		return EventDispatcher.builder(api)
			.name("ios")
			.store(JdbcBatchStore.builder(this.dataSource).tableName(this.table).scheduler(this.scheduler).build())
			.handleExecutor(Runnable::run)
			.failureHandler((failure) -> {
			})
			.build();
	}

	private static Batch batch(String customerId) {
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Order"));
	}

}

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the PostgreSQL server under a dispatcher over the JDBC store, while a request is
 * in flight, and enqueues while it is down: the enqueue fails at once and clearly, and
 * writes nothing; the rows in flight stay; once the server is back, the dispatcher sends
 * them again, with the same id, and empties the table.
 *
 * @author mparticle4j contributors
 */
class PostgresDispatcherOutageTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path data;

	@Test
	void theDispatcherRidesOutAnOutageWithoutLosingOrHalfWritingABatch() throws Exception {
		try (StoppablePostgres postgres = new StoppablePostgres(this.data)) {
			DataSource dataSource = postgres.dataSource();
			JdbcBatchStoreSchema.create(dataSource, "outbox");
			CompletableFuture<Void> arrived = new CompletableFuture<>();
			CompletableFuture<InProcessConnector.Response> answer = new CompletableFuture<>();
			List<String> bodies = new CopyOnWriteArrayList<>();
			EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
				.baseUrl("http://127.0.0.1:9/v2")
				.environment(Batch.Environment.DEVELOPMENT)
				.clientConnector(new InProcessConnector((request) -> {
					bodies.add(new String(request.body(), StandardCharsets.UTF_8));
					arrived.complete(null);
					return Mono.fromFuture(answer);
				}))
				.build();
			EventDispatcher dispatcher = EventDispatcher.builder(api)
				.store(JdbcBatchStore.builder(dataSource)
					.tableName("outbox")
					.leaseDuration(Duration.ofSeconds(1))
					.pollInterval(Duration.ofMillis(50))
					.build())
				.flushInterval(Duration.ofMillis(10))
				.build();
			try {
				CompletableFuture<Delivery> inFlight = dispatcher.enqueue(batch("in-flight"));
				assertThat(arrived).succeedsWithin(TIMEOUT);

				postgres.stop();
				CompletableFuture<Delivery> during = dispatcher.enqueue(batch("during"));
				assertThat(during).as("failed before enqueue returned").isCompletedExceptionally();
				assertThat(during).failsWithin(TIMEOUT)
					.withThrowableThat()
					.havingCause()
					.isInstanceOf(DeliveryFailedException.class)
					.withMessageContaining("the store of dispatcher 'default' failed")
					.withMessageContaining("could not append a batch")
					.isInstanceOfSatisfying(DeliveryFailedException.class,
							(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.STORE_FAILED));
				// mParticle accepts the request, but the rows cannot be deleted now
				answer.complete(InProcessConnector.Response.of(202));
				assertThat(inFlight).as("delivered, though its row could not be removed").succeedsWithin(TIMEOUT);

				postgres.start();
				JdbcClient jdbc = JdbcClient.create(dataSource);
				List<String> ids = jdbc.sql("SELECT id FROM outbox").query(String.class).list();
				assertThat(ids).as("the row in flight stayed; nothing of the failed enqueue").hasSize(1);
				String id = ids.get(0);
				Awaitility.await()
					.atMost(TIMEOUT)
					.pollInterval(Duration.ofMillis(50))
					.until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single() == 0);
				assertThat(bodies).as("sent again after the outage, with the same id")
					.hasSizeGreaterThanOrEqualTo(2)
					.allSatisfy((body) -> assertThat(body).contains("\"" + id + "\"").doesNotContain("during"));
			}
			finally {
				dispatcher.shutdown(Duration.ZERO).get(10, TimeUnit.SECONDS);
			}
		}
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Order"));
	}

}

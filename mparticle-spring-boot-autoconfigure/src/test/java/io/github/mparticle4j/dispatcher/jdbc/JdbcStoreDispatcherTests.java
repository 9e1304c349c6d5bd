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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.StoredBatch;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests a dispatcher over the JDBC store, on H2: it finds the rows that it was not told
 * about, such as those that a process that died left in the table, and the handles of the
 * batches that another instance settled complete. {@link DurableShutdownTests} tests what
 * a shutdown leaves in the table.
 *
 * @author mparticle4j contributors
 */
class JdbcStoreDispatcherTests {

	@Test
	void aDispatcherSendsTheRowsThatAnotherProcessLeftWithoutAnyEnqueue() throws Exception {
		DataSource dataSource = TestDatabases.h2();
		String table = TestDatabases.uniqueTable();
		JdbcBatchStoreSchema.create(dataSource, table);
		CompletableFuture<String> sent = new CompletableFuture<>();
		EventsApi api = api((body) -> {
			sent.complete(body);
			return Mono.just(InProcessConnector.Response.of(202));
		});
		// the process that stored the batch would send it only after an hour: as good as
		// dead
		EventDispatcher earlier = EventDispatcher.builder(api)
			.store(JdbcBatchStore.builder(dataSource).tableName(table).build())
			.flushInterval(Duration.ofHours(1))
			.build();
		earlier.enqueue(batch("left-1"));
		EventDispatcher restarted = EventDispatcher.builder(api)
			.store(JdbcBatchStore.builder(dataSource).tableName(table).pollInterval(Duration.ofMillis(50)).build())
			.flushInterval(Duration.ofMillis(10))
			.build();
		assertThat(sent).succeedsWithin(Duration.ofSeconds(10)).asString().contains("left-1");
		restarted.shutdown(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
		earlier.shutdown(Duration.ZERO).get(10, TimeUnit.SECONDS);
	}

	@Test
	void theHandlesOfBatchesThatAnotherInstanceSettledCompleteHere() throws Exception {
		DataSource dataSource = TestDatabases.h2();
		String table = TestDatabases.uniqueTable();
		JdbcBatchStoreSchema.create(dataSource, table);
		// this instance would send its batches only after an hour
		EventDispatcher here = EventDispatcher.builder(api((body) -> Mono.just(InProcessConnector.Response.of(202))))
			.store(JdbcBatchStore.builder(dataSource)
				.tableName(table)
				.pollInterval(Duration.ofMillis(20))
				.backlogRefreshInterval(Duration.ofMillis(20))
				.build())
			.flushInterval(Duration.ofHours(1))
			.build();
		CompletableFuture<Delivery> delivered = here.enqueue(batch("delivered-1"));
		CompletableFuture<Delivery> refused = here.enqueue(batch("refused-1"));
		JdbcBatchStore other = JdbcBatchStore.builder(dataSource).tableName(table).build();
		other.open(new RecordingListener());
		Map<Boolean, List<StoredBatch>> claimed = other.claim(10, 1_000_000, Instant.now())
			.stream()
			.collect(Collectors.partitioningBy(
					(batch) -> new String(batch.envelope(), StandardCharsets.UTF_8).contains("delivered-1")));
		other.acknowledge(claimed.get(true));
		other.markDead(claimed.get(false), DispatchFailure.Reason.BAD_REQUEST, "400 Bad Request: events[0] is wrong");
		assertThat(delivered).succeedsWithin(Duration.ofSeconds(10))
			.satisfies((delivery) -> assertThat(delivery.upload().statusCode()).isEqualTo(202));
		assertThat(refused).failsWithin(Duration.ofSeconds(10))
			.withThrowableThat()
			.havingCause()
			.isInstanceOfSatisfying(DeliveryFailedException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.BAD_REQUEST))
			.withMessageContaining("400 Bad Request: events[0] is wrong");
		DispatcherStatus status = here.status();
		assertThat(status.queuedBatches()).isZero();
		assertThat(status.delivered()).isOne();
		assertThat(status.failed()).isOne();
		here.shutdown(Duration.ZERO).get(10, TimeUnit.SECONDS);
	}

	private static EventsApi api(Function<String, Mono<InProcessConnector.Response>> server) {
		return EventsApi.builder(new ApiCredentials("key", "secret"))
			.baseUrl("http://127.0.0.1:9/v2")
			.environment(Batch.Environment.DEVELOPMENT)
			.clientConnector(new InProcessConnector(
					(request) -> server.apply(new String(request.body(), StandardCharsets.UTF_8))))
			.build();
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Order"));
	}

}

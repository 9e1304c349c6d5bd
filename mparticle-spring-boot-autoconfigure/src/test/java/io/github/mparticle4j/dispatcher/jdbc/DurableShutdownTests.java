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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatchTransport;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherListener;
import io.github.mparticle4j.dispatcher.SendOutcome;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a dispatcher over a durable store leaves what it could not deliver at
 * shutdown in the store for the next start, rather than failing it: the rows stay
 * pending, nothing goes to the failure handler, and a dispatcher started later on the
 * same table sends them with their ids.
 *
 * @author mparticle4j contributors
 */
class DurableShutdownTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final DataSource dataSource = TestDatabases.h2();

	private final String table = TestDatabases.uniqueTable();

	private final List<DispatchFailure> failures = new CopyOnWriteArrayList<>();

	@Test
	void whatIsInFlightOrWaitingAtTheShutdownTimeoutStaysForTheNextStart() throws Exception {
		JdbcBatchStoreSchema.create(this.dataSource, this.table);
		CompletableFuture<Void> requestStarted = new CompletableFuture<>();
		EventDispatcher first = dispatcher((request) -> {
			requestStarted.complete(null);
			return Mono.never();
		}, EventDispatcherListener.NONE);
		CompletableFuture<Delivery> inFlight = first.enqueue(batch("in-flight-1"));
		first.flush();
		assertThat(requestStarted).succeedsWithin(TIMEOUT);
		CompletableFuture<Delivery> waiting = first.enqueue(batch("waiting-1"));
		first.shutdown(Duration.ZERO).get(10, TimeUnit.SECONDS);
		assertThat(List.of(inFlight, waiting)).allSatisfy((handle) -> assertThat(handle).failsWithin(TIMEOUT)
			.withThrowableThat()
			.havingCause()
			.isInstanceOfSatisfying(DeliveryFailedException.class, (ex) -> {
				assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.SHUTDOWN);
				assertThat(ex.getMessage()).contains("stays in the store");
			}));
		assertThat(this.failures).isEmpty();
		assertThat(pendingIds()).containsExactlyInAnyOrder("in-flight-1", "waiting-1");
		List<List<String>> sent = new CopyOnWriteArrayList<>();
		AtomicInteger delivered = new AtomicInteger();
		CompletableFuture<Void> bothDelivered = new CompletableFuture<>();
		// the rows are not this process's: no handle of its own tells when they are
		// settled
		EventDispatcher next = dispatcher((request) -> {
			sent.add(request.sourceRequestIds());
			return Mono.just(new SendOutcome.Accepted(202, null));
		}, new EventDispatcherListener() {

			@Override
			public void delivered(Duration latency) {
				if (delivered.incrementAndGet() == 2) {
					bothDelivered.complete(null);
				}
			}

		});
		assertThat(bothDelivered).succeedsWithin(TIMEOUT);
		next.shutdown(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
		assertThat(sent.stream().flatMap(List::stream)).containsExactlyInAnyOrder("in-flight-1", "waiting-1");
		assertThat(pendingIds()).isEmpty();
		assertThat(this.failures).isEmpty();
	}

	private EventDispatcher dispatcher(DispatchTransport transport, EventDispatcherListener listener) {
		JdbcBatchStore store = JdbcBatchStore.builder(this.dataSource).tableName(this.table).input("default").build();
		return EventDispatcher
			.builder(EventsApi.builder(new ApiCredentials("k", "s")).baseUrl("http://127.0.0.1:9/v2").build())
			.store(store)
			.transport(transport)
			.flushInterval(Duration.ofMillis(1))
			.failureHandler(this.failures::add)
			.listener(listener)
			.build();
	}

	private List<String> pendingIds() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT id FROM " + this.table + " WHERE state = 'pending'")
			.query(String.class)
			.list();
	}

	private static Batch batch(String id) {
		return new Batch().environment(Batch.Environment.DEVELOPMENT)
			.sourceRequestId(id)
			.userIdentities(new UserIdentities().customerId("customer-" + id));
	}

}

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

package io.github.mparticle4j.dispatcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.DispatchSender;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the seam between the dispatcher and HTTP: the client's one-attempt
 * {@link DispatchTransport} over a scripted server on 127.0.0.1, whose statuses come back
 * as {@link SendOutcome} values, and the engine's retries over a transport of the test's,
 * with virtual time: paced under the cap, after {@code Retry-After}, with the same ids.
 *
 * @author mparticle4j contributors
 */
class DispatchTransportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void theClientsTransportMakesOneAttemptAndReturnsEveryStatusAsAValue() {
		try (ScriptedEventsApi server = new ScriptedEventsApi()) {
			server.answer((index, body) -> switch (index) {
				case 0 -> aResponse().withStatus(202).withHeader("X-mp-rate-limit-percentage-used", "42");
				case 1 -> aResponse().withStatus(429)
					.withHeader("Retry-After", "7")
					.withHeader("X-mp-rate-limit-exceeded", "app");
				case 2 -> aResponse().withStatus(400).withBody("{\"errors\":[{\"code\":\"BAD_REQUEST\"}]}");
				case 3 -> aResponse().withStatus(503);
				case 4 -> aResponse().withStatus(401);
				default -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
			});
			EventsApi api = server.builder().build();
			DispatchTransport transport = new ClientDispatchTransport((DispatchSender) api);
			BulkRequest request = request();
			assertThat(transport.send(request).block()).isEqualTo(new SendOutcome.Accepted(202, 42));
			assertThat(transport.send(request).block()).isInstanceOfSatisfying(SendOutcome.Rejected.class,
					(rejected) -> {
						assertThat(rejected.status()).isEqualTo(429);
						assertThat(rejected.retryAfter()).isEqualTo(Duration.ofSeconds(7));
						assertThat(rejected.rateLimitExceeded()).isEqualTo("app");
					});
			assertThat(transport.send(request).block()).isInstanceOfSatisfying(SendOutcome.Rejected.class,
					(rejected) -> {
						assertThat(rejected.status()).isEqualTo(400);
						assertThat(rejected.body()).contains("BAD_REQUEST");
					});
			assertThat(transport.send(request).block()).isInstanceOfSatisfying(SendOutcome.Rejected.class,
					(rejected) -> assertThat(rejected.status()).isEqualTo(503));
			assertThat(transport.send(request).block()).isInstanceOfSatisfying(SendOutcome.Rejected.class,
					(rejected) -> assertThat(rejected.status()).isEqualTo(401));
			assertThat(transport.send(request).block()).isInstanceOf(SendOutcome.TransportFailure.class);
			// one request per send: the dispatcher retries, not the transport
			assertThat(server.count()).isEqualTo(6);
			assertThat(server.received()).allSatisfy((received) -> {
				assertThat(received.path()).isEqualTo("/v2/bulkevents");
				assertThat(received.body()).isEqualTo(request.toByteArray());
			});
			api.close();
		}
	}

	@Test
	void aRequestSentAgainCountsAgainstTheCapOnBatchesPerSecond() {
		AtomicInteger answered = new AtomicInteger();
		EventDispatcher dispatcher = dispatcher((request) -> (answered.getAndIncrement() == 0)
				? new SendOutcome.Rejected(503, null, null, null) : new SendOutcome.Accepted(202, null))
			.maxBatchesPerSecond(2)
			.build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.enqueue(user("2", "b"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(this.attempts).hasSize(2);
		assertThat(this.attempts.get(0).at()).isZero();
		// the pause after a 503 is at most 1 s, but the first request used the second's
		// budget of 2 batches
		assertThat(this.attempts.get(1).at()).isGreaterThanOrEqualTo(1000);
		assertThat(this.attempts.get(1).ids()).isEqualTo(this.attempts.get(0).ids());
	}

	@Test
	void a429IsSentAgainAfterRetryAfterWithTheSameIdsAndContent() {
		AtomicInteger answered = new AtomicInteger();
		EventDispatcher dispatcher = dispatcher((request) -> (answered.getAndIncrement() == 0)
				? new SendOutcome.Rejected(429, Duration.ofSeconds(3), null, null)
				: new SendOutcome.Accepted(202, null))
			.build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		CompletableFuture<Delivery> second = dispatcher.enqueue(user("1", "b"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMillis(2999));
		assertThat(this.attempts).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.attempts).hasSize(2);
		assertThat(this.attempts.get(1).at()).isEqualTo(3000);
		// merged before the first attempt, sent again as it was
		assertThat(this.attempts.get(0).ids()).hasSize(1);
		assertThat(this.attempts.get(1).body()).isEqualTo(this.attempts.get(0).body());
		assertThat(first.join().sourceRequestId()).isEqualTo(this.attempts.get(0).ids().get(0));
		assertThat(second.join().sourceRequestId()).isEqualTo(first.join().sourceRequestId());
		assertThat(first.join().upload().attempts()).isEqualTo(2);
	}

	@Test
	void aRetryAfterLongerThanTheMaximumIsCapped() {
		AtomicInteger answered = new AtomicInteger();
		EventDispatcher dispatcher = dispatcher((request) -> (answered.getAndIncrement() == 0)
				? new SendOutcome.Rejected(429, Duration.ofHours(1), null, null) : new SendOutcome.Accepted(202, null))
			.build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMinutes(2));
		assertThat(this.attempts).extracting(Attempt::at)
			.containsExactly(0L, EventDispatcherBuilder.DEFAULT_MAX_RETRY_AFTER.toMillis());
	}

	@Test
	void anErrorSignalOfATransportIsATransportFailureAndTheBatchIsSentAgain() {
		AtomicInteger answered = new AtomicInteger();
		EventDispatcher dispatcher = EventDispatcher
			.builder(EventsApi.builder(new ApiCredentials("k", "s"))
				.baseUrl("http://127.0.0.1:9/v2")
				.scheduler(this.scheduler)
				.build())
			.transport((request) -> {
				this.attempts.add(new Attempt(this.scheduler.now(TimeUnit.MILLISECONDS), request.sourceRequestIds(),
						request.toByteArray()));
				return (answered.getAndIncrement() == 0) ? Mono.error(new IllegalStateException("boom"))
						: Mono.just(new SendOutcome.Accepted(202, null));
			})
			.handleExecutor(Runnable::run)
			.build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(handle).isCompleted();
		assertThat(this.attempts).hasSize(2);
	}

	private EventDispatcherBuilder dispatcher(Function<BulkRequest, SendOutcome> answer) {
		EventsApi api = new ForeignEventsApi();
		return EventDispatcher.builder(api)
			.scheduler(this.scheduler)
			.handleExecutor(Runnable::run)
			.transport((request) -> {
				this.attempts.add(new Attempt(this.scheduler.now(TimeUnit.MILLISECONDS), request.sourceRequestIds(),
						request.toByteArray()));
				return Mono.just(answer.apply(request));
			});
	}

	private static BulkRequest request() {
		StoredBatch batch = new BatchEncoder(null).encode(user("1", "a"), new SourceRequestIds(), Instant.EPOCH);
		BulkRequest request = OutgoingGroup.writeRequest(List.of(OutgoingGroup.fresh(batch)));
		JsonNode json = JSON.readTree(request.toByteArray());
		assertThat(json.get(0).get("source_request_id").asString()).isEqualTo(batch.sourceRequestId());
		return request;
	}

	private static Batch user(String customerId, String eventName) {
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, eventName));
	}

	/**
	 * An attempt the transport was given.
	 *
	 * @param at when, in virtual milliseconds
	 * @param ids the ids of its batches
	 * @param body its body
	 */
	record Attempt(long at, List<String> ids, byte[] body) {

	}

	/**
	 * An {@link EventsApi} that is not the library's own, which the test's transport
	 * replaces.
	 */
	private static final class ForeignEventsApi implements EventsApi {

		@Override
		public Mono<UploadResult> uploadEvents(Batch batch) {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
			return Mono.error(new UnsupportedOperationException());
		}

	}

}

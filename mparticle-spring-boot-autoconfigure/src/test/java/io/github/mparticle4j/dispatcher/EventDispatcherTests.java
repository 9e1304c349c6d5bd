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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.net.ssl.SSLHandshakeException;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import io.github.mparticle4j.model.UserIdentities;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests {@link EventDispatcher} with virtual time and an in-process connector that
 * records each request and answers as each test says: flushing, merging, packing, bounds,
 * pauses, bisection and shutdown.
 *
 * @author mparticle4j contributors
 */
class EventDispatcherTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<Sent> sent = new CopyOnWriteArrayList<>();

	private final List<DispatchFailure> failures = new CopyOnWriteArrayList<>();

	private Function<Sent, Mono<InProcessConnector.Response>> answer = (request) -> Mono
		.just(InProcessConnector.Response.of(202));

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void aBatchIsSentWhenTheFlushIntervalHasPassedSinceItWasEnqueued() {
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		this.scheduler.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.sent).isEmpty();
		assertThat(handle).isNotDone();
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/bulkevents");
			assertThat(request.at()).isEqualTo(1000);
		});
		assertThat(handle).isCompletedWithValueMatching((delivery) -> delivery.mergedBatches() == 1
				&& delivery.upload().statusCode() == 202 && delivery.sourceRequestId()
					.equals(this.sent.get(0).json().get(0).get("source_request_id").asString()));
	}

	@Test
	void batchesOfOneUserWithinAWindowAreMergedWithTheirEventsInOrder() {
		EventDispatcher dispatcher = dispatcher().build();
		List<CompletableFuture<Delivery>> handles = new ArrayList<>();
		for (String event : List.of("a", "b", "c")) {
			handles.add(dispatcher.enqueue(user("1", event)));
			this.scheduler.advanceTimeBy(Duration.ofMillis(100));
		}
		handles.add(dispatcher.enqueue(user("2", "d")));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sent).hasSize(1);
		JsonNode batches = this.sent.get(0).json();
		assertThat(batches).hasSize(2);
		assertThat(eventNames(batches.get(0))).containsExactly("a", "b", "c");
		assertThat(batches.get(0).get("user_identities").get("customer_id").asString()).isEqualTo("1");
		assertThat(eventNames(batches.get(1))).containsExactly("d");
		String mergedId = batches.get(0).get("source_request_id").asString();
		assertThat(handles.subList(0, 3)).allSatisfy((handle) -> assertThat(handle.join())
			.satisfies((delivery) -> assertThat(delivery.sourceRequestId()).isEqualTo(mergedId))
			.satisfies((delivery) -> assertThat(delivery.mergedBatches()).isEqualTo(3)));
		assertThat(dispatcher.status().enqueued()).isEqualTo(4);
		assertThat(dispatcher.status().sentBatches()).isEqualTo(2);
	}

	@Test
	void aMergedBatchIsTheJsonOfTheBatchWithAllTheEvents() throws Exception {
		EventDispatcher dispatcher = dispatcher().build();
		Batch first = DocumentedExamples.customEvent();
		Batch second = first.copy().events(List.of(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "next")));
		first.sourceRequestId(null);
		second.sourceRequestId(null);
		dispatcher.enqueue(first);
		dispatcher.enqueue(second);
		dispatcher.flush();
		this.scheduler.advanceTime();
		Batch expected = first.copy();
		second.getEvents().forEach(expected::addEvent);
		JsonNode sentBatch = this.sent.get(0).json().get(0);
		expected.sourceRequestId(sentBatch.get("source_request_id").asString());
		assertThat(sentBatch).isEqualTo(JSON.readTree(new RequestWriter().toBytes(expected)));
	}

	@Test
	void everyDocumentedBatchIsSentAsTheClientWouldSendIt() {
		EventDispatcher dispatcher = dispatcher().build();
		List<Batch> examples = List.of(DocumentedExamples.customEvent(), DocumentedExamples.commercePurchase(),
				DocumentedExamples.commercePromotion(), DocumentedExamples.commerceImpression(),
				DocumentedExamples.session(), DocumentedExamples.consent(), DocumentedExamples.minimal());
		for (int i = 0; i < examples.size(); i++) {
			// an id of its own keeps each batch apart
			dispatcher.enqueue(examples.get(i).copy().sourceRequestId("id-" + i));
		}
		assertThat(dispatcher.flush()).isCompleted();
		// several examples are of the same user: they go one request at a time, in order
		List<JsonNode> batches = new ArrayList<>();
		this.sent.forEach((request) -> request.json().forEach(batches::add));
		batches.sort(Comparator.comparing((batch) -> batch.get("source_request_id").asString()));
		assertThat(batches).hasSize(examples.size());
		for (int i = 0; i < examples.size(); i++) {
			assertThat(batches.get(i)).isEqualTo(
					JSON.readTree(new RequestWriter().toBytes(examples.get(i).copy().sourceRequestId("id-" + i))));
		}
	}

	@Test
	void aBatchWithItsOwnSourceRequestIdIsNeverMerged() {
		EventDispatcher dispatcher = dispatcher().build();
		dispatcher.enqueue(user("1", "a").sourceRequestId("mine"));
		dispatcher.enqueue(user("1", "b"));
		dispatcher.enqueue(user("1", "c"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		// one user's batches go one request at a time, in order
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(2);
		assertThat(this.sent.get(0).json()).singleElement()
			.satisfies((batch) -> assertThat(batch.get("source_request_id").asString()).isEqualTo("mine"));
		assertThat(eventNames(this.sent.get(1).json().get(0))).containsExactly("b", "c");
	}

	@Test
	void ownSourceRequestIdsThatNeedEscapingAreSentAsGiven() {
		EventDispatcher dispatcher = dispatcher().build();
		List<String> ids = List.of("plain-id", "a \"quoted\" id", "back\\slash", "tab\tand\nnewline", "ünïcødé-ид-😀",
				"\u0001control");
		List<CompletableFuture<Delivery>> handles = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			handles.add(dispatcher.enqueue(user("user-" + i, "e").sourceRequestId(ids.get(i))));
		}
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).singleElement().satisfies((request) -> {
			List<String> sentIds = new ArrayList<>();
			request.json().forEach((batch) -> sentIds.add(batch.get("source_request_id").asString()));
			assertThat(sentIds).containsExactlyElementsOf(ids);
		});
		assertThat(handles).extracting((handle) -> handle.join().sourceRequestId()).containsExactlyElementsOf(ids);
	}

	@Test
	void aFullRequestIsSentWithoutWaitingForTheInterval() {
		EventDispatcher dispatcher = dispatcher().build();
		for (int i = 0; i < 101; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
		}
		this.scheduler.advanceTime();
		assertThat(this.sent).singleElement().satisfies((request) -> assertThat(request.json()).hasSize(100));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sent).hasSize(2);
		assertThat(this.sent.get(1).json()).hasSize(1);
	}

	@Test
	void batchesThatTheWorkerIsNotWokenForAreSentOnceARequestIsFullOrTheirTimeComes() {
		EventDispatcher dispatcher = dispatcher().build();
		dispatcher.enqueue(user("user-0", "e"));
		// the worker sets its timer for the first batch; the next ones need not wake it
		this.scheduler.advanceTime();
		this.scheduler.advanceTimeBy(Duration.ofMillis(500));
		for (int i = 1; i < 99; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
			this.scheduler.advanceTime();
		}
		assertThat(this.sent).isEmpty();
		// the hundredth waiting fills a request, sent at once
		dispatcher.enqueue(user("user-99", "e"));
		this.scheduler.advanceTime();
		assertThat(this.sent).singleElement().satisfies((request) -> {
			assertThat(request.json()).hasSize(100);
			assertThat(request.at()).isEqualTo(500);
		});
		// one more, enqueued while nothing waits and no request is in flight, is sent
		// after the flush interval
		this.scheduler.advanceTimeBy(Duration.ofMillis(100));
		CompletableFuture<Delivery> last = dispatcher.enqueue(user("user-100", "e"));
		this.scheduler.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).hasSize(2);
		assertThat(this.sent.get(1).at()).isEqualTo(1600);
		assertThat(last).isCompleted();
	}

	@Test
	void requestsStayUnder256KbAndMergedBatchesWithin128Kb() {
		EventDispatcher dispatcher = dispatcher().build();
		String text = "x".repeat(4000);
		// 40 events of about 4 KB for each of 4 users: 160 KB each, so two batches each
		for (int i = 0; i < 40; i++) {
			for (int user = 0; user < 4; user++) {
				dispatcher.enqueue(new Batch(Batch.Environment.DEVELOPMENT)
					.userIdentities(new UserIdentities().customerId("u" + user))
					.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e" + i).customAttribute("text", text)));
			}
		}
		CompletableFuture<Void> flushed = dispatcher.flush();
		for (int i = 0; i < 20 && !flushed.isDone(); i++) {
			this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		}
		assertThat(flushed).isCompleted();
		int batches = 0;
		for (Sent request : this.sent) {
			assertThat(request.body().length).isLessThan(256 * 1024);
			for (JsonNode batch : request.json()) {
				assertThat(JSON.writeValueAsBytes(batch).length).isLessThanOrEqualTo(128 * 1024);
				batches++;
			}
		}
		// at least two per user, since 40 events take about 160 KB
		assertThat(batches).isBetween(8, 16);
		assertThat(dispatcher.status().delivered()).isEqualTo(160);
		for (int user = 0; user < 4; user++) {
			assertThat(eventsOf("u" + user))
				.containsExactlyElementsOf(IntStream.range(0, 40).mapToObj((i) -> "e" + i).toList());
		}
	}

	@Test
	void flushSendsAtOnceAndCompletesWhenEverythingEnqueuedIsSettled() {
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		CompletableFuture<Void> flushed = dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(1);
		assertThat(this.sent.get(0).at()).isZero();
		assertThat(flushed).isCompleted();
		assertThat(handle).isCompleted();
		assertThat(dispatcher.status().queuedBatches()).isZero();
	}

	@Test
	void anInvalidBatchIsRejectedAtOnceNamingTheFieldAndNothingIsSent() {
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> handle = dispatcher
			.enqueue(new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1"))
				.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "x".repeat(300))));
		assertThat(handle).isCompletedExceptionally();
		assertThatExceptionOfType(CompletionException.class).isThrownBy(handle::join)
			.havingCause()
			.isInstanceOfSatisfying(DeliveryFailedException.class, (ex) -> {
				assertThat(ex.getReason()).isEqualTo(Reason.INVALID);
				assertThat(ex.getCause()).isInstanceOf(MParticleValidationException.class);
				assertThat(ex.getMessage()).contains("batch.events[0].data.event_name");
			});
		assertThat(this.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.reason()).isEqualTo(Reason.INVALID);
			assertThat(failure.batches()).hasSize(1);
		});
		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(this.sent).isEmpty();
		assertThat(dispatcher.status().refused()).isEqualTo(1);
		assertThat(dispatcher.status().failed()).isZero();
	}

	@Test
	void aBatchOver128KbIsRejectedAtEnqueue() {
		EventDispatcher dispatcher = dispatcher().build();
		Batch batch = user("1", "a");
		for (int i = 0; i < 40; i++) {
			batch.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e").customAttribute("t", "y".repeat(4000)));
		}
		assertThat(dispatcher.enqueue(batch)).failsWithin(Duration.ZERO)
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.withMessageContaining("batch: must be at most 128 KB");
	}

	@Test
	void aFullQueueRejectsTheNewestBatchByDefault() {
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(2).build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		dispatcher.enqueue(user("2", "b"));
		CompletableFuture<Delivery> third = dispatcher.enqueue(user("3", "c"));
		assertThat(reasonOf(third)).isEqualTo(Reason.QUEUE_FULL);
		assertThat(first).isNotDone();
		assertThat(this.failures).singleElement()
			.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(Reason.QUEUE_FULL));
		assertThat(dispatcher.status().refused()).isEqualTo(1);
		assertThat(dispatcher.status().dropped()).isZero();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sent.get(0).json()).hasSize(2);
	}

	@Test
	void aDeliveryFailureHasNoStackTraceOfItsOwnButItsCauseHasOne() {
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(1).build();
		dispatcher.enqueue(user("1", "a"));
		Throwable full = dispatcher.enqueue(user("2", "b")).handle((delivery, failure) -> failure).join();
		assertThat(full).isInstanceOf(DeliveryFailedException.class);
		assertThat(full.getStackTrace()).isEmpty();
		Throwable invalid = dispatcher.enqueue(new Batch()).handle((delivery, failure) -> failure).join();
		assertThat(invalid).isInstanceOf(DeliveryFailedException.class);
		assertThat(invalid.getStackTrace()).isEmpty();
		assertThat(invalid.getCause()).isInstanceOf(MParticleValidationException.class);
		assertThat(invalid.getCause().getStackTrace()).isNotEmpty();
	}

	@Test
	void theStatusCountsTheQueuedBatchesSerializedSizeWithoutTheirFootprint() {
		EventDispatcher dispatcher = dispatcher().build();
		dispatcher.enqueue(user("1", "a"));
		long queuedBytes = dispatcher.status().queuedBytes();
		dispatcher.flush();
		this.scheduler.advanceTime();
		// the request is the batch in brackets
		assertThat(queuedBytes).isEqualTo(this.sent.get(0).body().length - 2);
	}

	@Test
	void aFullQueueCanDropTheOldestBatchInstead() {
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(2)
			.overflowPolicy(OverflowPolicy.DROP_OLDEST)
			.build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		dispatcher.enqueue(user("2", "b"));
		CompletableFuture<Delivery> third = dispatcher.enqueue(user("3", "c"));
		assertThat(reasonOf(first)).isEqualTo(Reason.OVERFLOW);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(third).isCompleted();
		assertThat(this.sent.get(0).json()).hasSize(2);
	}

	@Test
	void whenAHandleFailsTheFailureHandlerHasItsBatchAndTheCountsIncludeIt() {
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(1)
			.overflowPolicy(OverflowPolicy.DROP_OLDEST)
			.build();
		List<String> seen = new ArrayList<>();
		dispatcher.enqueue(user("1", "a"))
			.whenComplete((delivery, failure) -> seen
				.add(this.failures.size() + " handed over, " + dispatcher.status().dropped() + " dropped"));
		dispatcher.enqueue(user("2", "b"));
		assertThat(seen).containsExactly("1 handed over, 1 dropped");
	}

	@Test
	void overAnEventsApiThatWrapsTheClientNumbersAreSentAsEnqueueWroteThem() {
		EventsApi api = EventsApi.builder(new ApiCredentials("k", "s"))
			.baseUrl("https://s2s.us1.mparticle.com/v2")
			.scheduler(this.scheduler)
			.clientConnector(new InProcessConnector((request) -> {
				this.sent.add(new Sent(request.path(), request.body(), this.scheduler.now(TimeUnit.MILLISECONDS)));
				return Mono.just(InProcessConnector.Response.of(202));
			}))
			.build();
		EventsApi wrapper = new EventsApi() {

			@Override
			public Mono<UploadResult> uploadEvents(Batch batch) {
				return api.uploadEvents(batch);
			}

			@Override
			public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
				return api.bulkUploadEvents(batches);
			}

		};
		EventDispatcher dispatcher = EventDispatcher.builder(wrapper)
			.scheduler(this.scheduler)
			.handleExecutor(Runnable::run)
			.build();
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("thirty_digits", new BigDecimal("123456789012345678901234567890.5"));
		attributes.put("huge", new BigDecimal("1e400"));
		attributes.put("price", new BigDecimal("1.50"));
		attributes.put("count", new BigInteger("123456789012345678901234567890"));
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a").userAttributes(attributes));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(handle).isCompleted();
		assertThat(new String(this.sent.get(0).body(), StandardCharsets.UTF_8))
			.contains("\"user_attributes\":{\"thirty_digits\":123456789012345678901234567890.5,\"huge\":1E+400,"
					+ "\"price\":1.50,\"count\":123456789012345678901234567890}");
	}

	@Test
	void aSourceRequestIdWithALoneSurrogateIsRefusedWithAFailedHandleNotAnException() {
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a").sourceRequestId("id-\uD800"));
		assertThat(reasonOf(handle)).isEqualTo(Reason.INVALID);
		assertThat(handle.handle((delivery, ex) -> ex).join()).hasMessageContaining("batch.source_request_id");
		assertThat(this.failures).singleElement()
			.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(Reason.INVALID));
		assertThat(dispatcher.status().refused()).isEqualTo(1);
	}

	@Test
	void aNullBatchIsAProgrammingErrorThatThrows() {
		EventDispatcher dispatcher = dispatcher().build();
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> dispatcher.enqueue(null))
			.withMessage("'batch' must not be null");
	}

	@Test
	void theCountsAddUp() {
		AtomicInteger status = new AtomicInteger(202);
		this.answer = (request) -> Mono.just(InProcessConnector.Response.of(status.get()));
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(3)
			.overflowPolicy(OverflowPolicy.DROP_OLDEST)
			.rejectedCredentials(RejectedCredentialsPolicy.FAIL)
			.build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.enqueue(user("x", "invalid").sourceRequestId("\uD800"));
		dispatcher.enqueue(user("2", "b"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		status.set(401);
		for (int i = 3; i < 8; i++) {
			dispatcher.enqueue(user(Integer.toString(i), "c"));
		}
		dispatcher.flush();
		this.scheduler.advanceTime();
		for (int i = 8; i < 10; i++) {
			dispatcher.enqueue(user(Integer.toString(i), "d"));
		}
		dispatcher.shutdown(Duration.ZERO);
		this.scheduler.advanceTime();
		dispatcher.enqueue(user("10", "e"));
		DispatcherStatus counts = dispatcher.status();
		// 2 delivered and 1 invalid; of 5 more, 2 evicted and 3 refused by mParticle; 2
		// left at shutdown, 1 after it
		assertThat(counts.offered()).isEqualTo(11);
		assertThat(counts.refused()).isEqualTo(2);
		assertThat(counts.enqueued()).isEqualTo(9);
		assertThat(counts.delivered()).isEqualTo(2);
		assertThat(counts.failed()).isEqualTo(3);
		assertThat(counts.dropped()).isEqualTo(4);
		assertThat(counts.queuedBatches()).isZero();
		assertThat(counts.offered()).isEqualTo(counts.enqueued() + counts.refused());
		assertThat(counts.enqueued())
			.isEqualTo(counts.delivered() + counts.failed() + counts.dropped() + counts.queuedBatches());
	}

	@Test
	void theQueueIsBoundedByBytesToo() {
		EventDispatcher dispatcher = dispatcher().maxQueuedBytes(128 * 1024).build();
		Batch large = user("1", "a");
		large.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e").customAttribute("t", "y".repeat(4000)));
		int accepted = 0;
		for (int i = 0; i < 100; i++) {
			if (!dispatcher.enqueue(large.copy()).isDone()) {
				accepted++;
			}
		}
		DispatcherStatus status = dispatcher.status();
		assertThat(status.queuedBytes() + status.queuedBatches() * (long) MemoryBatchStore.FOOTPRINT)
			.isLessThanOrEqualTo(128 * 1024);
		// about 4.1 KB of JSON and 0.5 KB of footprint each
		assertThat(accepted).isBetween(26, 28);
		assertThat(dispatcher.status().refused()).isEqualTo(100 - accepted);
		assertThat(dispatcher.status().offered()).isEqualTo(100);
	}

	@Test
	void aBlockedCallerGetsRoomWhenARequestSettles() throws Exception {
		Sinks.One<InProcessConnector.Response> response = Sinks.one();
		this.answer = (request) -> response.asMono();
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(1)
			.overflowPolicy(OverflowPolicy.BLOCK)
			.blockTimeout(Duration.ofSeconds(30))
			.build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		CompletableFuture<CompletableFuture<Delivery>> blocked = new CompletableFuture<>();
		Thread caller = new Thread(() -> blocked.complete(dispatcher.enqueue(user("2", "b"))), "blocked-caller");
		caller.start();
		// waiting for room: parked, not done
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> caller.getState() == Thread.State.TIMED_WAITING);
		assertThat(blocked).isNotDone();
		response.tryEmitValue(InProcessConnector.Response.of(202));
		assertThat(blocked.get(10, TimeUnit.SECONDS)).isNotDone();
	}

	@Test
	void aBlockedCallerIsRejectedAfterTheTimeout() throws Exception {
		this.answer = (request) -> Mono.never();
		EventDispatcher dispatcher = dispatcher().maxQueuedBatches(1)
			.overflowPolicy(OverflowPolicy.BLOCK)
			.blockTimeout(Duration.ofMillis(50))
			.build();
		dispatcher.enqueue(user("1", "a"));
		CompletableFuture<CompletableFuture<Delivery>> blocked = new CompletableFuture<>();
		Thread caller = new Thread(() -> blocked.complete(dispatcher.enqueue(user("2", "b"))), "blocked-caller");
		caller.start();
		// the timeout runs on the scheduler's clock: the caller waits until it has passed
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> caller.getState() == Thread.State.TIMED_WAITING);
		this.scheduler.advanceTimeBy(Duration.ofMillis(49));
		assertThat(blocked).isNotDone();
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(reasonOf(blocked.get(10, TimeUnit.SECONDS))).isEqualTo(Reason.QUEUE_FULL);
	}

	@Test
	void a429PausesTheWholeDispatcherForRetryAfter() {
		this.answer = (request) -> Mono
			.just((this.sent.size() == 1) ? rateLimited(5) : InProcessConnector.Response.of(202));
		EventDispatcher dispatcher = dispatcher(EventsApi.builder(new ApiCredentials("k", "s")).maxAttempts(1)).build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		CompletableFuture<Delivery> second = dispatcher.enqueue(user("2", "b"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMillis(3999));
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).hasSize(2);
		assertThat(this.sent.get(1).at()).isEqualTo(5000);
		assertThat(this.sent.get(1).json()).hasSize(2);
		assertThat(first).isCompleted();
		assertThat(second).isCompleted();
		assertThat(first.join().sourceRequestId())
			.isEqualTo(this.sent.get(0).json().get(0).get("source_request_id").asString());
	}

	@Test
	void aHighRateLimitShareSlowsSendingDown() {
		this.answer = (request) -> Mono.just(percentageUsed(100));
		EventDispatcher dispatcher = dispatcher().flushInterval(Duration.ofMillis(10)).build();
		for (int i = 0; i < 300; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
		}
		this.scheduler.advanceTime();
		// the first request reports 100 %: the next ones go one at a time, 1 s apart
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).hasSize(2);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sent).extracting(Sent::at).containsExactly(0L, 1000L, 2000L);
	}

	@Test
	void batchesPerSecondCanBeCapped() {
		EventDispatcher dispatcher = dispatcher().maxBatchesPerSecond(100).build();
		for (int i = 0; i < 500; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
		}
		this.scheduler.advanceTime();
		// a burst of one second's worth, then 100 batches per second
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.sent).hasSize(1);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).hasSize(2);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(3));
		assertThat(this.sent).hasSize(5);
		assertThat(this.sent).extracting(Sent::at).containsExactly(0L, 1000L, 2000L, 3000L, 4000L);
	}

	@Test
	void theCapOnBatchesPerSecondHoldsInEveryWindowAndNoRequestCarriesMoreThanItAllows() {
		EventDispatcher dispatcher = dispatcher().maxBatchesPerSecond(10).build();
		for (int i = 0; i < 60; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
			this.scheduler.advanceTimeBy(Duration.ofMillis(37));
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		assertThat(this.sent.stream().mapToInt((request) -> request.json().size()).sum()).isEqualTo(60);
		assertThat(this.sent).allSatisfy((request) -> assertThat(request.json().size()).isLessThanOrEqualTo(10));
		for (Sent first : this.sent) {
			int inWindow = this.sent.stream()
				.filter((request) -> request.at() >= first.at() && request.at() < first.at() + 1000)
				.mapToInt((request) -> request.json().size())
				.sum();
			assertThat(inWindow).as("batches sent in the second from %d ms", first.at()).isLessThanOrEqualTo(10);
		}
	}

	@Test
	void requestsInFlightAreBounded() {
		this.answer = (request) -> Mono.never();
		EventDispatcher dispatcher = dispatcher(
				EventsApi.builder(new ApiCredentials("k", "s")).timeout(Duration.ofHours(1)))
			.maxRequestsInFlight(2)
			.build();
		for (int i = 0; i < 500; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		assertThat(this.sent).hasSize(2);
		assertThat(dispatcher.status().requestsInFlight()).isEqualTo(2);
	}

	@Test
	void aUsersNextBatchWaitsForItsBatchInFlight() {
		Sinks.One<InProcessConnector.Response> response = Sinks.one();
		this.answer = (request) -> (this.sent.size() == 1) ? response.asMono()
				: Mono.just(InProcessConnector.Response.of(202));
		EventDispatcher dispatcher = dispatcher().build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		dispatcher.enqueue(user("1", "b"));
		dispatcher.enqueue(user("2", "c"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(2);
		assertThat(eventNames(this.sent.get(1).json().get(0))).containsExactly("c");
		response.tryEmitValue(InProcessConnector.Response.of(202));
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(3);
		assertThat(eventNames(this.sent.get(2).json().get(0))).containsExactly("b");
	}

	@Test
	void aBulk400IsBisectedSoThatOnlyTheMalformedBatchFails() {
		this.answer = (request) -> Mono.just(new String(request.body(), StandardCharsets.UTF_8).contains("poison")
				? badRequest() : InProcessConnector.Response.of(202));
		EventDispatcher dispatcher = dispatcher().build();
		List<CompletableFuture<Delivery>> handles = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			handles.add(dispatcher.enqueue(user("user-" + i, (i == 37) ? "poison" : "fine")));
		}
		this.scheduler.advanceTime();
		assertThat(reasonOf(handles.get(37))).isEqualTo(Reason.BAD_REQUEST);
		assertThat(handles.get(37)).failsWithin(Duration.ZERO)
			.withThrowableOfType(ExecutionException.class)
			.havingCause()
			.withMessageContaining("BAD_REQUEST")
			.withMessageContaining("event_name is poisoned");
		handles.remove(37);
		assertThat(handles).allSatisfy((handle) -> assertThat(handle).isCompleted());
		// the request, then two halves at each of 7 levels at most
		assertThat(this.sent).hasSizeLessThanOrEqualTo(1 + 2 * 7);
		assertThat(this.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.reason()).isEqualTo(Reason.BAD_REQUEST);
			assertThat(failure.batches()).singleElement()
				.satisfies((batch) -> assertThat(batch.jsonString()).contains("poison"));
			assertThat(failure.batches().get(0).toBatch().getEvents()).hasSize(1);
		});
	}

	@Test
	void aMalformedEventInAMergedBatchFailsOnlyTheBatchThatBroughtIt() {
		this.answer = (request) -> Mono.just(new String(request.body(), StandardCharsets.UTF_8).contains("poison")
				? badRequest() : InProcessConnector.Response.of(202));
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> good = dispatcher.enqueue(user("1", "fine"));
		CompletableFuture<Delivery> bad = dispatcher.enqueue(user("1", "poison"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(good).isCompleted();
		assertThat(reasonOf(bad)).isEqualTo(Reason.BAD_REQUEST);
	}

	@Test
	void retryableFailuresAreSentAgainWithTheSameIdsAfterAPause() {
		this.answer = (request) -> Mono.just(InProcessConnector.Response.of((this.sent.size() <= 3) ? 503 : 202));
		EventDispatcher dispatcher = dispatcher(EventsApi.builder(new ApiCredentials("k", "s")).maxAttempts(1)).build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMinutes(2));
		assertThat(this.sent).hasSize(4);
		assertThat(this.sent).extracting((request) -> request.json().get(0).get("source_request_id").asString())
			.containsOnly(handle.join().sourceRequestId());
		// paused 0.5-1 s, then 1-2 s, then 2-4 s
		assertThat(this.sent.get(3).at()).isBetween(3500L, 7000L);
	}

	@Test
	void batchesSentAgainWaitForThePauseEvenWhenTheWorkerLooksAtTheQueueAtOnce() {
		Sinks.One<InProcessConnector.Response> secondHalf = Sinks.one();
		this.answer = (request) -> switch (this.sent.size()) {
			case 1 -> Mono.just(badRequest());
			case 2 -> Mono.just(InProcessConnector.Response.of(202));
			case 3 -> secondHalf.asMono();
			default -> Mono.just(InProcessConnector.Response.of(202));
		};
		EventDispatcher dispatcher = dispatcher(EventsApi.builder(new ApiCredentials("k", "s")).maxAttempts(1)).build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		CompletableFuture<Delivery> second = dispatcher.enqueue(user("2", "b"));
		// the first half's delivery makes the worker look at the queue, on this thread
		first.thenRun(dispatcher::flush);
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(3);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(5));
		secondHalf.tryEmitValue(InProcessConnector.Response.of(503));
		assertThat(first).isCompleted();
		assertThat(this.sent).hasSize(3);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.sent).hasSize(4);
		assertThat(this.sent.get(3).at() - 5000).isBetween(500L, 1000L);
		assertThat(second.join().sourceRequestId())
			.isEqualTo(this.sent.get(3).json().get(0).get("source_request_id").asString());
	}

	@Test
	void addedListenersAreAllCalledInTheOrderTheyWereAdded() {
		List<String> calls = new CopyOnWriteArrayList<>();
		EventDispatcher dispatcher = dispatcher().addListener(recording("first", calls))
			.addListener(recording("second", calls))
			.build();
		dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(calls).containsExactly("first enqueued", "second enqueued", "first accepted", "second accepted",
				"first delivered", "second delivered");
	}

	private static EventDispatcherListener recording(String name, List<String> calls) {
		return new EventDispatcherListener() {

			@Override
			public void enqueued(int bytes) {
				calls.add(name + " enqueued");
			}

			@Override
			public void requestAccepted(int batches, int bytes, int retries) {
				calls.add(name + " accepted");
			}

			@Override
			public void delivered(Duration sinceEnqueue) {
				calls.add(name + " delivered");
			}

		};
	}

	@Test
	void rejectedCredentialsPauseTheInputKeepItsBatchesAndBackOffUpToTheMaximum() {
		AtomicInteger status = new AtomicInteger(401);
		this.answer = (request) -> Mono.just(InProcessConnector.Response.of(status.get()));
		EventDispatcher dispatcher = dispatcher().maxCredentialsBackoff(Duration.ofSeconds(30)).build();
		List<CompletableFuture<Delivery>> handles = new ArrayList<>();
		handles.add(dispatcher.enqueue(user("1", "a")));
		handles.add(dispatcher.enqueue(user("2", "b")));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.sent).hasSize(1);
		assertThat(handles).noneMatch(CompletableFuture::isDone);
		assertThat(this.failures).isEmpty();
		assertThat(dispatcher.status().pauseReason()).isEqualTo("mParticle rejected the credentials (401)");
		assertThat(dispatcher.status().queuedBatches()).isEqualTo(2);
		// 5 s, 10 s, 20 s, then the maximum of 30 s between tries
		handles.add(dispatcher.enqueue(user("3", "c")));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(5 + 10 + 20 + 30 + 30));
		assertThat(this.sent).extracting(Sent::at).containsExactly(0L, 5000L, 15000L, 35000L, 65000L, 95000L);
		assertThat(handles).noneMatch(CompletableFuture::isDone);
		status.set(202);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(30));
		assertThat(handles).allSatisfy((handle) -> assertThat(handle).isCompleted());
		assertThat(this.sent.get(this.sent.size() - 1).json()).hasSize(3);
		assertThat(dispatcher.status().pauseReason()).isNull();
		assertThat(dispatcher.status().delivered()).isEqualTo(3);
		assertThat(this.failures).isEmpty();
	}

	@Test
	void anUntrustedCertificatePausesTheInputWithoutRetriesWithinTheRequest() {
		AtomicBoolean trusted = new AtomicBoolean();
		this.answer = (request) -> trusted.get() ? Mono.just(InProcessConnector.Response.of(202))
				: Mono.error(new SSLHandshakeException("PKIX path building failed"));
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(4));
		assertThat(this.sent).hasSize(1);
		assertThat(dispatcher.status().pauseReason())
			.isEqualTo("the TLS connection to mParticle failed (PKIX path building failed)");
		assertThat(handle).isNotDone();
		assertThat(this.failures).isEmpty();
		trusted.set(true);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(handle).isCompleted();
		assertThat(dispatcher.status().pauseReason()).isNull();
	}

	@Test
	void rejectedCredentialsCanFailTheBatchesAtOnce() {
		this.answer = (request) -> Mono.just(InProcessConnector.Response.of(403));
		EventDispatcher dispatcher = dispatcher().rejectedCredentials(RejectedCredentialsPolicy.FAIL).build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(reasonOf(handle)).isEqualTo(Reason.UNAUTHORIZED);
		assertThat(this.sent).hasSize(1);
		assertThat(dispatcher.status().pauseReason()).isNull();
	}

	@Test
	void unauthorizedBatchesFailWithTheReason() {
		this.answer = (request) -> Mono.just(InProcessConnector.Response.of(401));
		EventDispatcher dispatcher = dispatcher().rejectedCredentials(RejectedCredentialsPolicy.FAIL).build();
		CompletableFuture<Delivery> handle = dispatcher.enqueue(user("1", "a"));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(reasonOf(handle)).isEqualTo(Reason.UNAUTHORIZED);
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void shutdownDeliversWhatIsQueuedAndRejectsNewBatches() {
		EventDispatcher dispatcher = dispatcher().build();
		CompletableFuture<Delivery> queued = dispatcher.enqueue(user("1", "a"));
		CompletableFuture<Void> done = dispatcher.shutdown(Duration.ofSeconds(10));
		assertThat(reasonOf(dispatcher.enqueue(user("2", "b")))).isEqualTo(Reason.SHUTDOWN);
		this.scheduler.advanceTime();
		assertThat(queued).isCompleted();
		assertThat(done).isCompleted();
		assertThat(dispatcher.status().accepting()).isFalse();
	}

	@Test
	void whatCannotBeDeliveredWithinTheShutdownTimeoutGoesToTheFailureHandler() {
		this.answer = (request) -> Mono.never();
		EventDispatcher dispatcher = dispatcher(
				EventsApi.builder(new ApiCredentials("k", "s")).timeout(Duration.ofHours(1)))
			.maxRequestsInFlight(1)
			.build();
		List<CompletableFuture<Delivery>> handles = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			handles.add(dispatcher.enqueue(user("user-" + i, "e")));
		}
		CompletableFuture<Void> done = dispatcher.shutdown(Duration.ofSeconds(3));
		this.scheduler.advanceTimeBy(Duration.ofMillis(2999));
		assertThat(done).isNotDone();
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(done).isCompleted();
		assertThat(handles).allSatisfy((handle) -> assertThat(reasonOf(handle)).isEqualTo(Reason.SHUTDOWN));
		assertThat(this.failures).flatMap(DispatchFailure::batches).hasSize(150);
		assertThat(dispatcher.status().dropped()).isEqualTo(150);
		assertThat(dispatcher.status().queuedBatches()).isZero();
	}

	@Test
	void anEventsApiOfAnotherKindGetsTheBatchesAsObjects() throws Exception {
		List<List<Batch>> received = new CopyOnWriteArrayList<>();
		EventsApi stub = new EventsApi() {

			@Override
			public Mono<UploadResult> uploadEvents(Batch batch) {
				return Mono.error(new UnsupportedOperationException());
			}

			@Override
			public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
				received.add(batches);
				return Mono
					.just(new UploadResult(202, 1, batches.stream().map(Batch::getSourceRequestId).toList(), 0, null));
			}

		};
		EventDispatcher dispatcher = EventDispatcher.builder(stub).build();
		CompletableFuture<Delivery> first = dispatcher.enqueue(user("1", "a"));
		dispatcher.enqueue(user("1", "b"));
		dispatcher.flush().get(10, TimeUnit.SECONDS);
		assertThat(received).singleElement()
			.satisfies((batches) -> assertThat(batches).singleElement().satisfies((batch) -> {
				assertThat(batch.getSourceRequestId()).isEqualTo(first.join().sourceRequestId());
				assertThat(batch.getEvents()).extracting((event) -> ((AppEvent) event).getEventName())
					.containsExactly("a", "b");
			}));
		dispatcher.close();
	}

	@Test
	void aShutdownCompletesOnlyOnceTheFailureHandlerHasWhatWasNotDelivered() {
		this.answer = (request) -> Mono.never();
		EventDispatcher dispatcher = dispatcher(
				EventsApi.builder(new ApiCredentials("k", "s")).timeout(Duration.ofHours(1)))
			.maxRequestsInFlight(1)
			.build();
		for (int i = 0; i < 150; i++) {
			dispatcher.enqueue(user("user-" + i, "e"));
		}
		List<Integer> handedOverWhenDone = new ArrayList<>();
		dispatcher.shutdown(Duration.ofSeconds(3))
			.whenComplete((ignored, failure) -> handedOverWhenDone
				.add(this.failures.stream().mapToInt((handed) -> handed.batches().size()).sum()));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(3));
		assertThat(handedOverWhenDone).containsExactly(150);
	}

	private EventDispatcherBuilder dispatcher() {
		return dispatcher(EventsApi.builder(new ApiCredentials("k", "s")));
	}

	private EventDispatcherBuilder dispatcher(EventsApiBuilder client) {
		EventsApi api = client.baseUrl("https://s2s.us1.mparticle.com/v2")
			.scheduler(this.scheduler)
			.clientConnector(new InProcessConnector((request) -> {
				Sent sent = new Sent(request.path(), request.body(), this.scheduler.now(TimeUnit.MILLISECONDS));
				this.sent.add(sent);
				return this.answer.apply(sent);
			}))
			.build();
		// in virtual time, handles complete on the thread that advances it
		return EventDispatcher.builder(api).handleExecutor(Runnable::run).failureHandler(this.failures::add);
	}

	private static Batch user(String customerId, String eventName) {
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, eventName));
	}

	private List<String> eventsOf(String customerId) {
		List<String> names = new ArrayList<>();
		for (Sent request : this.sent) {
			for (JsonNode batch : request.json()) {
				if (batch.get("user_identities").get("customer_id").asString().equals(customerId)) {
					names.addAll(eventNames(batch));
				}
			}
		}
		return names;
	}

	private static List<String> eventNames(JsonNode batch) {
		List<String> names = new ArrayList<>();
		batch.get("events").forEach((event) -> names.add(event.get("data").get("event_name").asString()));
		return names;
	}

	private static Reason reasonOf(CompletableFuture<Delivery> handle) {
		assertThat(handle).isCompletedExceptionally();
		Throwable failure = handle.handle((delivery, ex) -> ex).join();
		assertThat(failure).isInstanceOf(DeliveryFailedException.class);
		return ((DeliveryFailedException) failure).getReason();
	}

	private static InProcessConnector.Response rateLimited(int seconds) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(seconds));
		return new InProcessConnector.Response(429, headers, new byte[0]);
	}

	private static InProcessConnector.Response percentageUsed(int percentage) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-mp-rate-limit-percentage-used", Integer.toString(percentage));
		return new InProcessConnector.Response(202, headers, new byte[0]);
	}

	private static InProcessConnector.Response badRequest() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
		return new InProcessConnector.Response(400, headers,
				"{\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"event_name is poisoned\"}]}"
					.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A request as the connector received it.
	 */
	record Sent(String path, byte[] body, long at) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}

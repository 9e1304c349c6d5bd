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

package io.github.mparticle4j.test.dispatcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples of an {@link EventDispatcher} without Spring Boot: building one,
 * waiting for deliveries, and testing with virtual time.
 *
 * @author mparticle4j contributors
 */
class DispatcherExamplesTests {

	private final EventsApiRecorder recorder = new EventsApiRecorder();

	private final EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
		.environment(Batch.Environment.DEVELOPMENT)
		.clientConnector(this.recorder.connector())
		.build();

	private final List<String> printed = new CopyOnWriteArrayList<>();

	private final List<DispatchFailure> failures = new CopyOnWriteArrayList<>();

	@AfterEach
	void close() {
		this.api.close();
	}

	@Test
	void aDispatcherIsBuiltFromAClientAndSendsWhatIsQueuedWhenClosed() {
		EventsApi api = this.api;
		List<DispatchFailure> deadLetters = this.failures;
		// @formatter:off
		// tag::dispatcher-standalone[]
		EventDispatcher dispatcher = EventDispatcher.builder(api)      // api: an EventsApi, see "Sending data"
			.name("web")                                               // in its log lines and failures
			.flushInterval(Duration.ofMillis(500))
			.maxQueuedBatches(50_000)
			.overflowPolicy(OverflowPolicy.DROP_OLDEST)
			.failureHandler((failure) -> deadLetters.add(failure))     // instead of logging them
			.build();

		dispatcher.enqueue(batch("1234"));

		dispatcher.close();                                            // sends what is queued, for up to 25 s
		// end::dispatcher-standalone[]
		// @formatter:on
		assertThat(this.recorder.batches()).singleElement()
			.satisfies((sent) -> assertThat(sent.getUserIdentities().getCustomerId()).isEqualTo("1234"));
		assertThat(dispatcher.status().accepting()).isFalse();
		assertThat(dispatcher.enqueue(batch("5678"))).isCompletedExceptionally();
		assertThat(this.failures).singleElement()
			.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(DispatchFailure.Reason.SHUTDOWN));
	}

	@Test
	void deliveriesCanBeAwaited() throws Exception {
		EventDispatcher dispatcher = EventDispatcher.builder(this.api).flushInterval(Duration.ofMillis(50)).build();
		Batch batch = batch("1234");
		Batch invalid = batch("1234").userIdentities(new UserIdentities().customerId(""));
		// @formatter:off
		// tag::dispatcher-wait[]
		Delivery delivery = dispatcher.enqueue(batch).get(10, TimeUnit.SECONDS);    // blocking: never on an event loop
		print(delivery.sourceRequestId() + " carried " + delivery.mergedBatches() + " enqueued batches");

		dispatcher.enqueue(invalid).whenComplete((accepted, failure) -> {           // once settled, off the I/O threads
			if (failure instanceof DeliveryFailedException ex) {
				print(ex.getReason() + ": " + ex.getMessage());                     // INVALID, BAD_REQUEST, ...
			}
		});

		Mono<Delivery> confirmed = dispatcher.deliver(batch)                        // enqueues when subscribed
			.timeout(Duration.ofSeconds(10));                                       // a timeout leaves the batch queued
		// end::dispatcher-wait[]
		// @formatter:on
		assertThat(delivery.upload().statusCode()).isEqualTo(202);
		assertThat(delivery.mergedBatches()).isOne();
		assertThat(confirmed.block(Duration.ofSeconds(10)).upload().statusCode()).isEqualTo(202);
		assertThat(this.recorder.batches()).hasSize(2);
		assertThat(this.printed).hasSize(2);
		assertThat(this.printed.get(0)).isEqualTo(delivery.sourceRequestId() + " carried 1 enqueued batches");
		assertThat(this.printed.get(1)).startsWith("INVALID: Batch ")
			.contains("was not enqueued")
			.contains("batch.user_identities.customer_id");
		dispatcher.close();
	}

	@Test
	void aDispatcherCanBeTestedInVirtualTime() {
		Batch batch = batch("1234").environment(Batch.Environment.DEVELOPMENT);
		// @formatter:off
		// tag::dispatcher-virtual-time[]
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		EventsApiRecorder recorder = new EventsApiRecorder();
		EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
			.clientConnector(recorder.connector())            // answers in-process, as scripted
			.scheduler(time)                                  // the dispatcher takes its time from the client
			.build();
		EventDispatcher dispatcher = EventDispatcher.builder(api)
			.handleExecutor(Runnable::run)                    // completes handles on this thread
			.build();

		CompletableFuture<Delivery> delivery = dispatcher.enqueue(batch);
		time.advanceTimeBy(Duration.ofMillis(999));
		assertThat(recorder.requests()).isEmpty();            // merging window still open
		time.advanceTimeBy(Duration.ofMillis(1));             // the flush interval has passed
		assertThat(delivery).isCompletedWithValueMatching((result) -> result.upload().statusCode() == 202);
		// end::dispatcher-virtual-time[]
		// @formatter:on
		assertThat(recorder.batches()).hasSize(1);
		dispatcher.shutdown(Duration.ZERO);
		api.close();
		time.dispose();
	}

	private void print(String line) {
		this.printed.add(line);
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
	}

}

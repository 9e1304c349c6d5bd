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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.CapturedLogs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests what an {@link EventDispatcher} logs: one line when an input pauses and one when
 * it resumes, drops in aggregate with their ids but never their data, and what a shutdown
 * waits for.
 *
 * @author mparticle4j contributors
 */
class DispatcherLoggingTests {

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	@RegisterExtension
	final CapturedLogs logs = CapturedLogs.of(EventDispatcher.class, Level.INFO);

	private final AtomicInteger status = new AtomicInteger(202);

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void aPauseIsOneWarnNamingTheInputAndTheRecoveryOneInfo() {
		this.status.set(401);
		EventDispatcher dispatcher = dispatcher(EventDispatcher.builder(api()));
		dispatcher.enqueue(batch("1"));
		dispatcher.flush();
		this.scheduler.advanceTimeBy(Duration.ofMinutes(10));
		dispatcher.enqueue(batch("2"));
		this.scheduler.advanceTimeBy(Duration.ofMinutes(10));
		this.status.set(202);
		this.scheduler.advanceTimeBy(Duration.ofMinutes(5));
		assertThat(dispatcher.status().delivered()).isEqualTo(2);
		assertThat(this.logs.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
		assertThat(this.logs.events().get(0).getFormattedMessage())
			.startsWith("Dispatcher 'ios' paused: mParticle rejected the credentials (401).")
			.contains("input 'ios'");
		assertThat(this.logs.events().get(1).getFormattedMessage()).startsWith("Dispatcher 'ios' resumed");
	}

	@Test
	void dropsAreLoggedInAggregateWithTheirIdsAndNeverTheirData() {
		EventDispatcher dispatcher = dispatcher(EventDispatcher.builder(api()).maxQueuedBatches(1));
		dispatcher.enqueue(batch("1"));
		dispatcher.enqueue(batch("2").sourceRequestId("own-2"));
		dispatcher.enqueue(batch("3").sourceRequestId("own-3"));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		assertThat(this.logs.events()).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("Dispatcher 'ios' dropped 2 batches in the last 10 s "
					+ "or less: queue_full=2 (source_request_ids [own-2, own-3])");
		});
	}

	@Test
	void theDropLogNamesTenIdsPerReasonCountsTheRestAndStartsAfreshAfterEachReport() {
		DropLog log = new DropLog("ios", this.scheduler);
		for (int i = 0; i < 25; i += 5) {
			List<String> ids = new ArrayList<>();
			for (int j = i; j < i + 5; j++) {
				ids.add("q" + j);
			}
			log.record(DispatchFailure.Reason.QUEUE_FULL, ids.size(), ids);
		}
		log.record(DispatchFailure.Reason.OVERFLOW, 1, List.of("o0"));
		this.scheduler.advanceTimeBy(DropLog.INTERVAL);
		log.record(DispatchFailure.Reason.QUEUE_FULL, 1, List.of("q25"));
		this.scheduler.advanceTimeBy(DropLog.INTERVAL);
		assertThat(this.logs.events()).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly(
					"Dispatcher 'ios' dropped 26 batches in the last 10 s or less: queue_full=25 "
							+ "(source_request_ids [q0, q1, q2, q3, q4, q5, q6, q7, q8, q9] and 15 more) overflow=1 "
							+ "(source_request_ids [o0])",
					"Dispatcher 'ios' dropped 1 batch in the last 10 s or less: queue_full=1 "
							+ "(source_request_ids [q25])");
	}

	@Test
	void aShutdownThatWaitsSaysForWhatAndHowLong() {
		EventDispatcher dispatcher = dispatcher(EventDispatcher.builder(api()));
		dispatcher.enqueue(batch("1"));
		dispatcher.shutdown(Duration.ofSeconds(3));
		this.scheduler.advanceTime();
		assertThat(this.logs.events()).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.INFO);
			assertThat(event.getFormattedMessage())
				.startsWith("Dispatcher 'ios' shutting down: waiting up to 3 s " + "to deliver 1 batch");
		});
	}

	private EventsApi api() {
		return EventsApi.builder(new ApiCredentials("k", "s"))
			.baseUrl("https://s2s.us1.mparticle.com/v2")
			.scheduler(this.scheduler)
			.clientConnector(
					new InProcessConnector((request) -> Mono.just(InProcessConnector.Response.of(this.status.get()))))
			.build();
	}

	private static EventDispatcher dispatcher(EventDispatcherBuilder builder) {
		return builder.name("ios").handleExecutor(Runnable::run).failureHandler((failure) -> {
		}).build();
	}

	private static Batch batch(String customerId) {
		return new Batch(Batch.Environment.DEVELOPMENT)
			.userIdentities(new UserIdentities().customerId(customerId).email("jane.doe@example.com"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "secret-event"));
	}

}

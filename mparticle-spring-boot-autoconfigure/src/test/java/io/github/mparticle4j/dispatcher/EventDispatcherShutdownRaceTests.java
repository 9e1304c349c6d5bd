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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests a shutdown whose timeout passes while a request is failing: the dispatcher's
 * worker cancels the request while its failure arrives from the transport's thread, to be
 * published to the worker. The race is run again and again for a few seconds, with real
 * threads; each run must settle the batch once and complete the shutdown.
 *
 * @author mparticle4j contributors
 */
class EventDispatcherShutdownRaceTests {

	private static final Duration RUN_FOR = Duration.ofSeconds(3);

	@Test
	void aShutdownRacingTheFailureOfARequestSettlesItsBatchOnceAndCompletes() throws Exception {
		Scheduler worker = Schedulers.newSingle("dispatcher");
		Scheduler transport = Schedulers.newSingle("transport");
		try {
			long end = System.nanoTime() + RUN_FOR.toNanos();
			for (int run = 0; System.nanoTime() - end < 0; run++) {
				AtomicInteger handedOver = new AtomicInteger();
				CountDownLatch shutDown = new CountDownLatch(1);
				EventDispatcher dispatcher = new DefaultEventDispatcher(settings(worker, handedOver),
						failingTransport(transport, shutDown), null, transport, Batch.Environment.DEVELOPMENT,
						Duration.ofSeconds(20));
				CompletableFuture<Delivery> handle = dispatcher.enqueue(
						new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1"))
							.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e")));
				dispatcher.flush();
				// the request has started once the worker is idle
				idle(worker);
				CompletableFuture<Void> done = dispatcher.shutdown(Duration.ZERO);
				shutDown.countDown();
				assertThat(done).as("run %d", run).succeedsWithin(Duration.ofSeconds(5));
				assertThat(handle).as("run %d", run).isCompletedExceptionally();
				Throwable failure = handle.handle((delivery, ex) -> ex).join();
				assertThat(failure).isInstanceOfSatisfying(DeliveryFailedException.class,
						(ex) -> assertThat(ex.getReason()).isEqualTo(Reason.SHUTDOWN));
				assertThat(dispatcher.status().dropped()).as("run %d", run).isEqualTo(1);
				assertThat(handedOver).as("run %d", run).hasValue(1);
				assertThat(dispatcher.status().queuedBatches()).as("run %d", run).isZero();
			}
		}
		finally {
			worker.dispose();
			transport.dispose();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void idle(Scheduler scheduler) throws InterruptedException {
		CountDownLatch ran = new CountDownLatch(1);
		scheduler.schedule(ran::countDown);
		assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
	}

	private static DispatcherSettings settings(Scheduler scheduler, AtomicInteger handedOver) {
		return new DispatcherSettings("race", Duration.ofSeconds(1), 100, 1024 * 1024, OverflowPolicy.REJECT_NEWEST,
				Duration.ofSeconds(1), 4, 0, 80, Duration.ofSeconds(1),
				(failure) -> handedOver.addAndGet(failure.batches().size()), EventDispatcherListener.NONE, scheduler,
				Runnable::run, RejectedCredentialsPolicy.PAUSE, Duration.ofMinutes(5));
	}

	// fails every request with a 503 on the transport's thread, a short random while
	// after shutdown was called, so that the failure and the cancel meet at varying
	// points
	private static DispatchTransport failingTransport(Scheduler transport, CountDownLatch shutDown) {
		return (request) -> {
			int spins = ThreadLocalRandom.current().nextInt(2000);
			return Mono.<SendOutcome>fromSupplier(() -> {
				await(shutDown);
				for (int i = 0; i < spins; i++) {
					Thread.onSpinWait();
				}
				return new SendOutcome.Rejected(503, null, null, null);
			}).subscribeOn(transport);
		};
	}

}

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

package io.github.mparticle4j.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the timing of {@link EventsApi} with virtual time: backoff, {@code Retry-After},
 * the deadline and the rate-limit gate, on a client whose scheduler is a
 * {@link VirtualTimeScheduler} and whose connector answers in-process as scripted. No
 * test here waits for real time, so a loaded machine cannot break them.
 *
 * @author mparticle4j contributors
 */
class EventsApiVirtualTimeTests {

	private static final Duration VERIFY = Duration.ofSeconds(10);

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final Deque<Supplier<Mono<InProcessConnector.Response>>> script = new ArrayDeque<>();

	private final List<Long> requestTimes = new CopyOnWriteArrayList<>();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void retryAfterIsWaitedOutExactly() {
		respond(rateLimited("2"), accepted());
		EventsApi api = client().build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> advance(Duration.ofMillis(1999), 1))
			.then(() -> advance(Duration.ofMillis(1), 2))
			.assertNext((result) -> assertThat(result.attempts()).isEqualTo(2))
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L, 2000L);
	}

	@Test
	void retryAfterIsCappedByMaxRetryAfter() {
		respond(rateLimited("3600"), accepted());
		EventsApi api = client().maxRetryAfter(Duration.ofMillis(700)).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> this.scheduler.advanceTimeBy(Duration.ofMillis(700)))
			.expectNextCount(1)
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L, 700L);
	}

	@Test
	void backoffIsExponentialWithFullJitterAndBounded() {
		for (int i = 0; i < 6; i++) {
			respond(status(503));
		}
		EventsApi api = client().maxAttempts(6)
			.initialBackoff(Duration.ofMillis(100))
			.maxBackoff(Duration.ofMillis(300))
			.timeout(Duration.ofMinutes(1))
			.build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> this.scheduler.advanceTimeBy(Duration.ofSeconds(10)))
			.expectError(MParticleServerException.class)
			.verify(VERIFY);
		assertThat(this.requestTimes).hasSize(6);
		long[] ceilings = { 100, 200, 300, 300, 300 };
		for (int i = 0; i < ceilings.length; i++) {
			long gap = this.requestTimes.get(i + 1) - this.requestTimes.get(i);
			assertThat(gap).as("wait before attempt %d", i + 2).isBetween(0L, ceilings[i]);
		}
	}

	@Test
	void noRetryIsMadeWhoseWaitWouldPassTheDeadline() {
		respond(rateLimited("2"));
		EventsApi api = client().maxAttempts(10).timeout(Duration.ofMillis(1500)).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal())).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(MParticleRateLimitException.class);
			assertThat(ex.getMessage())
				.endsWith("after 1 attempt; no time was left for another attempt within" + " the timeout of 1.5 s");
		}).verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L);
	}

	@Test
	void theDeadlineEndsAnUploadThatGetsNoAnswer() {
		this.script.add(Mono::never);
		EventsApi api = client().timeout(Duration.ofMillis(800)).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> advance(Duration.ofMillis(799), 1))
			.then(() -> advance(Duration.ofMillis(1), 1))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(MParticleTransportException.class)
				.hasMessage("POST /events (1 batch) did not complete within the timeout of 800 ms (1 attempt)"))
			.verify(VERIFY);
	}

	@Test
	void transportFailuresAreRetriedAfterTheBackoff() {
		respond(() -> Mono.error(new IOException("Connection reset by peer")), accepted());
		EventsApi api = client().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(100)).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> this.scheduler.advanceTimeBy(Duration.ofMillis(100)))
			.assertNext((result) -> assertThat(result.attempts()).isEqualTo(2))
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.requestTimes.get(1)).isBetween(0L, 100L);
	}

	@Test
	void aRateLimitedClientHoldsBackItsNextUploadsUntilRetryAfterHasPassed() {
		respond(rateLimited("3"), accepted());
		EventsApi api = client().maxAttempts(1).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.expectError(MParticleRateLimitException.class)
			.verify(VERIFY);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.then(() -> advance(Duration.ofMillis(1999), 1))
			.then(() -> advance(Duration.ofMillis(1), 2))
			.expectNextCount(1)
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L, 3000L);
	}

	@Test
	void aRateLimitedClientFailsAtOnceWhenTheWaitIsLongerThanTheTimeLeft() {
		respond(rateLimited("10"));
		EventsApi api = client().maxAttempts(1).timeout(Duration.ofSeconds(2)).build();
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal()))
			.expectError(MParticleRateLimitException.class)
			.verify(VERIFY);
		StepVerifier.create(api.uploadEvents(DocumentedExamples.minimal())).expectErrorSatisfies((ex) -> {
			assertThat(((MParticleRateLimitException) ex).getAttempts()).isZero();
			assertThat(ex.getMessage()).startsWith("This client was asked by mParticle to wait another 10 s");
		}).verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L);
	}

	@Test
	void anotherClientIsNotHeldBackByTheRateLimitOfThisOne() {
		respond(rateLimited("5"), accepted());
		EventsApi limited = client().maxAttempts(1).build();
		EventsApi other = client().build();
		StepVerifier.create(limited.uploadEvents(DocumentedExamples.minimal()))
			.expectError(MParticleRateLimitException.class)
			.verify(VERIFY);
		StepVerifier.create(other.uploadEvents(DocumentedExamples.minimal()))
			.expectNextCount(1)
			.expectComplete()
			.verify(VERIFY);
		assertThat(this.requestTimes).containsExactly(0L, 0L);
	}

	/**
	 * Moves virtual time forward, then checks how many requests have been made by then.
	 */
	private void advance(Duration duration, int expectedRequests) {
		this.scheduler.advanceTimeBy(duration);
		assertThat(this.requestTimes).as("requests after %s", duration).hasSize(expectedRequests);
	}

	private EventsApiBuilder client() {
		return EventsApi.builder(new ApiCredentials("key", "secret"))
			.baseUrl("https://s2s.us1.mparticle.com/v2")
			.scheduler(this.scheduler)
			.clientConnector(new InProcessConnector((request) -> {
				this.requestTimes.add(this.scheduler.now(TimeUnit.MILLISECONDS));
				Supplier<Mono<InProcessConnector.Response>> next = this.script.poll();
				return (next != null) ? next.get() : Mono.just(InProcessConnector.Response.of(202));
			}));
	}

	@SafeVarargs
	private void respond(Supplier<Mono<InProcessConnector.Response>>... responses) {
		this.script.addAll(List.of(responses));
	}

	private static Supplier<Mono<InProcessConnector.Response>> accepted() {
		return status(202);
	}

	private static Supplier<Mono<InProcessConnector.Response>> status(int status) {
		return () -> Mono.just(InProcessConnector.Response.of(status));
	}

	private static Supplier<Mono<InProcessConnector.Response>> rateLimited(String retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		return () -> Mono.just(new InProcessConnector.Response(429, headers, new byte[0]));
	}

}

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

package io.github.mparticle4j.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LoopbackSink}.
 *
 * @author mparticle4j contributors
 */
class LoopbackSinkTests {

	@Test
	void acceptsUploadsAndCountsThem() {
		DisposableServer server = LoopbackSink.start(Duration.ZERO);
		try {
			HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + server.port());
			assertThat(post(client, "/v2/events", "{}")).isEqualTo(202);
			assertThat(post(client, "/v2/bulkevents", "[{},{}]")).isEqualTo(202);
			assertThat(stats(client)).isEqualTo("2 9");
			assertThat(stats(client)).isEqualTo("0 0");
		}
		finally {
			server.disposeNow();
		}
	}

	@Test
	void answersAfterTheDelay() throws InterruptedException {
		SignallingClock clock = new SignallingClock();
		DisposableServer server = LoopbackSink.start(Duration.ofMillis(300), clock);
		try {
			HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + server.port());
			CompletableFuture<Integer> answer = send(client, "/v2/bulkevents", "[{}]").toFuture();
			clock.awaitDelays(1);
			clock.time.advanceTimeBy(Duration.ofMillis(299));
			assertThat(answer).isNotDone();
			clock.time.advanceTimeBy(Duration.ofMillis(1));
			assertThat(answer).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(202);
			assertThat(stats(client)).isEqualTo("1 4");
		}
		finally {
			server.disposeNow();
			clock.dispose();
		}
	}

	@Test
	void delayedUploadsDoNotWaitForEachOther() throws InterruptedException {
		SignallingClock clock = new SignallingClock();
		DisposableServer server = LoopbackSink.start(Duration.ofMillis(500), clock);
		try {
			HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + server.port());
			CompletableFuture<List<Integer>> statuses = Flux.range(0, 4)
				.flatMap((i) -> send(client, "/v2/events", "{}"))
				.collectList()
				.toFuture();
			clock.awaitDelays(4);
			// one delay's time answers all four
			clock.time.advanceTimeBy(Duration.ofMillis(500));
			assertThat(statuses).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(List.of(202, 202, 202, 202));
			assertThat(stats(client)).isEqualTo("4 8");
		}
		finally {
			server.disposeNow();
			clock.dispose();
		}
	}

	private static int post(HttpClient client, String path, String json) {
		return send(client, path, json).block(Duration.ofSeconds(10));
	}

	private static Mono<Integer> send(HttpClient client, String path, String json) {
		return client.post()
			.uri(path)
			.send(ByteBufFlux.fromString(Mono.just(json)))
			.response()
			.map((response) -> response.status().code());
	}

	private static String stats(HttpClient client) {
		return client.get().uri("/stats").responseContent().aggregate().asString().block(Duration.ofSeconds(10));
	}

	/**
	 * Virtual time that tells when the sink starts a delay on it, so that a test moves
	 * time only once the sink waits.
	 */
	private static final class SignallingClock implements Scheduler {

		private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

		private final Semaphore delays = new Semaphore(0);

		void awaitDelays(int count) throws InterruptedException {
			assertThat(this.delays.tryAcquire(count, 10, TimeUnit.SECONDS)).as(count + " uploads waiting").isTrue();
		}

		@Override
		public Disposable schedule(Runnable task) {
			return this.time.schedule(task);
		}

		@Override
		public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
			Disposable scheduled = this.time.schedule(task, delay, unit);
			this.delays.release();
			return scheduled;
		}

		@Override
		public Worker createWorker() {
			return this.time.createWorker();
		}

		@Override
		public void dispose() {
			this.time.dispose();
		}

	}

}

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

package io.github.mparticle4j.smoketest.outboxcrash;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the Events API on 127.0.0.1 that answers every request with 202 and
 * keeps every batch it received (unlike {@code LocalEventsApi}, which keeps the last 100
 * requests): a batch counts as received as soon as its request arrived, whether or not
 * the answer reached the sender, as it would at mParticle. Some answers are delayed, and
 * a test can hold the next answer or hear when a request arrived or was answered, to kill
 * the sender at that moment.
 * <p>
 * Thread safety: the received batches are in a concurrent queue; the random delays come
 * from a {@link Random} guarded by its own monitor; the signals are swapped atomically.
 *
 * @author mparticle4j contributors
 */
final class RecordingEventsApi implements AutoCloseable {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

	private final Random random;

	private final AtomicReference<Signal> signal = new AtomicReference<>();

	private final DisposableServer server;

	private volatile Duration fixedDelay = Duration.ZERO;

	RecordingEventsApi(long seed) {
		this.random = new Random(seed);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/v2/bulkevents", this::handle))
			.bindNow();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.port() + "/v2");
	}

	List<Arrival> arrivals() {
		return new ArrayList<>(this.arrivals);
	}

	/**
	 * Returns a latch that opens when the next request arrives, whose answer is then held
	 * for {@code hold}.
	 * @param hold how long to hold the answer
	 * @return the latch
	 */
	CountDownLatch holdNext(Duration hold) {
		Signal next = new Signal(hold, false);
		this.signal.set(next);
		return next.latch;
	}

	/**
	 * Returns a latch that opens once the next request has been answered.
	 * @return the latch
	 */
	CountDownLatch answeredNext() {
		Signal next = new Signal(Duration.ZERO, true);
		this.signal.set(next);
		return next.latch;
	}

	/**
	 * Delays every answer by {@code delay} from now on, instead of a quarter of them at
	 * random.
	 * @param delay the delay
	 */
	void delayEveryAnswer(Duration delay) {
		this.fixedDelay = delay;
	}

	void clearSignal() {
		this.signal.set(null);
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).flatMap((body) -> {
			for (JsonNode batch : this.mapper.readTree(body)) {
				this.arrivals.add(new Arrival(batch.path("user_identities").path("customer_id").asString(),
						batch.path("source_request_id").asString()));
			}
			Signal current = this.signal.getAndSet(null);
			Duration delay = (current != null) ? current.hold : randomDelay();
			if (current != null && !current.afterAnswer) {
				current.latch.countDown();
			}
			Mono<Void> answer = Mono.delay(delay).then(Mono.from(response.status(202).send()));
			return (current != null && current.afterAnswer) ? answer.doOnSuccess((done) -> current.latch.countDown())
					: answer;
		});
	}

	// a quarter of the answers take up to half a second: kills land while they are out
	private Duration randomDelay() {
		if (!this.fixedDelay.isZero()) {
			return this.fixedDelay;
		}
		synchronized (this.random) {
			return (this.random.nextInt(4) == 0) ? Duration.ofMillis(this.random.nextInt(500)) : Duration.ZERO;
		}
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * A batch received.
	 *
	 * @param customerId its customer id, {@code <prefix>-<n>}
	 * @param sourceRequestId its {@code source_request_id}
	 */
	record Arrival(String customerId, String sourceRequestId) {

	}

	private record Signal(Duration hold, boolean afterAnswer, CountDownLatch latch) {

		Signal(Duration hold, boolean afterAnswer) {
			this(hold, afterAnswer, new CountDownLatch(1));
		}

	}

}

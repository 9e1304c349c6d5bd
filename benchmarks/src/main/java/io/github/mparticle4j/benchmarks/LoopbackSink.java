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

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.NettyOutbound;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The server of the loopback benchmark, run in a process of its own so that its CPU time
 * and allocations are not counted against the clients: a Reactor Netty server on
 * {@code 127.0.0.1} and a random port that answers {@code 202} to {@code POST /v2/events}
 * and {@code POST /v2/bulkevents}, counting requests and body bytes, and tells (and
 * resets) the counts on {@code GET /stats}. Prints {@code PORT <port>} when it listens
 * and stops when its standard input closes, that is when the benchmark ends.
 * <p>
 * With {@code --delay=MILLIS} it answers each upload that much later, without holding a
 * thread, like a slow server: the overload benchmark of the dispatcher uses it.
 *
 * @author mparticle4j contributors
 */
public final class LoopbackSink {

	private final LongAdder requests = new LongAdder();

	private final LongAdder bytes = new LongAdder();

	private final Duration delay;

	private final Scheduler timer;

	private LoopbackSink(Duration delay, Scheduler timer) {
		this.delay = delay;
		this.timer = timer;
	}

	/**
	 * Runs the sink until standard input closes.
	 * @param args none, or {@code --delay=MILLIS}
	 * @throws IOException if standard input cannot be read
	 */
	public static void main(String[] args) throws IOException {
		Duration delay = Duration.ZERO;
		for (String arg : args) {
			if (!arg.startsWith("--delay=")) {
				throw new IllegalArgumentException("Unknown option '" + arg + "'; the only option is --delay=MILLIS");
			}
			delay = Duration.ofMillis(Long.parseLong(arg.substring("--delay=".length())));
		}
		DisposableServer server = start(delay);
		System.out.println("PORT " + server.port());
		System.out.flush();
		InputStream in = System.in;
		while (in.read() != -1) {
			// wait for the benchmark to close the pipe
		}
		server.disposeNow();
	}

	/**
	 * Starts a sink in this process, on {@code 127.0.0.1} and a random port.
	 * @param delay how long to wait before answering each upload, zero for no wait
	 * @return the server, to dispose of
	 */
	static DisposableServer start(Duration delay) {
		return start(delay, Schedulers.parallel());
	}

	/**
	 * Starts a sink in this process that takes its delay from the given scheduler.
	 * @param delay how long to wait before answering each upload, zero for no wait
	 * @param timer the scheduler that measures the delay
	 * @return the server, to dispose of
	 */
	static DisposableServer start(Duration delay, Scheduler timer) {
		LoopbackSink sink = new LoopbackSink(delay, timer);
		return HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/v2/events", sink::accept)
				.post("/v2/bulkevents", sink::accept)
				.get("/stats", sink::stats))
			.bindNow();
	}

	private Publisher<Void> accept(HttpServerRequest request, HttpServerResponse response) {
		Mono<Void> received = request.receive().doOnNext((buffer) -> this.bytes.add(buffer.readableBytes())).then();
		if (!this.delay.isZero()) {
			received = received.then(Mono.delay(this.delay, this.timer)).then();
		}
		return received.then(Mono.defer(() -> {
			this.requests.increment();
			return response.status(HttpResponseStatus.ACCEPTED)
				.header(HttpHeaderNames.CONTENT_LENGTH, "0")
				.send()
				.then();
		}));
	}

	private NettyOutbound stats(HttpServerRequest request, HttpServerResponse response) {
		String stats = this.requests.sumThenReset() + " " + this.bytes.sumThenReset();
		return response.sendString(Mono.just(stats));
	}

}

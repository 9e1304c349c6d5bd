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

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;

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
	void answersAfterTheDelay() {
		DisposableServer server = LoopbackSink.start(Duration.ofMillis(300));
		try {
			HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + server.port());
			long start = System.nanoTime();
			assertThat(post(client, "/v2/bulkevents", "[{}]")).isEqualTo(202);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
			assertThat(stats(client)).isEqualTo("1 4");
		}
		finally {
			server.disposeNow();
		}
	}

	@Test
	void delayedUploadsDoNotWaitForEachOther() {
		DisposableServer server = LoopbackSink.start(Duration.ofMillis(500));
		try {
			HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + server.port());
			long start = System.nanoTime();
			List<Integer> statuses = Flux.range(0, 4)
				.flatMap((i) -> send(client, "/v2/events", "{}"))
				.collectList()
				.block(Duration.ofSeconds(10));
			assertThat(statuses).containsExactly(202, 202, 202, 202);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
			assertThat(stats(client)).isEqualTo("4 8");
		}
		finally {
			server.disposeNow();
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

}

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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.github.mparticle4j.model.Batch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The reference client of the loopback benchmark: what the hardware allows for an upload.
 * Each upload is written by the {@link ReferenceWriter} into a pooled Netty buffer and
 * posted as it is with a raw Reactor Netty {@link HttpClient} over a keep-alive
 * connection pool, with the headers that {@code EventsApi} sends (Basic authorization,
 * content type, accept, user agent, content length). It has no retries, timeouts or
 * validation.
 *
 * @author mparticle4j contributors
 */
public final class ReferenceClient implements AutoCloseable {

	static final String KEY = "benchmark-key";

	static final String SECRET = "benchmark-secret";

	private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;

	private final ConnectionProvider connections;

	private final HttpClient httpClient;

	private final ReferenceWriter writer;

	/**
	 * Creates a client.
	 * @param baseUrl the URL of the server, such as {@code http://127.0.0.1:8080}
	 * @param defaultEnvironment the environment of batches that have none
	 */
	public ReferenceClient(String baseUrl, Batch.Environment defaultEnvironment) {
		this.writer = new ReferenceWriter(defaultEnvironment);
		this.connections = ConnectionProvider.builder("reference")
			.maxConnections(64)
			.pendingAcquireMaxCount(1024)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		this.httpClient = HttpClient.create(this.connections)
			.baseUrl(baseUrl)
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.SO_KEEPALIVE, true)
			.headers((headers) -> headers.set(HttpHeaderNames.AUTHORIZATION, authorization)
				.set(HttpHeaderNames.USER_AGENT, "reference")
				.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON)
				.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
	}

	/**
	 * Uploads one batch to {@code /v2/events}.
	 * @param batch the batch
	 * @return the status, when subscribed
	 */
	public Mono<Integer> uploadEvents(Batch batch) {
		return post("/v2/events", this.writer.writeSingle(batch, this.allocator));
	}

	/**
	 * Uploads batches to {@code /v2/bulkevents}.
	 * @param batches the batches
	 * @return the status, when subscribed
	 */
	public Mono<Integer> bulkUploadEvents(List<Batch> batches) {
		return post("/v2/bulkevents", this.writer.writeBulk(batches, this.allocator));
	}

	private Mono<Integer> post(String path, ByteBuf body) {
		int length = body.readableBytes();
		return this.httpClient.post().uri(path).send((request, outbound) -> {
			request.requestHeaders().setInt(HttpHeaderNames.CONTENT_LENGTH, length);
			return outbound.send(Mono.just(body));
		}).response().map((response) -> response.status().code());
	}

	@Override
	public void close() {
		this.connections.disposeLater().block(Duration.ofSeconds(10));
	}

}

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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock server on 127.0.0.1 standing in for the Events API under {@code /v2}.
 *
 * @author mparticle4j contributors
 */
public final class MockEventsApi implements AutoCloseable {

	public static final String KEY = "test-key";

	public static final String SECRET = "test-secret-do-not-log";

	private final Queue<CompletableFuture<String>> awaitedRequests = new ConcurrentLinkedQueue<>();

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options()
		.bindAddress("127.0.0.1")
		.dynamicPort()
		.containerThreads(20)
		.extensions(new ArrivalListener(this.awaitedRequests)));

	public MockEventsApi() {
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v2";
	}

	public EventsApiBuilder builder() {
		return builder(KEY, SECRET);
	}

	public EventsApiBuilder builder(String key, String secret) {
		return EventsApi.builder(new ApiCredentials(key, secret)).baseUrl(baseUrl());
	}

	public static String basicAuth(String key, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	public void reset() {
		this.server.resetAll();
	}

	public void stub(MappingBuilder mapping) {
		this.server.stubFor(mapping);
	}

	/**
	 * Answers every POST to the given path with the given responses in turn, repeating
	 * the last one.
	 */
	public void respondInTurn(String path, ResponseDefinitionBuilder... responses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < responses.length; i++) {
			String next = (i < responses.length - 1) ? "after-" + i : state;
			this.server.stubFor(post(urlPathEqualTo("/v2" + path)).inScenario(path)
				.whenScenarioStateIs(state)
				.willReturn(responses[i])
				.willSetStateTo(next));
			state = next;
		}
	}

	public void accept(String path) {
		this.server.stubFor(post(urlPathEqualTo("/v2" + path)).willReturn(aResponse().withStatus(202)));
	}

	/**
	 * Returns a future that completes when the next request arrives, before it is
	 * answered: before any delay that the answer has.
	 * @return the future
	 */
	public CompletableFuture<Void> nextRequest() {
		return nextRequestBody().thenApply((body) -> null);
	}

	/**
	 * Returns a future that completes with the body of the next request when it arrives,
	 * before it is answered.
	 * @return the future
	 */
	public CompletableFuture<String> nextRequestBody() {
		CompletableFuture<String> arrived = new CompletableFuture<>();
		this.awaitedRequests.add(arrived);
		return arrived;
	}

	public List<LoggedRequest> requests() {
		return this.server.findAll(anyRequestedFor(anyUrl()));
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/**
	 * Completes the futures of {@link #nextRequest()} as a request arrives.
	 */
	private record ArrivalListener(Queue<CompletableFuture<String>> awaited) implements ServeEventListener {

		@Override
		public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
			CompletableFuture<String> arrived;
			while ((arrived = this.awaited.poll()) != null) {
				arrived.complete(serveEvent.getRequest().getBodyAsString());
			}
		}

		@Override
		public String getName() {
			return "arrivals";
		}

	}

}

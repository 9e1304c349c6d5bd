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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.MockEventsApi;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A WireMock server on 127.0.0.1 standing in for the Events API under {@code /v2}, for
 * tests of the {@link EventDispatcher} over real HTTP: it answers each request as the
 * test's {@link Script} says, and records every request the moment it arrives, in the
 * order of arrival, with the answer it was given. The order is taken before any delay or
 * fault of the answer, so that a request that arrived first is listed first even if it is
 * answered last. A script may take its time: the client cannot have the answer before the
 * script returns, so a request that arrived after another was answered was sent after the
 * client could know that answer.
 *
 * @author mparticle4j contributors
 */
final class ScriptedEventsApi implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AtomicInteger arrivals = new AtomicInteger();

	private final List<Received> received = new ArrayList<>();

	private volatile Script script = (index, body) -> aResponse().withStatus(202);

	private final WireMockServer server;

	ScriptedEventsApi() {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.dynamicPort()
			.containerThreads(40)
			.disableRequestJournal()
			.extensions(new Recorder()));
		this.server.start();
		this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(202)));
	}

	/**
	 * Answers every request from now on as the script says.
	 * @param script the script
	 */
	void answer(Script script) {
		this.script = script;
	}

	EventsApiBuilder builder() {
		return EventsApi.builder(new ApiCredentials(MockEventsApi.KEY, MockEventsApi.SECRET))
			.baseUrl("http://127.0.0.1:" + this.server.port() + "/v2");
	}

	/**
	 * Returns every request received so far, in the order of arrival.
	 * @return the requests
	 */
	List<Received> received() {
		synchronized (this.received) {
			List<Received> copy = new ArrayList<>(this.received);
			copy.sort((left, right) -> Integer.compare(left.index(), right.index()));
			return copy;
		}
	}

	/**
	 * Returns the requests received so far that were answered with a {@code 2xx}, late or
	 * not, in the order of arrival.
	 * @return the requests
	 */
	List<Received> accepted() {
		return received().stream().filter(Received::accepted).toList();
	}

	int count() {
		return this.arrivals.get();
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/**
	 * Decides the answer to a request.
	 */
	@FunctionalInterface
	interface Script {

		/**
		 * Returns the answer to a request.
		 * @param index the place of the request in the order of arrival, from 0
		 * @param body the body of the request
		 * @return the answer
		 */
		ResponseDefinitionBuilder answer(int index, String body);

	}

	/**
	 * A request as the server received it, and how it answered.
	 *
	 * @param index its place in the order of arrival, from 0
	 * @param arrived {@link System#nanoTime()} when it arrived
	 * @param answered {@link System#nanoTime()} when the script had answered it, before
	 * the answer was sent
	 * @param path the path
	 * @param body the body
	 * @param contentLength the {@code Content-Length} header, or {@code null}
	 * @param answer the answer
	 */
	record Received(int index, long arrived, long answered, String path, byte[] body, @Nullable String contentLength,
			ResponseDefinition answer) {

		String bodyString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/**
		 * Returns the batches of a bulk request.
		 * @return the batches
		 */
		List<JsonNode> batches() {
			List<JsonNode> batches = new ArrayList<>();
			JSON.readTree(this.body).forEach(batches::add);
			return batches;
		}

		boolean accepted() {
			return this.answer.getFault() == null && this.answer.getStatus() / 100 == 2;
		}

	}

	private final class Recorder implements ResponseDefinitionTransformerV2 {

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			LoggedRequest request = serveEvent.getRequest();
			int index = ScriptedEventsApi.this.arrivals.getAndIncrement();
			long arrived = System.nanoTime();
			byte[] body = request.getBody();
			ResponseDefinition answer = ScriptedEventsApi.this.script
				.answer(index, new String(body, StandardCharsets.UTF_8))
				.build();
			Received received = new Received(index, arrived, System.nanoTime(), request.getUrl(), body,
					request.containsHeader("Content-Length") ? request.getHeader("Content-Length") : null, answer);
			synchronized (ScriptedEventsApi.this.received) {
				ScriptedEventsApi.this.received.add(received);
			}
			return answer;
		}

		@Override
		public String getName() {
			return "scripted-events-api";
		}

	}

}

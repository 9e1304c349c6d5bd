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

package io.github.mparticle4j.test.standin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.StreamSupport;

import io.github.mparticle4j.model.Batch;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TreeNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A stand-in for the mParticle Events API, served on 127.0.0.1, for integration tests and
 * for running an application without an mParticle account. Like mParticle, it checks the
 * Basic credentials ({@value #API_KEY} and {@value #API_SECRET}; 401 when missing, 403
 * when wrong), the content type and the shape of the batches, and answers
 * {@code 202 Accepted}, or {@code 400} with an {@code errors} body. It keeps the last
 * {@value #KEPT_REQUESTS} requests it accepted, for assertions with {@link #received()}
 * and {@link #batches()}; {@link #failNext(int, int)} makes it answer an error instead.
 * <p>
 * In a Spring Boot test, {@code @AutoConfigureLocalEventsApi} starts one and points the
 * auto-configured {@code EventsApi} at it.
 *
 * @author mparticle4j contributors
 */
public final class LocalEventsApi {

	/** The API key the stand-in accepts. */
	public static final String API_KEY = "local-api-key";

	/** The API secret the stand-in accepts. */
	public static final String API_SECRET = "local-api-secret";

	static final int KEPT_REQUESTS = 100;

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));

	private static final Log logger = LogFactory.getLog(LocalEventsApi.class);

	// Exact decimals: a double would turn an amount such as 1e400 into Infinity
	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final Deque<ReceivedRequest> received = new ConcurrentLinkedDeque<>();

	private final Deque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();

	private final DisposableServer server;

	private LocalEventsApi(int port) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(port)
			.route((routes) -> routes.post("/v2/events", (request, response) -> handle(request, response, false))
				.post("/v2/bulkevents", (request, response) -> handle(request, response, true)))
			.bindNow();
	}

	/**
	 * Starts a stand-in on 127.0.0.1.
	 * @param port the port, or 0 for any free one
	 * @return the running stand-in
	 */
	public static LocalEventsApi start(int port) {
		return new LocalEventsApi(port);
	}

	/**
	 * Returns the base URL of the stand-in, ending in {@code /v2} like the real one.
	 * @return the base URL
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.port() + "/v2");
	}

	/**
	 * Returns the requests accepted so far (at most the last {@value #KEPT_REQUESTS}),
	 * oldest first.
	 * @return the requests
	 */
	public List<ReceivedRequest> received() {
		return new ArrayList<>(this.received);
	}

	/**
	 * Returns the batches of the requests accepted so far, oldest first: one per
	 * {@code /events} request, and each batch of a {@code /bulkevents} request in order.
	 * @return the batches
	 */
	public List<Batch> batches() {
		return received().stream().flatMap((request) -> request.batches(this.mapper).stream()).toList();
	}

	/**
	 * Makes the next requests fail: each of the next {@code requests} requests that pass
	 * the credentials and content type checks is answered with {@code status} and an
	 * {@code errors} body instead of being checked and accepted. Calls add up.
	 * @param requests how many requests to fail
	 * @param status the HTTP status to answer, such as 400, 429 or 503
	 */
	public void failNext(int requests, int status) {
		if (requests < 0) {
			throw new IllegalArgumentException("'requests' must not be negative");
		}
		HttpResponseStatus responseStatus = HttpResponseStatus.valueOf(status);
		if (responseStatus.code() < 400 || responseStatus.code() > 599) {
			throw new IllegalArgumentException("'status' must be an error status (4xx or 5xx), not " + status);
		}
		for (int i = 0; i < requests; i++) {
			this.scriptedStatuses.addLast(status);
		}
	}

	/**
	 * Forgets the requests received so far and any failures scripted with
	 * {@link #failNext(int, int)} that have not happened yet; for use between tests.
	 */
	public void clear() {
		this.scriptedStatuses.clear();
		this.received.clear();
	}

	/**
	 * Stops the stand-in.
	 */
	public void stop() {
		this.server.disposeNow();
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response, boolean bulk) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		if (authorization == null) {
			return error(response, HttpResponseStatus.UNAUTHORIZED, "UNAUTHORIZED",
					"The Authorization header is missing.");
		}
		if (!AUTHORIZATION.equals(authorization)) {
			return error(response, HttpResponseStatus.FORBIDDEN, "FORBIDDEN", "The API key or secret is wrong.");
		}
		String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
		if (contentType == null || !contentType.startsWith("application/json")) {
			return error(response, HttpResponseStatus.BAD_REQUEST, "BAD_REQUEST",
					"Content-Type must be application/json, was " + contentType + ".");
		}
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			Integer scripted = this.scriptedStatuses.pollFirst();
			if (scripted != null) {
				HttpResponseStatus status = HttpResponseStatus.valueOf(scripted);
				return Mono.from(error(response, status, errorCode(status),
						"The stand-in was told to fail this request (failNext)."));
			}
			JsonNode tree;
			try {
				tree = this.mapper.readTree(body);
			}
			catch (JacksonException ex) {
				return Mono.from(error(response, HttpResponseStatus.BAD_REQUEST, "BAD_REQUEST",
						"The body is not valid JSON: " + ex.getOriginalMessage()));
			}
			String problem = check(tree, bulk);
			if (problem != null) {
				return Mono.from(error(response, HttpResponseStatus.BAD_REQUEST, "BAD_REQUEST", problem));
			}
			record(new ReceivedRequest(request.fullPath(), Instant.now(), tree));
			return Mono.from(response.status(HttpResponseStatus.ACCEPTED).send());
		});
	}

	private @Nullable String check(JsonNode tree, boolean bulk) {
		try {
			if (bulk && !tree.isArray()) {
				return "The body of a bulk request must be a JSON array of batches.";
			}
			if (!bulk && !tree.isObject()) {
				return "The body must be a JSON object (one batch).";
			}
			ArrayNode batches = bulk ? (ArrayNode) tree : this.mapper.createArrayNode().add(tree);
			if (batches.size() > 100) {
				return "A bulk request may carry at most 100 batches, not " + batches.size() + ".";
			}
			for (int i = 0; i < batches.size(); i++) {
				// TreeNode: the overload that Jackson 3.0 (Boot 4.0.0 to 4.0.3) has too
				Batch batch = this.mapper.treeToValue((TreeNode) batches.get(i), Batch.class);
				if (batch.getEnvironment() == null) {
					return "Batch " + i + ": \"environment\" must be \"development\" or \"production\".";
				}
			}
			return null;
		}
		catch (JacksonException ex) {
			return "The body is not a valid batch: " + ex.getOriginalMessage();
		}
	}

	private void record(ReceivedRequest request) {
		this.received.addLast(request);
		while (this.received.size() > KEPT_REQUESTS) {
			this.received.pollFirst();
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Stand-in accepted POST " + request.path());
		}
	}

	private static String errorCode(HttpResponseStatus status) {
		return status.reasonPhrase().toUpperCase(Locale.ROOT).replace(' ', '_');
	}

	private Publisher<Void> error(HttpServerResponse response, HttpResponseStatus status, String code, String message) {
		String body = this.mapper.writeValueAsString(this.mapper.createObjectNode()
			.set("errors", this.mapper.createArrayNode()
				.add(this.mapper.createObjectNode().put("code", code).put("message", message))));
		return response.status(status)
			.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
			.sendString(Mono.just(body));
	}

	/**
	 * A request that the stand-in accepted.
	 *
	 * @param path the path, such as {@code /v2/events}
	 * @param receivedAt when it arrived
	 * @param body the JSON body: one batch, or an array of batches
	 */
	public record ReceivedRequest(String path, Instant receivedAt, JsonNode body) {

		List<Batch> batches(JsonMapper mapper) {
			Iterable<JsonNode> batches = this.body.isArray() ? this.body : List.of(this.body);
			return StreamSupport.stream(batches.spliterator(), false)
				.map((batch) -> mapper.treeToValue((TreeNode) batch, Batch.class))
				.toList();
		}

	}

}

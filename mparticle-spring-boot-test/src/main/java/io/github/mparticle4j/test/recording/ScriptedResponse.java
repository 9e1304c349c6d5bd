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

package io.github.mparticle4j.test.recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.mparticle4j.client.InProcessConnector;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * A response that an {@link EventsApiRecorder} gives to a request instead of accepting
 * it: an error status as mParticle sends it, or a transport failure. The client handles
 * it as it would handle the same answer over HTTP: retries what it retries, honours
 * {@code Retry-After}, and fails with the same exception.
 *
 * @author mparticle4j contributors
 */
public final class ScriptedResponse {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final int status;

	private final HttpHeaders headers;

	private final byte[] body;

	private final @Nullable String transportFailure;

	private ScriptedResponse(int status, HttpHeaders headers, byte[] body, @Nullable String transportFailure) {
		this.status = status;
		this.headers = headers;
		this.body = body;
		this.transportFailure = transportFailure;
	}

	/**
	 * {@code 202 Accepted}, as mParticle answers a valid request.
	 * @return the response
	 */
	public static ScriptedResponse accepted() {
		return status(202);
	}

	/**
	 * A response with the given status and no body.
	 * @param status the status code
	 * @return the response
	 */
	public static ScriptedResponse status(int status) {
		Assert.isTrue(status >= 100 && status <= 599, "'status' must be an HTTP status code");
		return new ScriptedResponse(status, new HttpHeaders(), new byte[0], null);
	}

	/**
	 * {@code 400 Bad Request} with an {@code errors} body as mParticle sends it.
	 * @param code the error code, such as {@code BAD_REQUEST}
	 * @param message the error message
	 * @return the response
	 */
	public static ScriptedResponse badRequest(String code, String message) {
		return error(400, code, message);
	}

	/**
	 * {@code 401 Unauthorized}: mParticle could not read the credentials.
	 * @return the response
	 */
	public static ScriptedResponse unauthorized() {
		return error(401, "UNAUTHORIZED", "The Authorization header is missing or malformed.");
	}

	/**
	 * {@code 403 Forbidden}: mParticle rejected the key or secret.
	 * @return the response
	 */
	public static ScriptedResponse forbidden() {
		return error(403, "FORBIDDEN", "The API key or secret is wrong.");
	}

	/**
	 * {@code 429 Too Many Requests} with a {@code Retry-After} header.
	 * @param retryAfter the wait that mParticle asks for, in whole seconds
	 * @return the response
	 */
	public static ScriptedResponse rateLimited(Duration retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
		headers.set("X-mp-rate-limit-exceeded", "events");
		return new ScriptedResponse(429, headers, new byte[0], null);
	}

	/**
	 * {@code 503 Service Unavailable}.
	 * @return the response
	 */
	public static ScriptedResponse serviceUnavailable() {
		return status(503);
	}

	/**
	 * No response at all: the connection is reset, which the client reports as a
	 * transport failure and retries.
	 * @return the response
	 */
	public static ScriptedResponse connectionReset() {
		return new ScriptedResponse(0, new HttpHeaders(), new byte[0], "Connection reset by peer");
	}

	private static ScriptedResponse error(int status, String code, String message) {
		ObjectNode body = mapper.createObjectNode();
		body.putArray("errors").addObject().put("code", code).put("message", message);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new ScriptedResponse(status, headers, mapper.writeValueAsBytes(body), null);
	}

	/**
	 * Returns the status code, or 0 for a transport failure.
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	Mono<InProcessConnector.Response> toResponse() {
		if (this.transportFailure != null) {
			return Mono.error(new IOException(this.transportFailure));
		}
		return Mono.just(new InProcessConnector.Response(this.status, HttpHeaders.copyOf(this.headers), this.body));
	}

	@Override
	public String toString() {
		return (this.transportFailure != null) ? "transport failure (" + this.transportFailure + ")"
				: this.status + ((this.body.length > 0) ? " " + new String(this.body, StandardCharsets.UTF_8) : "");
	}

}

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

package io.github.mparticle4j.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the requests of a client in log mode ({@code mparticle.mode=log}): logs what
 * would have been sent at {@code INFO}, with the name of the input, and accepts it with
 * {@code 202}, sending nothing. Without {@code mparticle.log.include-data}, the log shows
 * the names of identities and attributes but never their values.
 *
 * @author mparticle4j contributors
 */
final class LogModeResponder implements Function<InProcessConnector.Request, Mono<InProcessConnector.Response>> {

	private static final Log logger = LogFactory.getLog(EventsApi.class);

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final String input;

	private final boolean includeData;

	/**
	 * Creates a responder.
	 * @param input the name of the input, {@code default} for the default one
	 * @param includeData whether to log the JSON of each request too
	 */
	LogModeResponder(String input, boolean includeData) {
		this.input = input;
		this.includeData = includeData;
	}

	@Override
	public Mono<InProcessConnector.Response> apply(InProcessConnector.Request request) {
		if (logger.isInfoEnabled()) {
			logger.info(describe(request));
		}
		return Mono.just(InProcessConnector.Response.of(202));
	}

	String describe(InProcessConnector.Request request) {
		StringBuilder message = new StringBuilder("mParticle log mode, input '").append(this.input)
			.append("', not sent: ")
			.append(request.method().name())
			.append(' ')
			.append(request.path());
		try {
			JsonNode body = mapper.readTree(request.body());
			List<JsonNode> batches = new ArrayList<>();
			if (body.isArray()) {
				body.forEach(batches::add);
			}
			else {
				batches.add(body);
			}
			message.append(" (")
				.append(batches.size())
				.append((batches.size() != 1) ? " batches, " : " batch, ")
				.append(request.body().length)
				.append(" bytes)");
			for (int i = 0; i < batches.size(); i++) {
				message.append("\n  batch ").append(i + 1).append(": ");
				summarize(batches.get(i), message);
			}
		}
		catch (JacksonException ex) {
			message.append(" (").append(request.body().length).append(" bytes that are not JSON)");
		}
		if (this.includeData) {
			message.append("\n  JSON: ").append(new String(request.body(), StandardCharsets.UTF_8));
		}
		return message.toString();
	}

	private static void summarize(JsonNode batch, StringBuilder message) {
		message.append("source_request_id=")
			.append(batch.path("source_request_id").asString("none"))
			.append(", environment=")
			.append(batch.path("environment").asString("none"));
		names(batch, "user_identities", message);
		names(batch, "device_info", message);
		names(batch, "user_attributes", message);
		if (batch.has("mpid")) {
			message.append(", mpid");
		}
		if (batch.has("consent_state")) {
			message.append(", consent_state");
		}
		List<String> events = new ArrayList<>();
		for (JsonNode event : batch.path("events")) {
			String type = event.path("event_type").asString("?");
			JsonNode data = event.path("data");
			String name = data.path("event_name").asString(data.path("screen_name").asString(""));
			events.add(name.isEmpty() ? type : type + " '" + name + "'");
		}
		message.append(", events=").append(events);
	}

	private static void names(JsonNode batch, String field, StringBuilder message) {
		JsonNode node = batch.get(field);
		if (node != null && node.isObject()) {
			message.append(", ").append(field).append('=').append(node.propertyNames());
		}
	}

}

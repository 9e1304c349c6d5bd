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

package io.github.mparticle4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.github.mparticle4j.client.MParticleBadRequestException.ApiError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bodies of error responses leniently: they may be absent, empty, JSON in the
 * documented {@code {"errors": [{"code": ..., "message": ...}]}} form, or anything else.
 *
 * @author mparticle4j contributors
 */
public final class ResponseBodies {

	/**
	 * The most characters of a response body that are kept.
	 */
	public static final int MAX_KEPT_LENGTH = 1024;

	private static final int MAX_SHOWN_LENGTH = 200;

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private ResponseBodies() {
	}

	public static @Nullable String truncate(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		return (body.length() > MAX_KEPT_LENGTH) ? body.substring(0, MAX_KEPT_LENGTH) : body;
	}

	public static List<ApiError> errors(@Nullable String body) {
		if (body == null) {
			return List.of();
		}
		try {
			JsonNode errors = mapper.readTree(body).path("errors");
			List<ApiError> result = new ArrayList<>();
			for (JsonNode error : errors) {
				if (error.isObject()) {
					result.add(new ApiError(text(error.get("code")), text(error.get("message"))));
				}
			}
			return result;
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && !node.isNull()) ? node.asString() : null;
	}

	public static String summary(List<ApiError> errors, @Nullable String body) {
		if (!errors.isEmpty()) {
			return ": " + errors.stream().map(ApiError::toString).collect(Collectors.joining("; "));
		}
		if (body == null) {
			return " with an empty body";
		}
		String shown = (body.length() > MAX_SHOWN_LENGTH) ? body.substring(0, MAX_SHOWN_LENGTH) + "…" : body;
		return ", response body: " + shown.replaceAll("\\s+", " ");
	}

}

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

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.mparticle4j.model.Batch;
import tools.jackson.core.TreeNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonContent;

/**
 * A request that the client sent to an {@link EventsApiRecorder}: exactly the bytes it
 * would have sent to mParticle, and the answer it got.
 *
 * @author mparticle4j contributors
 */
public final class RecordedRequest {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final String path;

	private final HttpHeaders headers;

	private final byte[] body;

	private final int responseStatus;

	RecordedRequest(String path, HttpHeaders headers, byte[] body, int responseStatus) {
		this.path = path;
		this.headers = headers;
		this.body = body;
		this.responseStatus = responseStatus;
	}

	/**
	 * Returns the path, {@code /v2/events} or {@code /v2/bulkevents} with the default
	 * base URL.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Returns whether this is a bulk request ({@code /bulkevents}).
	 * @return whether it is a bulk request
	 */
	public boolean isBulk() {
		return this.path.endsWith("/bulkevents");
	}

	/**
	 * Returns the request headers, such as {@code Authorization} and {@code User-Agent}.
	 * @return the headers, read-only
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * Returns the body as it would have been sent.
	 * @return the JSON text
	 */
	public String json() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * Returns the body for AssertJ's JSON assertions:
	 * {@code assertThat(request.jsonContent()).isStrictlyEqualTo(expected)}.
	 * @return the JSON content
	 */
	public JsonContent jsonContent() {
		return new JsonContent(json());
	}

	/**
	 * Returns the batches of the request, read back from its JSON.
	 * @return the batches, one for a single upload
	 */
	public List<Batch> batches() {
		JsonNode tree = mapper.readTree(this.body);
		// TreeNode: the overload that Jackson 3.0 (Boot 4.0.0 to 4.0.3) has too
		if (tree.isArray()) {
			return List.of(mapper.treeToValue((TreeNode) tree, Batch[].class));
		}
		return List.of(mapper.treeToValue((TreeNode) tree, Batch.class));
	}

	/**
	 * Returns the status the request was answered with, or 0 if it got a transport
	 * failure.
	 * @return the status code
	 */
	public int responseStatus() {
		return this.responseStatus;
	}

	/**
	 * Returns whether the request was accepted ({@code 2xx}).
	 * @return whether it was accepted
	 */
	public boolean isAccepted() {
		return this.responseStatus >= 200 && this.responseStatus < 300;
	}

	@Override
	public String toString() {
		return "POST " + this.path + " -> " + ((this.responseStatus != 0) ? this.responseStatus : "transport failure")
				+ ": " + json();
	}

}

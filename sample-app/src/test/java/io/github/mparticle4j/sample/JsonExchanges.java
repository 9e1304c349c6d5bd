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

package io.github.mparticle4j.sample;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests to a running application in the sample's tests: JSON sent, the status checked,
 * and the JSON of the answer read.
 *
 * @author mparticle4j contributors
 */
final class JsonExchanges {

	private static final JsonMapper jsonMapper = JsonMapper.builder().build();

	private JsonExchanges() {
	}

	static JsonNode post(WebTestClient client, String path, String body, int status) {
		return read(client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	static JsonNode get(WebTestClient client, String path) {
		return read(
				client.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
	}

	private static JsonNode read(byte[] body) {
		return jsonMapper.readTree(body);
	}

}

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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A WireMock server on 127.0.0.1 standing in for the mParticle Events API in the sample's
 * tests.
 *
 * @author mparticle4j contributors
 */
final class EventsApiStub {

	static final String KEY = "sample-test-key";

	static final String SECRET = "sample-test-secret-0a9f8e";

	private final WireMockServer server = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	EventsApiStub() {
		this.server.start();
		answer(aResponse().withStatus(202));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v2";
	}

	void answer(ResponseDefinitionBuilder response) {
		this.server.resetAll();
		this.server.stubFor(post(urlPathMatching("/v2/(bulk)?events")).willReturn(response));
	}

	List<LoggedRequest> requests() {
		return this.server.findAll(anyRequestedFor(anyUrl()));
	}

	LoggedRequest lastRequest() {
		List<LoggedRequest> requests = requests();
		return requests.get(requests.size() - 1);
	}

	void stop() {
		this.server.stop();
	}

	static String basicAuth() {
		return basicAuth(KEY, SECRET);
	}

	static String basicAuth(String key, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}

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

package io.github.mparticle4j.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the documented example payloads, built with the Java API, serialize to the
 * documented JSON.
 *
 * @author mparticle4j contributors
 */
class GoldenPayloadTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	static Stream<Arguments> examples() {
		return Stream.of(example("7.1-custom-event", DocumentedExamples::customEvent),
				example("7.2-commerce-purchase", DocumentedExamples::commercePurchase),
				example("7.2-commerce-promotion", DocumentedExamples::commercePromotion),
				example("7.2-commerce-impression", DocumentedExamples::commerceImpression),
				example("7.3-session", DocumentedExamples::session),
				example("7.4-consent", DocumentedExamples::consent), example("7.5-bulk", DocumentedExamples::bulk),
				example("7.7-minimal", DocumentedExamples::minimal));
	}

	private static Arguments example(String name, Supplier<?> payload) {
		return Arguments.of(name, payload);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void serializesToTheDocumentedJson(String name, Supplier<?> payload) throws Exception {
		String json = this.jsonMapper.writeValueAsString(payload.get());
		JSONAssert.assertEquals(golden(name), json, JSONCompareMode.STRICT);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void documentedJsonReadsAsTheJavaObjects(String name, Supplier<?> payload) throws Exception {
		Object expected = payload.get();
		Object read = (expected instanceof Batch) ? this.jsonMapper.readValue(golden(name), Batch.class)
				: this.jsonMapper.readValue(golden(name), Batch[].class);
		assertThat((expected instanceof Batch) ? read : List.of((Batch[]) read)).isEqualTo(expected);
	}

	static String golden(String name) throws IOException {
		try (InputStream in = GoldenPayloadTests.class.getResourceAsStream("/golden/" + name + ".json")) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

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

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every model class, filled with random content through its public API, reads
 * back equal after being written, with plain default Jackson 3 and Jackson 2 mappers and
 * across the two.
 *
 * @author mparticle4j contributors
 */
class RoundTripTests {

	private static final int SAMPLES = 200;

	private final JsonMapper jackson3 = JsonMapper.builder().build();

	private final ObjectMapper jackson2 = new ObjectMapper();

	static Stream<Class<?>> modelClasses() {
		return RandomModel.modelClasses(Batch.class).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void jackson3ReadsWhatItWrote(Class<?> type) throws Exception {
		RandomModel random = new RandomModel(type.getName().hashCode());
		for (int i = 0; i < SAMPLES; i++) {
			Object original = random.next(type);
			String json = this.jackson3.writeValueAsString(original);
			Object read = this.jackson3.readValue(json, type);
			assertThat(read).as(json).isEqualTo(original).hasSameHashCodeAs(original);
			JSONAssert.assertEquals(json, this.jackson3.writeValueAsString(read), JSONCompareMode.STRICT);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void jackson2ReadsWhatItWrote(Class<?> type) throws Exception {
		RandomModel random = new RandomModel(~type.getName().hashCode());
		for (int i = 0; i < SAMPLES; i++) {
			Object original = random.next(type);
			String json = this.jackson2.writeValueAsString(original);
			Object read = this.jackson2.readValue(json, type);
			assertThat(read).as(json).isEqualTo(original).hasSameHashCodeAs(original);
			JSONAssert.assertEquals(json, this.jackson2.writeValueAsString(read), JSONCompareMode.STRICT);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void jackson2AndJackson3WriteTheSameJson(Class<?> type) throws Exception {
		RandomModel random = new RandomModel(31L * type.getName().hashCode());
		for (int i = 0; i < SAMPLES; i++) {
			Object original = random.next(type);
			String json3 = this.jackson3.writeValueAsString(original);
			String json2 = this.jackson2.writeValueAsString(original);
			JSONAssert.assertEquals(json3, json2, JSONCompareMode.STRICT);
			assertThat(this.jackson2.readValue(json3, type)).isEqualTo(original);
			assertThat(this.jackson3.readValue(json2, type)).isEqualTo(original);
		}
	}

	@Test
	void randomContentExercisesEverySetterOfEveryModelClass() {
		RandomModel random = new RandomModel(42);
		modelClasses().forEach((type) -> {
			for (int i = 0; i < SAMPLES; i++) {
				random.next(type);
			}
		});
		Set<String> missed = new TreeSet<>(RandomModel.allSetters(Batch.class));
		missed.removeAll(random.calledSetters());
		assertThat(missed).isEmpty();
		assertThat(random.calledSetters()).hasSizeGreaterThan(250);
	}

	@Test
	void everyEventTypeIsCovered() {
		assertThat(RandomModel.modelClasses(Batch.class)).containsAll(Set.of(Event.class.getPermittedSubclasses()))
			.hasSize(Event.class.getPermittedSubclasses().length + 18);
	}

}

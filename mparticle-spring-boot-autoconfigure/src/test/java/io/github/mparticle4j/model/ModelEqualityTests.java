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

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that {@code equals}, {@code hashCode} and {@code toString} of every model class
 * cover exactly the properties that are serialized, and are safe for every value a field
 * can hold.
 *
 * @author mparticle4j contributors
 */
class ModelEqualityTests {

	private static final int SAMPLES = 60;

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	static Stream<Class<?>> modelClasses() {
		return RandomModel.modelClasses(Batch.class).stream();
	}

	/**
	 * For every serialized property of every model class: an object read from the JSON of
	 * a random object without that property, or with another value for it, is not equal
	 * to the random object. Equality that ignored any serialized field would fail here.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void objectsThatDifferInOnlyOneSerializedPropertyAreNotEqual(Class<?> type) {
		RandomModel random = new RandomModel(17L * type.getName().hashCode());
		List<ObjectNode> trees = new ArrayList<>();
		List<Object> originals = new ArrayList<>();
		for (int i = 0; i < SAMPLES; i++) {
			Object original = random.next(type);
			originals.add(original);
			trees.add((ObjectNode) this.jsonMapper.valueToTree(original));
		}
		Set<String> removed = new TreeSet<>();
		Set<String> replaced = new TreeSet<>();
		for (int i = 0; i < SAMPLES; i++) {
			Object original = originals.get(i);
			ObjectNode tree = trees.get(i);
			for (String name : tree.propertyNames()) {
				JsonNode value = tree.get(name);
				if (value.isNull() || (value.isContainer() && value.isEmpty())) {
					continue;
				}
				ObjectNode without = tree.deepCopy();
				without.remove(name);
				assertThat(this.jsonMapper.treeToValue(without, type)).as("%s without %s", tree, name)
					.isNotEqualTo(original);
				removed.add(name);
				JsonNode otherValue = otherValue(trees, name, value);
				if (otherValue != null) {
					ObjectNode changed = tree.deepCopy();
					changed.set(name, otherValue);
					assertThat(this.jsonMapper.treeToValue(changed, type)).as("%s with %s=%s", tree, name, otherValue)
						.isNotEqualTo(original);
					replaced.add(name);
				}
			}
		}
		assertThat(removed).containsAll(wireNames(type));
		assertThat(replaced).isNotEmpty();
	}

	private static @Nullable JsonNode otherValue(List<ObjectNode> trees, String name, JsonNode value) {
		for (ObjectNode tree : trees) {
			JsonNode other = tree.get(name);
			if (other != null && !other.isNull() && !other.equals(value)) {
				return other;
			}
		}
		return null;
	}

	@Test
	void everyFieldOfEveryModelClassIsAPropertyWithAWireName() {
		modelClasses().filter((type) -> type != UserIdentities.class).forEach((type) -> {
			for (Field field : ModelObject.properties(type)) {
				assertThat(field.getAnnotation(JsonProperty.class)).as(field.toString()).isNotNull();
			}
			assertThat(ModelObject.properties(type)).extracting(Field::getName)
				.as(type.getName())
				.doesNotHaveDuplicates()
				.isNotEmpty();
		});
	}

	@Test
	void nonFiniteCoordinatesAreRejectedWithTheFieldName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoLocation(0, Double.POSITIVE_INFINITY))
			.withMessage("The value of 'longitude' must be a finite number, not Infinity");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoLocation(Double.NaN, 0))
			.withMessage("The value of 'latitude' must be a finite number, not NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoLocation(0, 0).accuracy(Double.NEGATIVE_INFINITY))
			.withMessage("The value of 'accuracy' must be a finite number, not -Infinity");
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoLocation(0, 0).latitude(Double.NaN))
			.withMessage("The value of 'latitude' must be a finite number, not NaN");
		assertThat(new GeoLocation(0, 0).accuracy(null).latitude(-0.0).getLatitude()).isEqualTo(-0.0);
	}

	@Test
	void nonFiniteDeviceStateValuesAreRejectedWithTheFieldName() {
		DeviceCurrentState state = new DeviceCurrentState();
		assertThatIllegalArgumentException().isThrownBy(() -> state.batteryLevel(Double.NaN))
			.withMessage("The value of 'battery_level' must be a finite number, not NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> state.systemMemoryAvailableBytes(Double.NaN))
			.withMessageContaining("'system_memory_available_bytes'");
		assertThatIllegalArgumentException().isThrownBy(() -> state.systemMemoryThresholdBytes(Double.NaN))
			.withMessageContaining("'system_memory_threshold_bytes'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> state.applicationMemoryAvailableBytes(Double.POSITIVE_INFINITY))
			.withMessageContaining("'application_memory_available_bytes'");
		assertThatIllegalArgumentException().isThrownBy(() -> state.applicationMemoryMaxBytes(Double.NaN))
			.withMessageContaining("'application_memory_max_bytes'");
		assertThatIllegalArgumentException().isThrownBy(() -> state.applicationMemoryTotalBytes(Double.NaN))
			.withMessageContaining("'application_memory_total_bytes'");
		assertThat(state.batteryLevel(0.5).batteryLevel(null).getBatteryLevel()).isNull();
	}

	@Test
	void nonFiniteValuesAreNotReadFromJson() {
		for (String json : List.of("{\"latitude\": \"NaN\"}", "{\"longitude\": \"Infinity\"}",
				"{\"accuracy\": \"-Infinity\"}")) {
			assertThatExceptionOfType(JacksonException.class)
				.isThrownBy(() -> this.jsonMapper.readValue(json, GeoLocation.class))
				.withMessageContaining("must be a finite number");
		}
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.jsonMapper.readValue("{\"battery_level\": \"NaN\"}", DeviceCurrentState.class))
			.withMessageContaining("'battery_level'");
	}

	@Test
	void numbersCompareByValue() {
		assertThat(new DeviceCurrentState().batteryLevel(5.0))
			.isEqualTo(this.jsonMapper.readValue("{\"battery_level\": 5}", DeviceCurrentState.class))
			.hasSameHashCodeAs(this.jsonMapper.readValue("{\"battery_level\": 5.000}", DeviceCurrentState.class));
		assertThat(new Batch().userAttribute("n", 5)).isEqualTo(new Batch().userAttribute("n", 5.0))
			.isEqualTo(new Batch().userAttribute("n", new BigDecimal("5.00")))
			.isNotEqualTo(new Batch().userAttribute("n", 5.5));
	}

	private static Set<String> wireNames(Class<?> type) {
		if (type == UserIdentities.class) {
			return Arrays.stream(IdentityType.values()).map(IdentityType::value).collect(Collectors.toSet());
		}
		return ModelObject.properties(type)
			.stream()
			.map((field) -> field.getAnnotation(JsonProperty.class).value())
			.collect(Collectors.toSet());
	}

}

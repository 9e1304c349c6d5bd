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

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DeviceInformation;
import io.github.mparticle4j.model.Event;
import io.github.mparticle4j.model.RandomModel;
import io.github.mparticle4j.model.UserIdentities;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.std.ToStringSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ModelWriter}: byte for byte what the mapper writes, for every model
 * class and every kind of value.
 *
 * @author mparticle4j contributors
 */
class ModelWriterTests {

	private static final int SAMPLES = 3000;

	private final JsonMapper mapper = RequestWriter.newMapper();

	private final ObjectWriter databind = this.mapper.writer();

	private final ModelWriter writer = new ModelWriter(this.mapper);

	// the other way of reading fields, so that both are tested on any Java version
	private final ModelWriter otherWriter = new ModelWriter(this.mapper, Runtime.version().feature() < 18);

	@Test
	void writesRandomBatchesByteForByteAsTheMapper() {
		RandomModel random = new RandomModel(2026);
		for (int i = 0; i < SAMPLES; i++) {
			assertWrittenAsByTheMapper(random.next(Batch.class));
		}
		Set<String> missed = new TreeSet<>(RandomModel.allSetters(Batch.class));
		missed.removeAll(random.calledSetters());
		assertThat(missed).as("setters never called").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("modelClasses")
	void writesEachModelClassByteForByteAsTheMapper(Class<?> type) {
		RandomModel random = new RandomModel(31L * type.getName().hashCode());
		for (int i = 0; i < 200; i++) {
			assertWrittenAsByTheMapper(random.next(type));
		}
	}

	@ParameterizedTest
	@MethodSource("modelClasses")
	void writesEachModelClassItselfRatherThanThroughTheMapper(Class<?> type) {
		assertThat(this.writer.writesDirectly(type)).isTrue();
		assertThat(this.otherWriter.writesDirectly(type)).isTrue();
	}

	@Test
	void writesEachModelEnumItselfRatherThanThroughTheMapper() {
		List<Class<?>> enums = RandomModel.modelClasses(Batch.class)
			.stream()
			.flatMap((type) -> Arrays.stream(type.getDeclaredClasses()))
			.filter(Class::isEnum)
			.toList();
		assertThat(enums).hasSizeGreaterThan(10)
			.allSatisfy((type) -> assertThat(this.writer.writesDirectly(type)).isTrue());
	}

	@Test
	void writesValuesThatOnlyReadingProducesAsTheMapper() {
		// integer codes kept as read, empty lists as values, and numbers read under
		// settings that make them BigIntegers or BigDecimals
		String json = """
				{"mpid":1,"user_attributes":{"tags":[],"big":123456789012345678901234567890,"exact":1e400},\
				"events":[{"event_type":"push_message","data":{"push_message_behavior":2,\
				"device_current_state":{"device_orientation":6,"status_bar_orientation":"undefined"}}},\
				{"event_type":"user_attribute_change","data":{"user_attribute_name":"tags","new":[],"old":null}}]}""";
		JsonMapper reader = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
		assertWrittenAsByTheMapper(reader.readValue(json, Batch.class));
		assertWrittenAsByTheMapper(this.mapper.readValue(json.replace("1e400", "1.5"), Batch.class));
	}

	@Test
	void writesEveryKindOfAttributeValueAsTheMapper() {
		Map<String, @Nullable Object> attributes = new LinkedHashMap<>();
		attributes.put("string", "a \"quoted\" \\ line\nwith \u0001 control, \u00e9, \u4e2d and \ud83d\ude00");
		attributes.put("empty", "");
		attributes.put("null", null);
		attributes.put("int", Integer.MIN_VALUE);
		attributes.put("long", Long.MAX_VALUE);
		attributes.put("short", (short) 7);
		attributes.put("byte", (byte) -3);
		attributes.put("double", -1.5e-7);
		attributes.put("float", 2.5f);
		attributes.put("decimal", new BigDecimal("1E+3"));
		attributes.put("big integer", new BigInteger("123456789012345678901234567890"));
		attributes.put("atomic", new AtomicLong(5));
		attributes.put("true", true);
		attributes.put("list", Arrays.asList("a", null, "c"));
		attributes.put("linked list", new LinkedList<>(List.of("x", "y")));
		attributes.put("empty list", List.of());
		attributes.put("set", new TreeSet<>(Set.of("q", "p")));
		attributes.put("map", Map.of("k", 1));
		attributes.put("enum", DeviceInformation.Platform.ANDROID);
		attributes.put("model object", new UserIdentities().email("a@example.com"));
		assertWrittenAsByTheMapper(attributes);
		attributes.keySet().retainAll(Set.of("string", "empty", "null", "int", "long", "double", "decimal", "true"));
		assertWrittenAsByTheMapper(new Batch().userAttributes(attributes).userAttribute("list", List.of("a", "b")));
	}

	@Test
	void writesMapsWithNullValuesOrOtherKeysAsTheMapper() {
		Map<Object, @Nullable Object> numbered = new TreeMap<>();
		numbered.put(2, "two");
		numbered.put(1, null);
		Map<String, @Nullable Object> nulls = new HashMap<>();
		nulls.put("gone", null);
		assertWrittenAsByTheMapper(numbered);
		assertWrittenAsByTheMapper(nulls);
		assertWrittenAsByTheMapper(new Batch().userAttributes(nulls));
		assertWrittenAsByTheMapper(List.of(numbered, nulls));
	}

	@Test
	void leavesOutEmptyMapsAndListsWhereTheModelSaysSo() {
		Batch batch = new Batch().userAttributes(new HashMap<>())
			.deletedUserAttributes(new ArrayList<>())
			.userIdentities(new UserIdentities())
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e").customAttributes(new HashMap<>()));
		assertWrittenAsByTheMapper(batch);
		assertThat(write(batch)).isEqualTo("{\"user_identities\":{},\"events\":[{\"data\":{\"event_name\":\"e\","
				+ "\"custom_event_type\":\"other\"},\"event_type\":\"custom_event\"}]}");
	}

	@Test
	void writesAnEmptyBatch() {
		assertWrittenAsByTheMapper(new Batch());
		assertThat(write(new Batch())).isEqualTo("{\"events\":[]}");
	}

	@Test
	void handsWhatItDoesNotReproduceToTheMapper() {
		assertThat(this.writer.writesDirectly(WrittenAsArray.class)).isFalse();
		assertThat(this.writer.writesDirectly(WithCustomSerializer.class)).isFalse();
		assertThat(this.writer.writesDirectly(AtomicLong.class)).isFalse();
		assertWrittenAsByTheMapper(new WrittenAsArray());
		assertWrittenAsByTheMapper(new WithCustomSerializer());
		assertWrittenAsByTheMapper(List.of(new WrittenAsArray(), Map.of("custom", new WithCustomSerializer())));
	}

	@Test
	void writesPropertiesOfEveryDeclaredTypeAsTheMapper() {
		EveryDeclaredType value = new EveryDeclaredType();
		assertThat(this.writer.writesDirectly(EveryDeclaredType.class)).isTrue();
		assertWrittenAsByTheMapper(value);
		value.nested = null;
		value.sign = Sign.PLUS;
		value.anything = Sign.MINUS;
		value.names = new LinkedList<>(List.of("b"));
		value.attributes = new TreeMap<>(Map.of(2, "two"));
		assertWrittenAsByTheMapper(value);
		assertWrittenAsByTheMapper(List.of(value, value));
	}

	static Stream<Class<?>> modelClasses() {
		return Stream.concat(RandomModel.modelClasses(Batch.class).stream(), Stream.of(Event.class))
			.filter((type) -> type != Event.class);
	}

	private void assertWrittenAsByTheMapper(Object value) {
		String expected = new String(this.databind.writeValueAsBytes(value), StandardCharsets.UTF_8);
		assertThat(write(this.writer, value)).isEqualTo(expected);
		assertThat(write(this.otherWriter, value)).isEqualTo(expected);
	}

	private String write(Object value) {
		return write(this.writer, value);
	}

	private String write(ModelWriter writer, Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator generator = this.databind.createGenerator(out)) {
			writer.write(generator, value);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	static class WrittenAsArray {

		public String name = "a";

		public int count = 1;

	}

	static class EveryDeclaredType {

		public int count = 3;

		public boolean flag = true;

		public @Nullable Long total = 9L;

		public UUID id = UUID.fromString("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91");

		public @Nullable Nested nested = new Nested();

		public Nested parent = new Nested.Extended();

		public Sign sign = Sign.MINUS;

		public Object anything = List.of("x", 1);

		public List<String> names = new ArrayList<>(List.of("a"));

		@SuppressWarnings("rawtypes")
		public Map attributes = Map.of("k", "v");

		public String text = "t";

	}

	static class Nested {

		public String name = "n";

		static final class Extended extends Nested {

			public String more = "m";

		}

	}

	// constants with bodies: their classes are subclasses of the declared enum
	enum Sign {

		PLUS {
		},

		MINUS {
		}

	}

	static class WithCustomSerializer {

		@JsonSerialize(using = ToStringSerializer.class)
		public long id = 5;

		public String name = "b";

	}

}

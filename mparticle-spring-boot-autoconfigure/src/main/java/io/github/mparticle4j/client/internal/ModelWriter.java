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

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.ser.jackson.JsonValueSerializer;

/**
 * Writes model objects as JSON exactly as a Jackson mapper would, with less work per
 * value. Which properties a class has, their order, names, inclusion rules and type ids
 * come from the mapper's own serializers, asked once per class, so the output follows the
 * model's annotations; what this class saves is databind's generic work per value (a
 * method handle call per property, a serializer per value). Values of the types the model
 * uses (strings, numbers, booleans, enums, lists, maps, model objects) are written
 * straight to the generator; a class whose serializer does anything that this class does
 * not reproduce, and any other value, are written by the mapper.
 * <p>
 * The serializers are found with a {@link SerializationContext} that the mapper hands to
 * a format visitor, the one public way Jackson 3 gives a context out. What this class
 * reads of them (properties, inclusion rules, type ids) is public API but not a promise
 * that databind writes exactly so: the tests compare this class's output with the
 * mapper's, byte for byte, for every model class.
 *
 * @author mparticle4j contributors
 */
final class ModelWriter {

	private final JsonMapper mapper;

	private final ObjectWriter fallback;

	private final boolean readWholeBeans;

	private final Shape mapShape = (writer, generator, value) -> writer.writeMap(generator, (Map<?, ?>) value);

	private final Shape listShape = (writer, generator, value) -> writer.writeList(generator, (List<?>) value);

	private final Shape fallbackShape = new Fallback();

	private final Shape anyShape = (writer, generator, value) -> writer.write(generator, value);

	private final ClassValue<Shape> shapes = new ClassValue<>() {

		@Override
		protected Shape computeValue(Class<?> type) {
			return shapeOf(type);
		}

	};

	ModelWriter(JsonMapper mapper) {
		// Java 18 and later read fields by reflection through a method handle per field
		// (JEP 416), which costs more than the rest of a property's work; one handle per
		// class that reads all its fields at once costs an array per object instead
		this(mapper, Runtime.version().feature() >= 18);
	}

	/**
	 * Creates a writer.
	 * @param mapper the mapper whose output to reproduce
	 * @param readWholeBeans whether to read all the fields of an object with one method
	 * handle, rather than each field by reflection
	 */
	ModelWriter(JsonMapper mapper, boolean readWholeBeans) {
		this.mapper = mapper;
		this.fallback = mapper.writer();
		this.readWholeBeans = readWholeBeans;
	}

	/**
	 * Writes a value at the generator's current position.
	 * @param generator the generator
	 * @param value the value
	 */
	void write(JsonGenerator generator, @Nullable Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String string) {
			generator.writeString(string);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number.longValue());
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number.intValue());
		}
		else if (value instanceof Boolean flag) {
			generator.writeBoolean(flag);
		}
		else if (value instanceof BigDecimal decimal) {
			generator.writeNumber(decimal);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number.doubleValue());
		}
		else {
			Class<?> type = (value instanceof Enum<?> constant) ? constant.getDeclaringClass() : value.getClass();
			this.shapes.get(type).write(this, generator, value);
		}
	}

	/**
	 * Writes a bean as {@link #write} does, and calls {@code mark} just before its last
	 * property is written (before the comma that separates it from the one before), if
	 * that property has the given name. The bean's own properties (not those of the
	 * values in them) are written with the values that {@code values} gives for them.
	 * @param generator the generator
	 * @param bean the bean
	 * @param last the name of the bean's last property
	 * @param mark what to call
	 * @param values the value to write for each of the bean's properties, from its name
	 * and the bean's value
	 * @return whether the bean was written: not, and nothing written, if it is not
	 * written property by property here
	 */
	boolean writeMarkingLast(JsonGenerator generator, Object bean, String last, Runnable mark, PropertyValues values) {
		if (!(this.shapes.get(bean.getClass()) instanceof BeanShape shape)) {
			return false;
		}
		shape.writeMarkingLast(this, generator, bean, last, mark, values);
		return true;
	}

	/**
	 * Tells whether values of the given class are written by this class rather than
	 * handed to the mapper.
	 * @param type the class
	 * @return whether its values are written here
	 */
	boolean writesDirectly(Class<?> type) {
		return !(this.shapes.get(type) instanceof Fallback);
	}

	private void writeList(JsonGenerator generator, List<?> list) {
		int size = list.size();
		generator.writeStartArray(list, size);
		for (int i = 0; i < size; i++) {
			write(generator, list.get(i));
		}
		generator.writeEndArray();
	}

	private void writeMap(JsonGenerator generator, Map<?, ?> map) {
		for (Object key : map.keySet()) {
			if (!(key instanceof String)) {
				// null keys (an error) and other keys (key serializers) are the mapper's
				this.fallback.writeValue(generator, map);
				return;
			}
		}
		generator.writeStartObject(map, map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeName((String) entry.getKey());
			write(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private Shape shapeOf(Class<?> type) {
		if (Map.class.isAssignableFrom(type)) {
			return this.mapShape;
		}
		if (List.class.isAssignableFrom(type) && RandomAccess.class.isAssignableFrom(type)) {
			return this.listShape;
		}
		if (type.isEnum()) {
			return EnumShape.of(this.mapper, type, this.fallbackShape);
		}
		SerializationContext context = serializationContext();
		ValueSerializer<Object> serializer = context.findValueSerializer(type);
		if (serializer instanceof BeanSerializerBase bean && !bean.isUnwrappingSerializer() && !writtenAsArray(type)) {
			return BeanShape.of(context, bean, this.readWholeBeans, this.fallbackShape);
		}
		Method valueMethod = (serializer instanceof JsonValueSerializer) ? jsonValueMethod(type) : null;
		if (valueMethod != null && valueMethod.trySetAccessible()) {
			return new ValueShape(valueMethod);
		}
		return this.fallbackShape;
	}

	/**
	 * Returns a context of the mapper to find serializers with. Jackson 3 gives one out
	 * through public API only to a format visitor: {@code _serializationContext()} is
	 * public for testing only. The visitor is given the very context that
	 * {@code _serializationContext()} returns, made from the mapper's configuration with
	 * no generator; visiting {@code Object} costs a lookup of a cached serializer.
	 * @return a new context
	 */
	private SerializationContext serializationContext() {
		JsonFormatVisitorWrapper.Base visitor = new JsonFormatVisitorWrapper.Base();
		this.mapper.acceptJsonFormatVisitor(Object.class, visitor);
		return Objects.requireNonNull(visitor.getContext(), "The mapper gave its format visitor no context");
	}

	private static boolean writtenAsArray(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			JsonFormat format = current.getAnnotation(JsonFormat.class);
			if (format != null && format.shape() == JsonFormat.Shape.ARRAY) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Method jsonValueMethod(Class<?> type) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				JsonValue annotation = method.getAnnotation(JsonValue.class);
				if (annotation != null && annotation.value() && method.getParameterCount() == 0) {
					return method;
				}
			}
		}
		return null;
	}

	/**
	 * The values to write for the properties of a bean, in place of its own.
	 */
	@FunctionalInterface
	interface PropertyValues {

		/**
		 * Returns the value to write for a property.
		 * @param name the property's name in the JSON
		 * @param value the bean's value
		 * @return the value to write
		 */
		@Nullable Object value(String name, @Nullable Object value);

	}

	/**
	 * How the values of one class are written.
	 */
	@FunctionalInterface
	private interface Shape {

		void write(ModelWriter writer, JsonGenerator generator, Object value);

	}

	/**
	 * Values that the mapper writes.
	 */
	private static final class Fallback implements Shape {

		@Override
		public void write(ModelWriter writer, JsonGenerator generator, Object value) {
			writer.fallback.writeValue(generator, value);
		}

	}

	/**
	 * The constants of an enum, each as the string the mapper writes for it.
	 */
	private static final class EnumShape implements Shape {

		private final SerializableString[] values;

		private EnumShape(SerializableString[] values) {
			this.values = values;
		}

		static Shape of(JsonMapper mapper, Class<?> type, Shape fallback) {
			Object[] constants = type.getEnumConstants();
			SerializableString[] values = new SerializableString[constants.length];
			for (int i = 0; i < constants.length; i++) {
				JsonNode json = mapper.readTree(mapper.writeValueAsBytes(constants[i]));
				if (!json.isString()) {
					return fallback;
				}
				values[i] = new SerializedString(json.stringValue());
			}
			return new EnumShape(values);
		}

		@Override
		public void write(ModelWriter writer, JsonGenerator generator, Object value) {
			generator.writeString(this.values[((Enum<?>) value).ordinal()]);
		}

	}

	/**
	 * A class whose {@link JsonValue} method gives the value to write.
	 */
	private static final class ValueShape implements Shape {

		private final Method method;

		ValueShape(Method method) {
			this.method = method;
		}

		@Override
		public void write(ModelWriter writer, JsonGenerator generator, Object value) {
			try {
				writer.write(generator, this.method.invoke(value));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InvocationTargetException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getCause());
			}
		}

	}

	/**
	 * A model class: its properties in the order the mapper writes them.
	 */
	private static final class BeanShape implements Shape {

		private static final MethodType READER_TYPE = MethodType.methodType(Object[].class, Object.class);

		private final Property[] properties;

		/**
		 * Reads the fields of all the properties of an object in one call, or
		 * {@code null} to read each by reflection.
		 */
		private final @Nullable MethodHandle reader;

		private BeanShape(Property[] properties, @Nullable MethodHandle reader) {
			this.properties = properties;
			this.reader = reader;
		}

		static Shape of(SerializationContext context, BeanSerializerBase serializer, boolean readWhole,
				Shape fallback) {
			// views are not checked: the writer is never used with an active view
			if (serializer.usesObjectId()) {
				return fallback;
			}
			List<Property> properties = new ArrayList<>();
			for (Iterator<PropertyWriter> iterator = serializer.properties(); iterator.hasNext();) {
				PropertyWriter writer = iterator.next();
				Property property = (writer instanceof BeanPropertyWriter beanProperty)
						? Property.of(context, beanProperty) : null;
				if (property == null) {
					return fallback;
				}
				properties.add(property);
			}
			MethodHandle reader = null;
			if (readWhole) {
				reader = reader(properties);
				if (reader == null) {
					return fallback;
				}
			}
			return new BeanShape(properties.toArray(new Property[0]), reader);
		}

		// (Object bean) -> new Object[] { field0 of bean, field1 of bean, ... }
		private static @Nullable MethodHandle reader(List<Property> properties) {
			int count = properties.size();
			if (count == 0) {
				return MethodHandles.dropArguments(MethodHandles.constant(Object[].class, new Object[0]), 0,
						Object.class);
			}
			MethodHandle[] getters = new MethodHandle[count];
			try {
				for (int i = 0; i < count; i++) {
					getters[i] = MethodHandles.lookup()
						.unreflectGetter(properties.get(i).field)
						.asType(MethodType.methodType(Object.class, Object.class));
				}
			}
			catch (IllegalAccessException ex) {
				return null;
			}
			MethodHandle collect = MethodHandles.identity(Object[].class).asCollector(Object[].class, count);
			return MethodHandles.permuteArguments(MethodHandles.filterArguments(collect, 0, getters), READER_TYPE,
					new int[count]);
		}

		@Override
		public void write(ModelWriter writer, JsonGenerator generator, Object bean) {
			generator.writeStartObject(bean);
			if (this.reader != null) {
				Object[] values = readAll(this.reader, bean);
				for (int i = 0; i < values.length; i++) {
					this.properties[i].write(writer, generator, values[i]);
				}
			}
			else {
				for (Property property : this.properties) {
					property.write(writer, generator, property.read(bean));
				}
			}
			generator.writeEndObject();
		}

		void writeMarkingLast(ModelWriter writer, JsonGenerator generator, Object bean, String last, Runnable mark,
				PropertyValues override) {
			int lastIndex = this.properties.length - 1;
			boolean marking = lastIndex >= 0 && this.properties[lastIndex].name.getValue().equals(last);
			generator.writeStartObject(bean);
			Object[] values = (this.reader != null) ? readAll(this.reader, bean) : null;
			for (int i = 0; i < this.properties.length; i++) {
				Property property = this.properties[i];
				if (marking && i == lastIndex) {
					mark.run();
				}
				Object value = (values != null) ? values[i] : property.read(bean);
				property.write(writer, generator, override.value(property.name.getValue(), value));
			}
			generator.writeEndObject();
		}

		private static Object[] readAll(MethodHandle reader, Object bean) {
			try {
				return (Object[]) reader.invokeExact(bean);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Could not read the fields of " + bean.getClass().getName(), ex);
			}
		}

	}

	/**
	 * One property of a model class: a field.
	 */
	private static final class Property {

		private final SerializableString name;

		private final Field field;

		private final boolean suppressNulls;

		private final boolean suppressEmpty;

		private final @Nullable TypeId typeId;

		private final ValueKind kind;

		/**
		 * The shape of a {@link ValueKind#FIXED} property's class, found on first use
		 * (finding it while the bean's own shape is made could recurse without end).
		 */
		private @Nullable Shape fixedShape;

		private Property(SerializableString name, Field field, boolean suppressNulls, boolean suppressEmpty,
				@Nullable TypeId typeId) {
			this.name = name;
			this.field = field;
			this.suppressNulls = suppressNulls;
			this.suppressEmpty = suppressEmpty;
			this.typeId = typeId;
			this.kind = ValueKind.of(field.getType());
		}

		static @Nullable Property of(SerializationContext context, BeanPropertyWriter writer) {
			Member member = writer.getMember().getMember();
			if (!(member instanceof Field field) || !field.trySetAccessible() || hasCustomSerialization(writer)) {
				return null;
			}
			Class<?> type = writer.getType().getRawClass();
			JsonInclude.Value inclusion = writer.findPropertyInclusion(context.getConfig(), type);
			JsonInclude.Include contentInclusion = inclusion.getContentInclusion();
			if (contentInclusion != JsonInclude.Include.ALWAYS
					&& contentInclusion != JsonInclude.Include.USE_DEFAULTS) {
				return null;
			}
			JsonInclude.Include valueInclusion = inclusion.getValueInclusion();
			boolean suppressEmpty;
			switch (valueInclusion) {
				case ALWAYS, USE_DEFAULTS, NON_NULL -> suppressEmpty = false;
				case NON_EMPTY -> {
					if (!String.class.equals(type) && !Collection.class.isAssignableFrom(type)
							&& !Map.class.isAssignableFrom(type)) {
						return null;
					}
					suppressEmpty = true;
				}
				default -> {
					return null;
				}
			}
			if (writer.willSuppressNulls() != (valueInclusion == JsonInclude.Include.NON_NULL || suppressEmpty)) {
				return null;
			}
			TypeId typeId = null;
			TypeSerializer typeSerializer = writer.getTypeSerializer();
			if (typeSerializer != null) {
				if (typeSerializer.getTypeInclusion() != JsonTypeInfo.As.EXTERNAL_PROPERTY) {
					return null;
				}
				typeId = new TypeId(context, typeSerializer);
			}
			return new Property(writer.getSerializedName(), field, writer.willSuppressNulls(), suppressEmpty, typeId);
		}

		private static boolean hasCustomSerialization(BeanPropertyWriter writer) {
			return writer.getAnnotation(JsonSerialize.class) != null || writer.getAnnotation(JsonFormat.class) != null
					|| writer.getAnnotation(JsonRawValue.class) != null
					|| writer.getAnnotation(JsonUnwrapped.class) != null;
		}

		@Nullable Object read(Object bean) {
			try {
				return this.field.get(bean);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void write(ModelWriter writer, JsonGenerator generator, @Nullable Object value) {
			if (value == null) {
				if (!this.suppressNulls) {
					generator.writeName(this.name);
					generator.writeNull();
				}
				return;
			}
			if (this.suppressEmpty && isEmpty(value)) {
				return;
			}
			generator.writeName(this.name);
			switch (this.kind) {
				case STRING -> generator.writeString((String) value);
				case MAP -> writer.writeMap(generator, (Map<?, ?>) value);
				case FIXED -> fixedShape(writer).write(writer, generator, value);
				default -> writer.write(generator, value);
			}
			if (this.typeId != null) {
				this.typeId.write(generator, value);
			}
		}

		private Shape fixedShape(ModelWriter writer) {
			Shape shape = this.fixedShape;
			if (shape == null) {
				// a race only finds the same shape twice; what the mapper would write,
				// such as a Long, write() may write itself
				shape = writer.shapes.get(this.field.getType());
				shape = (shape instanceof Fallback) ? writer.anyShape : shape;
				this.fixedShape = shape;
			}
			return shape;
		}

		private static boolean isEmpty(Object value) {
			if (value instanceof String string) {
				return string.isEmpty();
			}
			if (value instanceof Collection<?> collection) {
				return collection.isEmpty();
			}
			return value instanceof Map<?, ?> map && map.isEmpty();
		}

	}

	/**
	 * What a property's declared type tells about its values, so that writing one needs
	 * no tests of its class.
	 */
	private enum ValueKind {

		/**
		 * A string.
		 */
		STRING,

		/**
		 * A map.
		 */
		MAP,

		/**
		 * An instance of exactly the declared class (final, or an enum), whose shape the
		 * property keeps.
		 */
		FIXED,

		/**
		 * Anything else, written by {@link ModelWriter#write}.
		 */
		ANY;

		static ValueKind of(Class<?> type) {
			if (type == String.class) {
				return STRING;
			}
			if (Map.class.isAssignableFrom(type)) {
				return MAP;
			}
			return (type.isEnum() || Modifier.isFinal(type.getModifiers())) ? FIXED : ANY;
		}

	}

	/**
	 * A type id written as a property after the value, as
	 * {@link JsonTypeInfo.As#EXTERNAL_PROPERTY} asks.
	 */
	private static final class TypeId {

		private final SerializableString name;

		private final ClassValue<SerializableString> ids;

		TypeId(SerializationContext context, TypeSerializer serializer) {
			this.name = new SerializedString(serializer.getPropertyName());
			this.ids = new ClassValue<>() {

				@Override
				protected SerializableString computeValue(Class<?> type) {
					synchronized (TypeId.this) {
						return new SerializedString(
								serializer.getTypeIdResolver().idFromValueAndType(context, null, type));
					}
				}

			};
		}

		void write(JsonGenerator generator, Object value) {
			generator.writeName(this.name);
			generator.writeString(this.ids.get(value.getClass()));
		}

	}

}

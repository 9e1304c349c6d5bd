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
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Base of every model class: binds JSON through its fields only, omits unset fields,
 * ignores unknown input fields, and derives {@code equals}, {@code hashCode} and
 * {@code toString} from the same fields.
 * <p>
 * The fields are the single list of a class's properties: Jackson sees every instance
 * field (field visibility {@code ANY}, no getters or setters), and so do {@code equals},
 * {@code hashCode} and {@code toString}, which read them by reflection (once per class,
 * then cached). A field added to a class is therefore serialized and compared alike; no
 * second list has to be kept in step. The comparison treats values as JSON does: numbers
 * compare by value ({@code 5}, {@code 5L}, {@code 5.0} and {@code new BigDecimal("5.00")}
 * are equal, and so are {@code NaN} and {@code NaN}), and an empty collection held in a
 * collection-typed field equals an unset one, since neither is written.
 *
 * @author mparticle4j contributors
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class ModelObject {

	private static final ClassValue<List<Field>> PROPERTIES = new ClassValue<>() {

		@Override
		protected List<Field> computeValue(Class<?> type) {
			return properties(type);
		}

	};

	/**
	 * Returns the fields that Jackson binds for the given model class: its instance
	 * fields and those of its model superclasses, the subclass's first, each class's in
	 * declaration order.
	 * @param type the model class
	 * @return the fields, accessible
	 */
	static List<Field> properties(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		Class<?> current = type;
		while (current != null && current != ModelObject.class) {
			for (Field field : current.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
						&& !field.isAnnotationPresent(JsonIgnore.class)) {
					field.setAccessible(true);
					fields.add(field);
				}
			}
			current = current.getSuperclass();
		}
		return List.copyOf(fields);
	}

	/**
	 * Sets each property of this object that is set in the given object of the same class
	 * to the value it has there.
	 * @param source the object to copy from
	 */
	final void copySetPropertiesFrom(ModelObject source) {
		if (source.getClass() != getClass()) {
			throw new IllegalArgumentException("Cannot copy " + source.getClass() + " to " + getClass());
		}
		for (Field field : PROPERTIES.get(getClass())) {
			try {
				Object value = field.get(source);
				if (value != null) {
					field.set(this, value);
				}
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot copy " + field, ex);
			}
		}
	}

	private List<@Nullable Object> values() {
		List<Field> fields = PROPERTIES.get(getClass());
		List<@Nullable Object> values = new ArrayList<>(fields.size());
		for (Field field : fields) {
			try {
				Object value = field.get(this);
				values.add((isCollection(field) && isEmpty(value)) ? null : value);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot read " + field, ex);
			}
		}
		return values;
	}

	private List<@Nullable Object> comparableValues() {
		return values().stream().map(ModelObject::comparable).toList();
	}

	@Override
	public final boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		return comparableValues().equals(((ModelObject) other).comparableValues());
	}

	@Override
	public final int hashCode() {
		return comparableValues().hashCode();
	}

	@Override
	public final String toString() {
		List<Field> fields = PROPERTIES.get(getClass());
		List<@Nullable Object> values = values();
		StringBuilder result = new StringBuilder(getClass().getSimpleName()).append('{');
		String separator = "";
		for (int i = 0; i < fields.size(); i++) {
			Object value = values.get(i);
			if (value != null) {
				result.append(separator).append(fields.get(i).getName()).append('=');
				result.append((value instanceof CharSequence) ? "'" + value + "'" : value);
				separator = ", ";
			}
		}
		return result.append('}').toString();
	}

	// an empty list held in a field of type Object, such as a user attribute change's
	// new value, is written as [] and so differs from an unset one
	private static boolean isCollection(Field field) {
		return Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType());
	}

	private static boolean isEmpty(@Nullable Object value) {
		return (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	/**
	 * Makes numbers that JSON cannot tell apart equal: {@code 2}, {@code 2L} and
	 * {@code 2.0} are the same value on the wire. Non-finite floating-point values, which
	 * have no decimal form, compare as {@code Double}s.
	 * @param value a field's value
	 * @return the value to compare
	 */
	private static @Nullable Object comparable(@Nullable Object value) {
		if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
			return ((Number) value).doubleValue();
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, @Nullable Object> comparable = new LinkedHashMap<>();
			map.forEach((key, element) -> comparable.put(key, comparable(element)));
			return comparable;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ModelObject::comparable).toList();
		}
		return value;
	}

}

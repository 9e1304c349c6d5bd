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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Base of every model class: binds JSON through annotated fields only, omits unset
 * fields, ignores unknown input fields, and derives {@code equals}, {@code hashCode} and
 * {@code toString} from the single list of properties that each subclass declares.
 *
 * @author mparticle4j contributors
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
		creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class ModelObject {

	/**
	 * Adds every property of this object to the given collector, in a stable order.
	 * @param properties the collector
	 */
	abstract void collect(Properties properties);

	private Properties properties() {
		Properties properties = new Properties();
		collect(properties);
		return properties;
	}

	@Override
	public final boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		return properties().comparableValues().equals(((ModelObject) other).properties().comparableValues());
	}

	@Override
	public final int hashCode() {
		return properties().comparableValues().hashCode();
	}

	@Override
	public final String toString() {
		return getClass().getSimpleName() + properties();
	}

	/**
	 * Ordered property names and values of one model object.
	 */
	static final class Properties {

		private final List<String> names = new ArrayList<>();

		private final List<@Nullable Object> values = new ArrayList<>();

		Properties add(String name, @Nullable Object value) {
			this.names.add(name);
			this.values.add(isEmpty(value) ? null : value);
			return this;
		}

		private List<@Nullable Object> comparableValues() {
			return this.values.stream().map(Properties::comparable).toList();
		}

		private static boolean isEmpty(@Nullable Object value) {
			return (value instanceof Collection<?> collection && collection.isEmpty())
					|| (value instanceof Map<?, ?> map && map.isEmpty());
		}

		/**
		 * Makes numbers that JSON cannot tell apart equal: {@code 2}, {@code 2L} and
		 * {@code 2.0} are the same value on the wire.
		 */
		private static @Nullable Object comparable(@Nullable Object value) {
			if (value instanceof Number number) {
				return new BigDecimal(number.toString()).stripTrailingZeros();
			}
			if (value instanceof Map<?, ?> map) {
				Map<Object, @Nullable Object> comparable = new LinkedHashMap<>();
				map.forEach((key, element) -> comparable.put(key, comparable(element)));
				return comparable;
			}
			if (value instanceof List<?> list) {
				return list.stream().map(Properties::comparable).toList();
			}
			return value;
		}

		@Override
		public String toString() {
			StringBuilder result = new StringBuilder("{");
			for (int i = 0; i < this.names.size(); i++) {
				Object value = this.values.get(i);
				if (value != null) {
					result.append((result.length() > 1) ? ", " : "").append(this.names.get(i)).append('=');
					result.append((value instanceof CharSequence) ? "'" + value + "'" : value);
				}
			}
			return result.append('}').toString();
		}

	}

}

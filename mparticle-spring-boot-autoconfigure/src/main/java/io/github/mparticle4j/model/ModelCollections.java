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
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for the maps and lists held by model objects. They are created on first use so
 * that unused ones cost nothing, keep insertion order, and reject {@code null} names and
 * elements with a message that says what was null.
 *
 * @author mparticle4j contributors
 */
final class ModelCollections {

	private ModelCollections() {
	}

	static <V> Map<String, V> put(@Nullable Map<String, V> map, String what, String name, V value) {
		Objects.requireNonNull(name, () -> "The name of a " + what + " must not be null");
		Objects.requireNonNull(value, () -> "The value of " + what + " '" + name + "' must not be null");
		Map<String, V> result = (map != null) ? map : new LinkedHashMap<>();
		result.put(name, value);
		return result;
	}

	static <V> @Nullable Map<String, V> copy(@Nullable Map<String, ? extends V> map, String what) {
		if (map == null || map.isEmpty()) {
			return null;
		}
		Map<String, V> result = new LinkedHashMap<>();
		map.forEach((name, value) -> put(result, what, name, value));
		return result;
	}

	static <V> Map<String, V> view(@Nullable Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(map) : Collections.emptyMap();
	}

	static <T> List<T> add(@Nullable List<T> list, String what, T element) {
		Objects.requireNonNull(element, () -> "A " + what + " must not be null");
		List<T> result = (list != null) ? list : new ArrayList<>();
		result.add(element);
		return result;
	}

	static <T> @Nullable List<T> copy(@Nullable Collection<? extends T> elements, String what) {
		if (elements == null || elements.isEmpty()) {
			return null;
		}
		List<T> result = new ArrayList<>(elements.size());
		elements.forEach((element) -> add(result, what, element));
		return result;
	}

	/**
	 * Copies a list that is a value rather than a collection of the model: an empty list
	 * stays an empty list, which is written as {@code []}.
	 * @param <T> the element type
	 * @param elements the elements
	 * @param what what an element is, for the message
	 * @return a new list
	 * @throws NullPointerException if an element is {@code null}
	 */
	static <T> List<T> copyValue(Collection<? extends T> elements, String what) {
		List<T> result = new ArrayList<>(elements.size());
		elements.forEach((element) -> add(result, what, element));
		return result;
	}

	static <T> List<T> view(@Nullable List<T> list) {
		return (list != null) ? Collections.unmodifiableList(list) : Collections.emptyList();
	}

	/**
	 * Returns the given value of a floating-point field if it is finite or {@code null}.
	 * JSON has no form for {@code NaN} and the infinities, which Jackson would otherwise
	 * write as strings such as {@code "Infinity"}.
	 * @param name the wire name of the field
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code NaN} or infinite
	 */
	static @Nullable Double finite(String name, @Nullable Double value) {
		if (value != null && !Double.isFinite(value)) {
			throw new IllegalArgumentException("The value of '" + name + "' must be a finite number, not " + value);
		}
		return value;
	}

	/**
	 * Applies a value read from JSON with the checks of its setter. Jackson reports an
	 * {@link IllegalArgumentException} thrown by a setter as a read error naming the
	 * property whatever the mapper's settings, but lets other exceptions through when
	 * {@code WRAP_EXCEPTIONS} is disabled, so the {@link NullPointerException} with which
	 * a setter refuses a {@code null} is turned into an {@link IllegalArgumentException}.
	 * @param setter the setter, applied to the value
	 * @throws IllegalArgumentException if the setter refuses the value
	 */
	static void read(Runnable setter) {
		try {
			setter.run();
		}
		catch (NullPointerException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Returns an integer read from JSON as an {@code Integer} or a {@code Long}, however
	 * the mapper's settings ({@code USE_BIG_INTEGER_FOR_INTS}, {@code USE_LONG_FOR_INTS})
	 * had it read.
	 * @param value the value read
	 * @return the integer, or {@code null} if the value is not an integer that fits in a
	 * {@code long}
	 */
	static @Nullable Number integer(@Nullable Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return (Number) value;
		}
		if (value instanceof Short || value instanceof Byte) {
			return ((Number) value).intValue();
		}
		if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
			long number = big.longValue();
			return (number == (int) number) ? Integer.valueOf((int) number) : Long.valueOf(number);
		}
		return null;
	}

	/**
	 * Returns the milliseconds since the epoch of an instant given to a setter.
	 * @param name the wire name of the field
	 * @param instant the instant
	 * @return the milliseconds
	 * @throws IllegalArgumentException if the instant is too far from the epoch to be
	 * given in milliseconds as a {@code long}
	 */
	static long epochMilli(String name, Instant instant) {
		Objects.requireNonNull(instant, "'timestamp' must not be null");
		try {
			return instant.toEpochMilli();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("The value of '" + name + "' must be an instant whose milliseconds"
					+ " since the epoch fit in a long, not " + instant, ex);
		}
	}

	static String numberToString(String name, Number value) {
		Objects.requireNonNull(value, () -> "The value of '" + name + "' must not be null");
		if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
			throw new IllegalArgumentException("The value of '" + name + "' must be a finite number, not " + value);
		}
		return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
	}

}

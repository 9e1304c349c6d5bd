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

package io.github.mparticle4j.sample.web;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Describes a JSON body that is well-formed but does not fit the request type (a string
 * where a number belongs, a number too large for its field, an object where an array
 * belongs) as an {@link InvalidRequestException} that names the field and the type
 * expected.
 *
 * @author mparticle4j contributors
 */
final class JsonBodyErrors {

	private JsonBodyErrors() {
	}

	/**
	 * Returns the field error that made the body unreadable, or {@code null} when the
	 * body is missing or is not valid JSON.
	 * @param ex the failure to read the body
	 * @return the field error, or {@code null}
	 */
	static @Nullable InvalidRequestException fieldError(Throwable ex) {
		Throwable cause = ex;
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return error((JacksonException) cause, expectedType(mismatch.getTargetType()));
		}
		if (cause instanceof InputCoercionException coercion) {
			return error((JacksonException) cause, expectedRange(coercion.getTargetType()));
		}
		return null;
	}

	private static InvalidRequestException error(JacksonException ex, String expected) {
		String field = field(ex.getPath());
		if (field.isEmpty()) {
			return new InvalidRequestException(null, "The request body must be " + expected);
		}
		return new InvalidRequestException(field, "'" + field + "' must be " + expected);
	}

	private static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return field.toString();
	}

	private static String expectedType(@Nullable Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (isWholeNumber(type)) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		return "a JSON object";
	}

	private static String expectedRange(@Nullable Class<?> type) {
		if (type == Long.class || type == long.class) {
			return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		if (type == Integer.class || type == int.class) {
			return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
		}
		return expectedType(type) + " in range";
	}

	private static boolean isWholeNumber(Class<?> type) {
		return type == Long.class || type == long.class || type == Integer.class || type == int.class
				|| type == Short.class || type == short.class || type == Byte.class || type == byte.class
				|| type == BigInteger.class;
	}

}

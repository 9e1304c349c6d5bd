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

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Looks up enum constants by the string mParticle uses for them on the wire.
 *
 * @author mparticle4j contributors
 */
final class WireValues {

	private WireValues() {
	}

	/**
	 * Returns the constant whose wire value is {@code value}: an exact match first, then
	 * one that differs only in case, or {@code null} if there is none.
	 * @param <E> the enum type
	 * @param constants all constants of the enum
	 * @param wireValue the function that gives a constant's wire value
	 * @param value the string read from JSON
	 * @return the matching constant or {@code null}
	 */
	static <E extends Enum<E>> @Nullable E find(E[] constants, Function<E, String> wireValue, @Nullable String value) {
		if (value == null) {
			return null;
		}
		E caseInsensitiveMatch = null;
		for (E constant : constants) {
			String candidate = wireValue.apply(constant);
			if (candidate.equals(value)) {
				return constant;
			}
			if (caseInsensitiveMatch == null && candidate.equalsIgnoreCase(value)) {
				caseInsensitiveMatch = constant;
			}
		}
		return caseInsensitiveMatch;
	}

}

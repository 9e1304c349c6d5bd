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

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson 2 mappers with the settings under which tests read the model, kept apart from
 * the tests' Jackson 3 imports.
 *
 * @author mparticle4j contributors
 */
public final class Jackson2Mappers {

	private Jackson2Mappers() {
	}

	/**
	 * Returns mappers with default settings, with {@code WRAP_EXCEPTIONS} disabled, and
	 * with integers read as {@code BigInteger}s.
	 * @return the mappers
	 */
	public static List<ObjectMapper> variants() {
		return List.of(new ObjectMapper(), new ObjectMapper().disable(DeserializationFeature.WRAP_EXCEPTIONS),
				new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
						DeserializationFeature.USE_LONG_FOR_INTS));
	}

}

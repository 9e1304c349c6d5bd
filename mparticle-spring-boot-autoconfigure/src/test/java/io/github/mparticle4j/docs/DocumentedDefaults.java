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

package io.github.mparticle4j.docs;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default values that the configuration metadata documents, converted as Spring Boot
 * binds them, for the tests that compare them with the builders' own defaults.
 *
 * @author mparticle4j contributors
 */
public final class DocumentedDefaults {

	private final JsonNode metadata = read();

	private final ConversionService conversion = ApplicationConversionService.getSharedInstance();

	/**
	 * Returns the documented default of a property.
	 * @param <T> the type of the value
	 * @param name the property's name
	 * @param type the type to convert the default to
	 * @return the default, never {@code null}
	 * @throws AssertionError if the metadata has no such property or it has no default
	 */
	public <T> T of(String name, Class<T> type) {
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				T value = this.conversion.convert(property.get("defaultValue").asString(), type);
				assertThat(value).as(name).isNotNull();
				return value;
			}
		}
		throw new AssertionError("No property " + name);
	}

	private static JsonNode read() {
		try (InputStream in = DocumentedDefaults.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

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

package io.github.mparticle4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the documented defaults of the {@code mparticle.*} properties of the client
 * are {@link EventsApiBuilder}'s own ({@code DispatcherPropertyDefaultsTests} does the
 * same for the dispatcher's). The properties have none themselves: a setting that no
 * property sets keeps the builder's default, so the configuration metadata is the only
 * other place where a default is written.
 *
 * @author mparticle4j contributors
 */
class PropertyDefaultsTests {

	private final JsonNode metadata = read();

	private final ConversionService conversion = ApplicationConversionService.getSharedInstance();

	@Test
	void documentedDefaultsAreTheBuilderDefaults() {
		assertThat(documented("mparticle.connect-timeout", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_CONNECT_TIMEOUT);
		assertThat(documented("mparticle.response-timeout", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_RESPONSE_TIMEOUT);
		assertThat(documented("mparticle.timeout", Duration.class)).isEqualTo(EventsApiBuilder.DEFAULT_TIMEOUT);
		assertThat(documented("mparticle.retry.max-attempts", Integer.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_ATTEMPTS);
		assertThat(documented("mparticle.retry.initial-backoff", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_INITIAL_BACKOFF);
		assertThat(documented("mparticle.retry.max-backoff", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_BACKOFF);
		assertThat(documented("mparticle.retry.max-retry-after", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_RETRY_AFTER);
		assertThat(documented("mparticle.pod", Pod.class)).isEqualTo(Pod.US1);
		assertThat(documented("mparticle.allow-insecure-http", Boolean.class)).isFalse();
	}

	private <T> T documented(String name, Class<T> type) {
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
		try (InputStream in = PropertyDefaultsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

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

package io.github.mparticle4j.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the configuration metadata generated for IDE completion.
 *
 * @author mparticle4j contributors
 */
class ConfigurationMetadataTests {

	private final JsonNode metadata = read();

	private static JsonNode read() {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyPropertyHasADescription() {
		List<String> names = new ArrayList<>();
		for (JsonNode property : this.metadata.get("properties")) {
			names.add(property.get("name").asString());
			assertThat(property.path("description").asString()).as(property.get("name").asString()).isNotBlank();
		}
		assertThat(names).containsExactlyInAnyOrder("mparticle.enabled", "mparticle.mode", "mparticle.log.include-data",
				"mparticle.api-key", "mparticle.api-secret", "mparticle.environment", "mparticle.pod",
				"mparticle.base-url", "mparticle.allow-insecure-http", "mparticle.connect-timeout",
				"mparticle.response-timeout", "mparticle.timeout", "mparticle.retry.max-attempts",
				"mparticle.retry.initial-backoff", "mparticle.retry.max-backoff", "mparticle.retry.max-retry-after",
				"mparticle.inputs", "mparticle.dispatcher.enabled", "mparticle.dispatcher.flush-interval",
				"mparticle.dispatcher.max-queued-batches", "mparticle.dispatcher.max-queued-bytes",
				"mparticle.dispatcher.overflow-policy", "mparticle.dispatcher.block-timeout",
				"mparticle.dispatcher.max-requests-in-flight", "mparticle.dispatcher.max-batches-per-second",
				"mparticle.dispatcher.slow-down-at", "mparticle.dispatcher.shutdown-timeout",
				"mparticle.dispatcher.handle-executor", "mparticle.dispatcher.rejected-credentials",
				"mparticle.dispatcher.max-credentials-backoff", "mparticle.dispatcher.store",
				"mparticle.dispatcher.jdbc.table-name", "mparticle.dispatcher.jdbc.initialize-schema",
				"mparticle.dispatcher.jdbc.lease-duration", "mparticle.dispatcher.jdbc.poll-interval",
				"management.health.mparticle.enabled", "management.health.mparticle.failure-threshold",
				"management.health.mparticle.failure-status",
				"management.health.mparticle.outbox.max-oldest-pending-age",
				"management.health.mparticle.outbox.max-dead-batches", "management.endpoint.mparticleoutbox.access",
				"management.endpoint.mparticleoutbox.cache.time-to-live");
	}

	@Test
	void defaultsAreDocumented() {
		assertThat(defaultValue("mparticle.enabled")).isEqualTo("true");
		assertThat(defaultValue("mparticle.environment")).isEqualTo("development");
		assertThat(defaultValue("mparticle.pod")).isEqualTo("us1");
		assertThat(defaultValue("mparticle.connect-timeout")).isEqualTo("5s");
		assertThat(defaultValue("mparticle.response-timeout")).isEqualTo("10s");
		assertThat(defaultValue("mparticle.timeout")).isEqualTo("30s");
		assertThat(defaultValue("mparticle.retry.max-attempts")).isEqualTo("5");
		assertThat(defaultValue("mparticle.retry.initial-backoff")).isEqualTo("500ms");
		assertThat(defaultValue("mparticle.retry.max-backoff")).isEqualTo("10s");
		assertThat(defaultValue("mparticle.retry.max-retry-after")).isEqualTo("20s");
		assertThat(defaultValue("management.health.mparticle.failure-threshold")).isEqualTo("3");
	}

	@Test
	void dispatcherDefaultsAreDocumented() {
		assertThat(defaultValue("mparticle.dispatcher.enabled")).isEqualTo("true");
		assertThat(defaultValue("mparticle.dispatcher.flush-interval")).isEqualTo("1s");
		assertThat(defaultValue("mparticle.dispatcher.max-queued-batches")).isEqualTo("10000");
		assertThat(defaultValue("mparticle.dispatcher.max-queued-bytes")).isEqualTo("32MB");
		assertThat(defaultValue("mparticle.dispatcher.overflow-policy")).isEqualTo("reject-newest");
		assertThat(defaultValue("mparticle.dispatcher.block-timeout")).isEqualTo("1s");
		assertThat(defaultValue("mparticle.dispatcher.max-requests-in-flight")).isEqualTo("4");
		assertThat(defaultValue("mparticle.dispatcher.max-batches-per-second")).isEqualTo("0");
		assertThat(defaultValue("mparticle.dispatcher.slow-down-at")).isEqualTo("80");
		assertThat(property("mparticle.dispatcher.shutdown-timeout").has("defaultValue")).isFalse();
		assertThat(property("mparticle.dispatcher.shutdown-timeout").get("description").asString())
			.contains("5/6 of spring.lifecycle.timeout-per-shutdown-phase");
		assertThat(property("mparticle.dispatcher.max-queued-bytes").get("type").asString())
			.isEqualTo("org.springframework.util.unit.DataSize");
	}

	@Test
	void namedInputsAreDocumentedAsAMapOfInputs() {
		JsonNode inputs = property("mparticle.inputs");
		assertThat(inputs.get("type").asString()).isEqualTo(Map.class.getName() + "<" + String.class.getName() + ","
				+ MParticleInputProperties.class.getName() + ">");
		assertThat(inputs.get("description").asString()).contains("own API key and secret")
			.contains("dispatcher.*")
			.contains("taken from the top-level properties");
		assertThat(hintValues("mparticle.inputs.keys")).containsExactly("ios", "android", "web");
	}

	@Test
	void settingsOnlyTheStarterHasHaveTheirDefaultsDocumented() {
		assertThat(defaultValue("mparticle.mode")).isEqualTo("send");
		assertThat(defaultValue("mparticle.log.include-data")).isEqualTo("false");
		assertThat(defaultValue("mparticle.allow-insecure-http")).isEqualTo("false");
		assertThat(hintValues("mparticle.mode")).containsExactly("send", "log");
	}

	@Test
	void podEnvironmentAndOverflowPolicyHaveValueHints() {
		assertThat(hintValues("mparticle.pod")).containsExactly("us1", "us2", "eu1", "au1");
		assertThat(hintValues("mparticle.environment")).containsExactly("development", "production");
		assertThat(hintValues("mparticle.dispatcher.overflow-policy")).containsExactly("reject-newest", "drop-oldest",
				"block");
	}

	private String defaultValue(String name) {
		return property(name).path("defaultValue").asString();
	}

	private JsonNode property(String name) {
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("No property " + name);
	}

	private List<String> hintValues(String name) {
		for (JsonNode hint : this.metadata.get("hints")) {
			if (hint.get("name").asString().equals(name)) {
				List<String> values = new ArrayList<>();
				hint.get("values").forEach((value) -> {
					assertThat(value.path("description").asString()).isNotBlank();
					values.add(value.get("value").asString());
				});
				return values;
			}
		}
		throw new AssertionError("No hint for " + name);
	}

}

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.mparticle4j.autoconfigure.MParticleProperties;
import io.github.mparticle4j.autoconfigure.health.MParticleHealthIndicatorProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the {@code application.yml} example of
 * {@code docs/configuration-properties.md} lists every property with its actual default.
 *
 * @author mparticle4j contributors
 */
class ConfigurationExampleTests {

	@Test
	void exampleBindsToTheDefaults() throws Exception {
		Binder binder = new Binder(ConfigurationPropertySources.from(example()));
		MParticleProperties bound = binder.bind("mparticle", MParticleProperties.class).get();
		List<String> documented = new ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("mparticle.") && property.has("defaultValue")) {
				Class<?> type = ClassUtils.forName(property.get("type").asString(), null);
				Object defaultValue = new Binder(
						new MapConfigurationPropertySource(Map.of(name, property.get("defaultValue").asString())))
					.bind(name, type)
					.get();
				assertThat(binder.bind(name, type).get()).as(name).isEqualTo(defaultValue);
				documented.add(name);
			}
		}
		assertThat(documented).hasSizeGreaterThan(20);
		assertThat(bound.getApiKey()).isEqualTo("${MPARTICLE_API_KEY}");
		assertThat(bound.getApiSecret()).isEqualTo("${MPARTICLE_API_SECRET}");
		MParticleHealthIndicatorProperties health = binder
			.bind("management.health.mparticle", MParticleHealthIndicatorProperties.class)
			.get();
		assertThat(health).usingRecursiveComparison().isEqualTo(new MParticleHealthIndicatorProperties());
		assertThat(binder.bind("management.health.mparticle.enabled", Boolean.class).get()).isTrue();
	}

	@Test
	void exampleMentionsEveryProperty() throws Exception {
		String yaml = exampleText();
		List<String> missing = new ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			String name = property.get("name").asString();
			String leaf = name.substring(name.lastIndexOf('.') + 1);
			if (!yaml.contains(leaf + ":")) {
				missing.add(name);
			}
		}
		assertThat(missing).isEmpty();
	}

	private JsonNode metadata() throws Exception {
		try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private PropertySource<?> example() throws Exception {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("readme",
				new ByteArrayResource(exampleText().getBytes()));
		assertThat(sources).hasSize(1);
		return sources.get(0);
	}

	private static String exampleText() {
		return DocumentationPages.configExample("docs/configuration-properties.md", "application-yml");
	}

}

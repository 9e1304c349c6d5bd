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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the properties appendix, {@code docs/configuration-properties.md}, is the
 * table that the configuration metadata renders to: every property of the starter (from
 * the {@code spring-configuration-metadata.json} that the build generates and merges with
 * {@code additional-spring-configuration-metadata.json}) and of the test support, with
 * its type, default and description. A property added, removed or changed without the
 * page fails the build; {@code -Ddocs.update=true} rewrites the table.
 *
 * @author mparticle4j contributors
 */
class ConfigurationPropertiesPageTests {

	static final Path PAGE = Path.of("docs", "configuration-properties.md");

	private static final String BEGIN = "<!-- properties: begin (generated from the configuration metadata by"
			+ " ConfigurationPropertiesPageTests; do not edit) -->\n";

	private static final String END = "<!-- properties: end -->";

	private static final Path TEST_SUPPORT_METADATA = Path.of("mparticle-spring-boot-test", "src", "main", "resources",
			"META-INF", "spring-configuration-metadata.json");

	@Test
	void thePageHasTheTableOfTheMetadata() throws IOException {
		String expected = BEGIN + "\n### The starter\n\n" + table(starterMetadata())
				+ "\n### The test support (`mparticle-spring-boot-test`)\n\n"
				+ table(JsonMapper.builder()
					.build()
					.readTree(Files.readString(DocumentationPages.ROOT.resolve(TEST_SUPPORT_METADATA))))
				+ "\n" + END;
		String page = DocumentationPages.read(PAGE);
		Matcher generated = Pattern.compile(Pattern.quote(BEGIN) + ".*?" + Pattern.quote(END), Pattern.DOTALL)
			.matcher(page);
		assertThat(generated.find()).as("the generated table's markers in %s", PAGE).isTrue();
		if (DocumentationPages.update()) {
			DocumentationPages.write(PAGE,
					page.substring(0, generated.start()) + expected + page.substring(generated.end()));
		}
		else {
			assertThat(generated.group())
				.as("the properties table of %s, generated from the metadata (-Ddocs.update=true rewrites it)", PAGE)
				.isEqualTo(expected);
		}
	}

	@Test
	void everyPropertyOfTheMetadataIsInThePage() {
		String page = DocumentationPages.read(PAGE);
		for (JsonNode property : starterMetadata().get("properties")) {
			assertThat(page).contains("| `" + property.get("name").asString() + "` |");
		}
	}

	/**
	 * Renders the properties of one metadata file, sorted by name, with the values of
	 * their hints.
	 */
	static String table(JsonNode metadata) {
		Map<String, List<String>> values = new HashMap<>();
		for (JsonNode hint : metadata.path("hints")) {
			List<String> hinted = new ArrayList<>();
			hint.path("values").forEach((value) -> hinted.add("`" + value.get("value").asString() + "`"));
			values.put(hint.get("name").asString(), hinted);
		}
		List<JsonNode> properties = new ArrayList<>();
		metadata.get("properties").forEach(properties::add);
		properties.sort((left, right) -> left.get("name").asString().compareTo(right.get("name").asString()));
		StringBuilder table = new StringBuilder("| Property | Type | Default | Description |\n|---|---|---|---|\n");
		for (JsonNode property : properties) {
			String name = property.get("name").asString();
			String description = property.has("description") ? property.get("description").asString().replace("\n", " ")
					: "";
			if (values.containsKey(name) && !values.get(name).isEmpty()) {
				description += " Values: " + String.join(", ", values.get(name)) + ".";
			}
			table.append("| `")
				.append(name)
				.append("` | `")
				.append(simpleType(property.get("type").asString()))
				.append("` | ")
				.append(property.has("defaultValue") ? "`" + property.get("defaultValue").asString() + "`" : "")
				.append(" | ")
				.append(description.replace("|", "\\|"))
				.append(" |\n");
		}
		return table.toString();
	}

	/**
	 * The type without its packages, as a reader writes it:
	 * {@code Map<String, MParticleInputProperties>}, {@code Batch.Environment}.
	 */
	static String simpleType(String type) {
		return type.replaceAll("\\b[a-z][\\w]*\\.", "").replace('$', '.').replace(",", ", ");
	}

	private static JsonNode starterMetadata() {
		try (InputStream in = ConfigurationPropertiesPageTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void simpleTypesDropThePackages() {
		String map = "java.util.Map";
		String string = "java.lang.String";
		String input = "io.github.mparticle4j.autoconfigure.MParticleInputProperties";
		assertThat(simpleType(map + "<" + string + "," + input + ">"))
			.isEqualTo("Map<String, MParticleInputProperties>");
		assertThat(simpleType("io.github.mparticle4j.model.Batch$Environment")).isEqualTo("Batch.Environment");
		assertThat(Files.exists(DocumentationPages.ROOT.resolve(TEST_SUPPORT_METADATA))).isTrue();
	}

}

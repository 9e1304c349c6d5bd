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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every Java example in the README is a copy of a region of a test that
 * compiles and checks it. A README block preceded by {@code <!-- snippet: name -->} must
 * equal the region between {@code // tag::name[]} and {@code // end::name[]} in a test
 * source file of any module, apart from indentation.
 *
 * @author mparticle4j contributors
 */
class ReadmeSnippetsTests {

	private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	private static final Pattern README_BLOCK = Pattern
		.compile("(?:<!-- snippet: ([\\w-]+) -->\\s*\\n)?```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern TAGGED_REGION = Pattern
		.compile("// tag::([\\w-]+)\\[]\\s*\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

	@Test
	void everyJavaBlockInTheReadmeIsATestedSnippet() throws IOException {
		Map<String, String> tagged = taggedRegions();
		Matcher blocks = README_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
		int count = 0;
		while (blocks.find()) {
			count++;
			String name = blocks.group(1);
			assertThat(name)
				.as("README Java block #%d has no '<!-- snippet: name -->' marker:%n%s", count, blocks.group(2))
				.isNotNull();
			assertThat(tagged).as("tagged test region for README snippet '%s'", name).containsKey(name);
			assertThat(normalize(blocks.group(2))).as("README snippet '%s'", name).isEqualTo(tagged.get(name));
		}
		assertThat(count).as("Java blocks in README.md").isGreaterThan(5);
	}

	private static Map<String, String> taggedRegions() throws IOException {
		Map<String, String> regions = new LinkedHashMap<>();
		for (Path source : testSources()) {
			Matcher matcher = TAGGED_REGION.matcher(Files.readString(source));
			while (matcher.find()) {
				String previous = regions.put(matcher.group(1), normalize(matcher.group(2)));
				assertThat(previous).as("tag '%s' is defined twice", matcher.group(1)).isNull();
			}
		}
		return regions;
	}

	private static List<Path> testSources() throws IOException {
		try (Stream<Path> paths = Files.walk(ROOT)) {
			return paths.filter((path) -> path.toString().endsWith(".java"))
				// the smoke-test applications are main code, so that they can be
				// AOT-processed
				.filter((path) -> path.toString().contains("/src/test/java/")
						|| (path.toString().contains("/smoke-tests/") && path.toString().contains("/src/main/java/")))
				.filter((path) -> !path.toString().contains("/target/"))
				.toList();
		}
	}

	/**
	 * Removes the common indentation and trailing blank lines, so that a region indented
	 * inside a test method equals the same code at the left margin of the README.
	 */
	static String normalize(String code) {
		List<String> lines = new ArrayList<>(code.replace("\t", "    ").lines().toList());
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return String.join("\n", lines.stream().map((line) -> line.isBlank() ? "" : line.substring(indent)).toList());
	}

}

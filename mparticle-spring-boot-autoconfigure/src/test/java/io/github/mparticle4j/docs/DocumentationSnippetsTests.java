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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every Java example of the documentation (the README and the pages under
 * {@code docs/}) is a copy of a region of a source file that compiles and is tested,
 * imports included.
 * <p>
 * A Java block preceded by {@code <!-- snippet: name -->} must be the imports that the
 * region needs, a blank line, and the region between {@code // tag::name[]} and
 * {@code // end::name[]} in a test source file of any module (or a smoke application),
 * apart from indentation. The imports a region needs are those of its source file whose
 * name the region uses, and the main classes of the file's own package that it uses
 * (which the file needs no import for); the classes of the tests themselves, such as
 * {@code SignUpTracker}, stand for the reader's own and are not imported. So a snippet
 * shows exactly the imports that make it compile. With {@code -Ddocs.update=true} the
 * test rewrites the blocks instead of failing.
 *
 * @author mparticle4j contributors
 */
class DocumentationSnippetsTests {

	private static final Pattern JAVA_BLOCK = Pattern
		.compile("(?:<!-- snippet: ([\\w-]+) -->\\s*\\n)?```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern TAGGED_REGION = Pattern
		.compile("// tag::([\\w-]+)\\[]\\s*\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

	private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+);", Pattern.MULTILINE);

	@Test
	void everyJavaBlockIsATestedSnippetWithItsImports() {
		Map<String, String> snippets = snippets();
		int count = 0;
		for (Path page : DocumentationPages.all()) {
			String text = DocumentationPages.read(page);
			StringBuilder updated = new StringBuilder();
			Matcher blocks = JAVA_BLOCK.matcher(text);
			while (blocks.find()) {
				count++;
				String name = blocks.group(1);
				assertThat(name)
					.as("Java block in %s has no '<!-- snippet: name -->' marker:%n%s", page, blocks.group(2))
					.isNotNull();
				assertThat(snippets).as("tagged source region for snippet '%s' of %s", name, page).containsKey(name);
				String expected = snippets.get(name);
				if (DocumentationPages.update()) {
					String marker = text.substring(blocks.start(), blocks.start(2));
					blocks.appendReplacement(updated, Matcher.quoteReplacement(marker + expected + "\n```"));
				}
				else {
					assertThat(blocks.group(2).stripTrailing())
						.as("snippet '%s' of %s (imports, a blank line, then the tagged region;"
								+ " -Ddocs.update=true rewrites it)", name, page)
						.isEqualTo(expected);
				}
			}
			if (DocumentationPages.update()) {
				blocks.appendTail(updated);
				DocumentationPages.write(page, updated.toString());
			}
		}
		assertThat(count).as("Java blocks in the documentation").isGreaterThan(25);
	}

	@Test
	void aRegionShowsTheImportsItUses() {
		String source = """
				package io.github.mparticle4j.client;

				import java.time.Duration;
				import java.util.List;

				import io.github.mparticle4j.model.Batch;

				import static org.assertj.core.api.Assertions.assertThat;

				class Example {
					// tag::example[]
					EventsApi api = EventsApi.builder(null).timeout(Duration.ofSeconds(1)).build();
					// end::example[]
				}
				""";
		Map<String, String> snippets = new HashMap<>();
		addSnippets(source, Map.of("io.github.mparticle4j.client", Set.of("EventsApi", "UploadResult")), snippets);
		String duration = "java.time.Duration";
		String eventsApi = "io.github.mparticle4j.client.EventsApi";
		assertThat(snippets).containsExactly(Map.entry("example", "import " + duration + ";\n\nimport " + eventsApi
				+ ";\n\nEventsApi api = EventsApi.builder(null).timeout(Duration.ofSeconds(1)).build();"));
	}

	/**
	 * Returns each snippet as the documentation must show it, by name.
	 */
	private static Map<String, String> snippets() {
		Map<String, Set<String>> mainClasses = mainClassesByPackage();
		Map<String, String> snippets = new LinkedHashMap<>();
		for (Path source : taggedSources()) {
			try {
				addSnippets(Files.readString(source), mainClasses, snippets);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return snippets;
	}

	private static void addSnippets(String source, Map<String, Set<String>> mainClasses, Map<String, String> snippets) {
		Matcher packageName = PACKAGE.matcher(source);
		String pkg = packageName.find() ? packageName.group(1) : "";
		Matcher regions = TAGGED_REGION.matcher(source);
		while (regions.find()) {
			String code = normalize(regions.group(2));
			List<String> imports = new ArrayList<>();
			Matcher imported = IMPORT.matcher(source);
			Set<String> importedNames = new HashSet<>();
			while (imported.find()) {
				String name = imported.group(2);
				String simpleName = name.substring(name.lastIndexOf('.') + 1);
				importedNames.add(simpleName);
				if (uses(code, simpleName)) {
					imports.add("import " + ((imported.group(1) != null) ? "static " : "") + name + ";");
				}
			}
			for (String simpleName : mainClasses.getOrDefault(pkg, Set.of())) {
				if (!importedNames.contains(simpleName) && uses(code, simpleName)) {
					imports.add("import " + pkg + "." + simpleName + ";");
				}
			}
			String previous = snippets.put(regions.group(1), importsBlock(imports) + code);
			assertThat(previous).as("tag '%s' is defined twice", regions.group(1)).isNull();
		}
	}

	private static boolean uses(String code, String simpleName) {
		return Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b").matcher(code).find();
	}

	/**
	 * The imports in the order of the project's style (that of Spring Boot):
	 * {@code java.}, {@code javax.}, the others, {@code org.springframework.}, then
	 * static imports, each group sorted and separated by a blank line.
	 */
	private static String importsBlock(List<String> imports) {
		Map<Integer, Set<String>> groups = new TreeMap<>();
		for (String line : imports) {
			groups.computeIfAbsent(group(line), (key) -> new TreeSet<>()).add(line);
		}
		StringBuilder block = new StringBuilder();
		for (Set<String> group : groups.values()) {
			group.forEach((line) -> block.append(line).append('\n'));
			block.append('\n');
		}
		return block.toString();
	}

	private static int group(String importLine) {
		if (importLine.startsWith("import static ")) {
			return 4;
		}
		if (importLine.startsWith("import java.")) {
			return 0;
		}
		if (importLine.startsWith("import javax.")) {
			return 1;
		}
		return importLine.startsWith("import org.springframework.") ? 3 : 2;
	}

	private static List<Path> taggedSources() {
		return javaFiles().stream()
			// the smoke-test applications are main code, so that they can be
			// AOT-processed
			.filter((path) -> path.toString().contains("/src/test/java/")
					|| (path.toString().contains("/smoke-tests/") && path.toString().contains("/src/main/java/")))
			.toList();
	}

	/**
	 * The public API's classes, by package: the main code of every module but the
	 * applications.
	 */
	private static Map<String, Set<String>> mainClassesByPackage() {
		Map<String, Set<String>> classes = new HashMap<>();
		for (Path path : javaFiles()) {
			String file = path.toString();
			int sources = file.indexOf("/src/main/java/");
			if (sources >= 0 && file.contains("/mparticle-spring-boot-")) {
				String relative = file.substring(sources + "/src/main/java/".length());
				int slash = relative.lastIndexOf('/');
				String pkg = relative.substring(0, Math.max(slash, 0)).replace('/', '.');
				classes.computeIfAbsent(pkg, (key) -> new HashSet<>())
					.add(relative.substring(slash + 1, relative.length() - ".java".length()));
			}
		}
		return classes;
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> paths = Files.walk(DocumentationPages.ROOT)) {
			return paths.filter((path) -> path.toString().endsWith(".java"))
				.filter((path) -> !path.toString().contains("/target/"))
				.filter((path) -> !path.toString().contains("/.git/"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Removes the common indentation and trailing blank lines, so that a region indented
	 * inside a test method equals the same code at the left margin of a page.
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

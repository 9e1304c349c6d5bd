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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation pages, {@code README.md} and the reference pages under {@code docs/},
 * for the tests that check what they show against the code. Run the build with
 * {@code -Ddocs.update=true} to have those tests rewrite the generated parts of the pages
 * (the snippets' imports and code, the properties appendix) instead of failing.
 *
 * @author mparticle4j contributors
 */
public final class DocumentationPages {

	/**
	 * The root of the repository.
	 */
	public static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

	private DocumentationPages() {
	}

	/**
	 * Returns every page: the README and the Markdown files under {@code docs/}.
	 * @return the pages, relative to the root
	 */
	public static List<Path> all() {
		List<Path> pages = new ArrayList<>();
		pages.add(Path.of("README.md"));
		try (Stream<Path> paths = Files.walk(ROOT.resolve("docs"))) {
			paths.filter((path) -> path.toString().endsWith(".md")).sorted().map(ROOT::relativize).forEach(pages::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	/**
	 * Returns the text of a page.
	 * @param page the page, relative to the root
	 * @return its text
	 */
	public static String read(Path page) {
		try {
			return Files.readString(ROOT.resolve(page));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the text of a page.
	 * @param page the page, relative to the root, such as {@code docs/client.md}
	 * @return its text
	 */
	public static String read(String page) {
		return read(Path.of(page));
	}

	/**
	 * Returns the YAML block that follows a {@code <!-- config: name -->} marker.
	 * @param page the page, relative to the root
	 * @param name the marker's name
	 * @return the YAML
	 */
	public static String configExample(String page, String name) {
		Matcher matcher = Pattern
			.compile("<!-- config: " + Pattern.quote(name) + " -->\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
			.matcher(read(page));
		assertThat(matcher.find()).as("'%s' example in %s", name, page).isTrue();
		return matcher.group(1);
	}

	/**
	 * Whether the tests should rewrite the generated parts of the pages rather than fail
	 * ({@code -Ddocs.update=true}).
	 * @return whether to update the pages
	 */
	public static boolean update() {
		return Boolean.getBoolean("docs.update");
	}

	/**
	 * Writes a page, in update mode.
	 * @param page the page, relative to the root
	 * @param text its new text
	 */
	public static void write(Path page, String text) {
		try {
			Files.writeString(ROOT.resolve(page), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

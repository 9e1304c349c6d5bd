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

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the conventions that every model class follows.
 *
 * @author mparticle4j contributors
 */
class ModelConventionsTests {

	static Stream<Class<?>> modelClasses() {
		return Stream.concat(RandomModel.modelClasses(Batch.class).stream(),
				Stream.of(Event.class, AbstractConsentState.class));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void everyFieldHasAnExplicitSnakeCaseWireName(Class<?> type) {
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || type == UserIdentities.class) {
				continue;
			}
			JsonProperty property = field.getAnnotation(JsonProperty.class);
			assertThat(property).as(type.getSimpleName() + "." + field.getName()).isNotNull();
			assertThat(property.value()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelClasses")
	void classesAreFinalOrSealed(Class<?> type) {
		assertThat(Modifier.isFinal(type.getModifiers()) || type.isSealed()).as(type.getName()).isTrue();
	}

	@Test
	void outputOnlyFieldsCannotBeSet() {
		assertThat(wireNames(Batch.class)).doesNotContainAnyElementsOf(
				List.of("batch_id", "api_key", "api_keys", "source_info", "timestamp_unixtime_ms", "schema_version",
						"sdk_version", "job_id", "partner_identity", "attribution_info", "origin_mpid"));
		assertThat(wireNames(Event.class))
			.doesNotContainAnyElementsOf(List.of("event_id", "session_start_unixtime_ms", "event_start_unixtime_ms",
					"is_goal_defined", "lifetime_value_change", "event_system_notification_info"));
		assertThat(wireNames(AbstractConsentState.class)).doesNotContain("regulation");
	}

	@Test
	void javadocHasNoEmptyCodeSpans() throws IOException {
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/io/github/mparticle4j/model"))) {
			List<Path> files = sources.filter((path) -> path.toString().endsWith(".java")).toList();
			assertThat(files).hasSizeGreaterThan(40);
			for (Path file : files) {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContain("{@code }");
			}
		}
	}

	private static List<String> wireNames(Class<?> type) {
		return Arrays.stream(type.getDeclaredFields())
			.map((field) -> field.getAnnotation(JsonProperty.class))
			.filter((property) -> property != null)
			.map(JsonProperty::value)
			.toList();
	}

}

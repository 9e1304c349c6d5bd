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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.mparticle4j.model.Batch;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MParticleRuntimeHints}: each class of the model, found here
 * independently of the registrar, its fields and the other reflective needs have hints.
 *
 * @author mparticle4j contributors
 */
class MParticleRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	MParticleRuntimeHintsTests() {
		new MParticleRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void theRegistrarIsListedInAotFactories() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(MParticleRuntimeHints.class);
	}

	@Test
	void everyModelClassHasItsDeclaredMembersRegistered() {
		List<Class<?>> model = modelClasses();
		assertThat(model).as("the model classes").contains(Batch.class, Batch.Environment.class).hasSizeGreaterThan(40);
		for (Class<?> type : model) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS,
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS))
				.as(type.getName())
				.accepts(this.hints);
		}
	}

	@Test
	void everyFieldThatTheModelWriterReadsIsAccessible() {
		for (Class<?> type : modelClasses()) {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
					assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(field)).as(field.toString())
						.accepts(this.hints);
				}
			}
		}
	}

	@Test
	void theOutboxSchemasAreIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/mparticle4j/dispatcher/jdbc/schema-h2.sql"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("io/github/mparticle4j/dispatcher/jdbc/schema-postgresql.sql")).accepts(this.hints);
	}

	@Test
	void theClientVersionResourceIsIncluded() {
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/mparticle4j/client/version.properties"))
			.accepts(this.hints);
	}

	@Test
	void thePropertiesCanBeBound() throws Exception {
		assertThat(
				RuntimeHintsPredicates.reflection().onConstructorInvocation(MParticleProperties.class.getConstructor()))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(MParticleProperties.class, "setApiSecret"))
			.accepts(this.hints);
	}

	@Test
	void theSettingsOfEveryInputCanBeBound() throws Exception {
		for (Class<?> type : new Class<?>[] { MParticleInputProperties.class, MParticleInputProperties.Retry.class,
				MParticleInputProperties.Log.class, MParticleInputProperties.Dispatcher.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(type.getDeclaredConstructor()))
				.as(type.getName())
				.accepts(this.hints);
		}
		// the named inputs are map values: bound through the setters of their own type
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(MParticleInputProperties.class, "setApiKey"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(MParticleInputProperties.Dispatcher.class, "setFlushInterval")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(MParticleInputProperties.Retry.class, "setMaxAttempts")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(MParticleInputProperties.Log.class, "setIncludeData")).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(MParticleProperties.class, "getInputs"))
			.accepts(this.hints);
	}

	private static List<Class<?>> modelClasses() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(MParticleRuntimeHints.MODEL_PACKAGE)
			.stream()
			.filter((type) -> !type.isAnonymousClass() && !type.getSimpleName().equals("package-info"))
			.map(JavaClass::reflect)
			.toList();
	}

}

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

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Tests that the model depends on nothing but the JDK and Jackson's annotations, so that
 * it works with an application's Jackson 2 or Jackson 3 mapper.
 *
 * @author mparticle4j contributors
 */
class ModelArchitectureTests {

	private final JavaClasses model = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.mparticle4j.model");

	@Test
	void modelDependsOnlyOnTheJdkAndJacksonAnnotations() {
		// JSpecify's nullness annotations are allowed too: the JVM ignores annotations
		// whose
		// classes are missing, so they add no runtime dependency.
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.github.mparticle4j.model..", "java..", "com.fasterxml.jackson.annotation..",
					"org.jspecify.annotations..")
			.check(this.model);
	}

}

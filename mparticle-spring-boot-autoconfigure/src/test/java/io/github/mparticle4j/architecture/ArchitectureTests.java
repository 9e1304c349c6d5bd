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

package io.github.mparticle4j.architecture;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the module's classes against {@link ArchitectureRules}.
 *
 * @author mparticle4j contributors
 */
class ArchitectureTests {

	private static final String ROOT_PACKAGE = "io.github.mparticle4j";

	@TestFactory
	Stream<DynamicTest> productionClasses() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT_PACKAGE);
		return check(ArchitectureRules.production(ROOT_PACKAGE).stream(), classes);
	}

	@TestFactory
	Stream<DynamicTest> productionAndTestClasses() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
			.importPackages(ROOT_PACKAGE);
		return check(ArchitectureRules.productionAndTests().stream(), classes);
	}

	private Stream<DynamicTest> check(Stream<ArchRule> rules, JavaClasses classes) {
		return rules.map((rule) -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
	}

}

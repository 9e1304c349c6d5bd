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

package io.github.mparticle4j.test.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * The main rules of the autoconfigure module's {@code ArchitectureRules}, for this
 * module's classes.
 *
 * @author mparticle4j contributors
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.mparticle4j.test");

	@Test
	void packagesAreFreeOfCycles() {
		SlicesRuleDefinition.slices()
			.matching("io.github.mparticle4j.test.(**)")
			.should()
			.beFreeOfCycles()
			.check(this.classes);
	}

	@Test
	void autoConfigurationsArePublicFinalWithoutPublicMembers() {
		classes().that()
			.areAnnotatedWith(AutoConfiguration.class)
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL)
			.check(this.classes);
		members().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(AutoConfiguration.class)
			.and(DescribedPredicate.describe("aren't default constructors or constants",
					(JavaMember member) -> !isDefaultConstructorOrConstant(member)))
			.should()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void beanMethodsReturnNoPrivateTypes() {
		methods().that()
			.areAnnotatedWith(Bean.class)
			.should()
			.haveRawReturnType(DescribedPredicate.describe("a non-private type",
					(type) -> !type.getModifiers().contains(JavaModifier.PRIVATE)))
			.check(this.classes);
	}

	@Test
	void conditionalOnMissingBeanDoesNotNameOnlyTheReturnType() {
		methods().that()
			.areAnnotatedWith(ConditionalOnMissingBean.class)
			.should(new ArchCondition<>("not name only the method's return type, which is the default") {

				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					ConditionalOnMissingBean condition = method.getAnnotationOfType(ConditionalOnMissingBean.class);
					if (condition.type().length == 0 && condition.name().length == 0 && condition.value().length == 1
							&& condition.value()[0].getName().equals(method.getRawReturnType().getName())) {
						events.add(
								SimpleConditionEvent.violated(method, method.getFullName() + " names its return type"));
					}
				}

			})
			.check(this.classes);
	}

	private static boolean isDefaultConstructorOrConstant(JavaMember member) {
		if (member instanceof JavaConstructor constructor) {
			return constructor.getParameters().isEmpty();
		}
		return member instanceof JavaField field && field.getModifiers().contains(JavaModifier.STATIC)
				&& field.getModifiers().contains(JavaModifier.FINAL);
	}

}

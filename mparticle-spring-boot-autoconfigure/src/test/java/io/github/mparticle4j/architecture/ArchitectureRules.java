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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The architecture rules of Spring Boot's build ({@code ArchitectureRules} in its
 * {@code buildSrc}) that fit a library, plus one of our own about conditions without a
 * type. {@code ArchitectureTests} in the test module repeats the main ones.
 *
 * @author mparticle4j contributors
 */
final class ArchitectureRules {

	private static final String AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.AutoConfiguration";

	private static final String BEAN = "org.springframework.context.annotation.Bean";

	private static final String CONDITION = "org.springframework.boot.autoconfigure.condition.";

	private static final String CONFIGURATION_PROPERTIES = "org.springframework.boot.context.properties."
			+ "ConfigurationProperties";

	private ArchitectureRules() {
	}

	/**
	 * Rules for the production classes of a module.
	 * @param rootPackage the root package of the project
	 * @return the rules
	 */
	static List<ArchRule> production(String rootPackage) {
		return List.of(topLevelPackagesAreFreeOfCycles(rootPackage), packagesAreFreeOfCycles(rootPackage),
				autoConfigurationsArePublicAndFinal(), autoConfigurationsHaveNoPublicMembers(),
				beanMethodsAreNotPublic(), beanMethodsDoNotReturnPrivateTypes(), beanMethodsAreNotConditionalOnClass(),
				conditionalOnMissingBeanDoesNotNameOnlyTheReturnType(),
				conditionsWithoutATypeAreOnlyOnMethodsWhoseReturnTypeIsMeant(rootPackage),
				beanPostProcessorBeanMethodsAreStatic(), conditionsAreNotPublic(),
				configurationPropertiesUseValueNotPrefix(), clientDoesNotDependOnDispatcher(rootPackage),
				modelDependsOnNeitherClientNorDispatcher(rootPackage),
				onlyClientAndDispatcherUseTheInternalPackage(rootPackage),
				onlyTheDispatcherUsesItsInternalPackage(rootPackage));
	}

	/**
	 * Rules for the production and the test classes of a module.
	 * @return the rules
	 */
	static List<ArchRule> productionAndTests() {
		return List.of(noClassesCallCollectorsToList(), noClassesChangeCaseWithoutALocale(),
				noClassesCallStepVerifierVerifyComplete());
	}

	static ArchRule topLevelPackagesAreFreeOfCycles(String rootPackage) {
		return SlicesRuleDefinition.slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
	}

	/**
	 * No cycles between packages, where an {@code internal} package counts as part of its
	 * parent: {@code client.internal} holds what the client shares with the dispatcher,
	 * and works with the client's public types (its results, exceptions and violations)
	 * as the client works with it.
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule packagesAreFreeOfCycles(String rootPackage) {
		return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {

			@Override
			public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
				String name = javaClass.getPackageName();
				if (!name.startsWith(rootPackage + ".")) {
					return SliceIdentifier.ignore();
				}
				return SliceIdentifier.of(name.endsWith(".internal") ? name.substring(0, name.lastIndexOf('.')) : name);
			}

			@Override
			public String getDescription() {
				return "packages, each with its internal package";
			}

		}).should().beFreeOfCycles();
	}

	/**
	 * The one-call client is a product of its own: the dispatcher is built on it, never
	 * the other way round.
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule clientDoesNotDependOnDispatcher(String rootPackage) {
		return ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(rootPackage + ".client..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + ".dispatcher..");
	}

	/**
	 * The model is plain data that any transport can send.
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule modelDependsOnNeitherClientNorDispatcher(String rootPackage) {
		return ArchRuleDefinition.noClasses()
			.that()
			.resideInAPackage(rootPackage + ".model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(rootPackage + ".client..", rootPackage + ".dispatcher..");
	}

	/**
	 * {@code client.internal} is shared by the client and the dispatcher only; the
	 * auto-configuration, health and anything else use their public API, and only the one
	 * duration formatter, {@code Durations}, so that every text the starter writes gives
	 * durations alike.
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule onlyClientAndDispatcherUseTheInternalPackage(String rootPackage) {
		String internal = rootPackage + ".client.internal";
		return ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackages(rootPackage + ".client..", rootPackage + ".dispatcher..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage(internal + "..")
				.and(DescribedPredicate.not(HasName.Predicates.name(internal + ".Durations"))));
	}

	/**
	 * What the dispatcher's stores share ({@code dispatcher.internal}) is the
	 * dispatcher's alone.
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule onlyTheDispatcherUsesItsInternalPackage(String rootPackage) {
		return ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackage(rootPackage + ".dispatcher..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(rootPackage + ".dispatcher.internal..");
	}

	static ArchRule autoConfigurationsArePublicAndFinal() {
		return ArchRuleDefinition.classes()
			.that(areAutoConfigurations())
			.should()
			.bePublic()
			.andShould()
			.haveModifier(JavaModifier.FINAL);
	}

	static ArchRule autoConfigurationsHaveNoPublicMembers() {
		return ArchRuleDefinition.members()
			.that(areDeclaredInOrInsideAnAutoConfiguration())
			.and(describe("aren't default constructors", (member) -> !isDefaultConstructor(member)))
			.and(describe("aren't constants", (member) -> !isConstant(member)))
			.and(describe("don't override public methods", (member) -> !overridesPublicMethod(member)))
			.should()
			.notBePublic();
	}

	static ArchRule beanMethodsAreNotPublic() {
		return ArchRuleDefinition.methods().that().areAnnotatedWith(BEAN).should().notBePublic();
	}

	static ArchRule beanMethodsDoNotReturnPrivateTypes() {
		return ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(BEAN)
			.should(check("not return private types, which Spring AOT cannot handle", (method, events) -> {
				JavaClass returnType = method.getRawReturnType();
				if (returnType.getModifiers().contains(JavaModifier.PRIVATE)) {
					violated(events, method, method.getDescription() + " returns private " + returnType.getName());
				}
			}));
	}

	static ArchRule beanMethodsAreNotConditionalOnClass() {
		return ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(BEAN)
			.should()
			.notBeAnnotatedWith(CONDITION + "ConditionalOnClass")
			.because("the method's signature is loaded anyway: put the condition on a nested configuration class");
	}

	static ArchRule conditionalOnMissingBeanDoesNotNameOnlyTheReturnType() {
		return ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(CONDITION + "ConditionalOnMissingBean")
			.should(check("not name only the method's return type, which is the default", (method, events) -> {
				JavaAnnotation<JavaMethod> condition = method
					.getAnnotationOfType(CONDITION + "ConditionalOnMissingBean");
				Map<String, Object> properties = condition.getProperties();
				Object value = properties.get("value");
				if (isEmpty(properties.get("type")) && isEmpty(properties.get("name"))
						&& value instanceof JavaClass[] types && types.length == 1
						&& types[0].equals(method.getRawReturnType())) {
					violated(events, method, condition.getDescription() + " on " + method.getDescription()
							+ " names only the method's return type: leave it empty");
				}
			}))
			.allowEmptyShould(true);
	}

	/**
	 * A {@code @ConditionalOnMissingBean} or {@code @ConditionalOnBean} without a type
	 * deduces the method's return type. On a {@code @ConditionalOnBean} that is the bean
	 * being defined, never what is meant; on a {@code @ConditionalOnMissingBean} it is
	 * wrong when the return type is an implementation of one of the project's interfaces
	 * (a user's own implementation would not make the bean back off).
	 * @param rootPackage the root package of the project
	 * @return the rule
	 */
	static ArchRule conditionsWithoutATypeAreOnlyOnMethodsWhoseReturnTypeIsMeant(String rootPackage) {
		return ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(BEAN)
			.should(check("name the type of @ConditionalOnBean, and of @ConditionalOnMissingBean when the return type "
					+ "implements one of the project's interfaces", (method, events) -> {
						if (hasConditionWithoutType(method, "ConditionalOnBean")) {
							violated(events, method, "@ConditionalOnBean on " + method.getDescription()
									+ " names no type, so it looks for the bean being defined");
						}
						if (hasConditionWithoutType(method, "ConditionalOnMissingBean")) {
							Set<String> interfaces = method.getRawReturnType()
								.getAllRawInterfaces()
								.stream()
								.map(JavaClass::getName)
								.filter((name) -> name.startsWith(rootPackage + "."))
								.collect(Collectors.toSet());
							if (!interfaces.isEmpty()) {
								violated(events, method, "@ConditionalOnMissingBean on " + method.getDescription()
										+ " deduces " + method.getRawReturnType().getName() + ": name " + interfaces);
							}
						}
					}));
	}

	static ArchRule beanPostProcessorBeanMethodsAreStatic() {
		return ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(BEAN)
			.and()
			.haveRawReturnType(
					JavaClass.Predicates.assignableTo("org.springframework.beans.factory.config.BeanPostProcessor")
						.or(JavaClass.Predicates
							.assignableTo("org.springframework.beans.factory.config.BeanFactoryPostProcessor")))
			.should()
			.beStatic()
			.allowEmptyShould(true);
	}

	static ArchRule conditionsAreNotPublic() {
		return ArchRuleDefinition.noClasses()
			.that()
			.areAssignableTo(CONDITION + "SpringBootCondition")
			.and()
			.doNotHaveModifier(JavaModifier.ABSTRACT)
			.should()
			.bePublic()
			.allowEmptyShould(true);
	}

	static ArchRule configurationPropertiesUseValueNotPrefix() {
		return ArchRuleDefinition.classes()
			.that()
			.areAnnotatedWith(CONFIGURATION_PROPERTIES)
			.should(check("use the value attribute of @ConfigurationProperties, not prefix", (type, events) -> {
				Map<String, Object> properties = type.getAnnotationOfType(CONFIGURATION_PROPERTIES).getProperties();
				if (!"".equals(properties.getOrDefault("prefix", ""))) {
					violated(events, type, type.getName() + " uses prefix");
				}
			}))
			.allowEmptyShould(true);
	}

	static ArchRule noClassesCallCollectorsToList() {
		return ArchRuleDefinition.noClasses()
			.should()
			.callMethod(Collectors.class, "toList")
			.because("Stream.toList() should be used instead");
	}

	static ArchRule noClassesChangeCaseWithoutALocale() {
		return ArchRuleDefinition.noClasses()
			.should()
			.callMethod(String.class, "toLowerCase")
			.orShould()
			.callMethod(String.class, "toUpperCase")
			.because("toLowerCase(Locale.ROOT) and toUpperCase(Locale.ROOT) should be used instead");
	}

	static ArchRule noClassesCallStepVerifierVerifyComplete() {
		return ArchRuleDefinition.noClasses()
			.should()
			.callMethodWhere(describe("the target is StepVerifier's verifyComplete()",
					(call) -> call.getTarget().getName().equals("verifyComplete")
							&& call.getTargetOwner().getName().startsWith("reactor.test.StepVerifier")))
			.because("it can block indefinitely: expectComplete().verify(Duration) should be used instead");
	}

	private static DescribedPredicate<JavaClass> areAutoConfigurations() {
		return describe("are @AutoConfiguration classes",
				(type) -> !type.isAnnotation() && type.isAnnotatedWith(AUTO_CONFIGURATION));
	}

	private static DescribedPredicate<JavaMember> areDeclaredInOrInsideAnAutoConfiguration() {
		return describe("are declared in or inside an @AutoConfiguration class", (member) -> {
			JavaClass type = member.getOwner();
			while (type != null) {
				if (areAutoConfigurations().test(type)) {
					return true;
				}
				type = type.getEnclosingClass().orElse(null);
			}
			return false;
		});
	}

	private static boolean isDefaultConstructor(JavaMember member) {
		return member instanceof JavaConstructor constructor && constructor.getParameters().isEmpty();
	}

	private static boolean isConstant(JavaMember member) {
		return member instanceof JavaField field && field.getModifiers().contains(JavaModifier.STATIC)
				&& field.getModifiers().contains(JavaModifier.FINAL);
	}

	private static boolean overridesPublicMethod(JavaMember member) {
		if (!(member instanceof JavaMethod method)) {
			return false;
		}
		JavaClass owner = method.getOwner();
		return Stream.concat(owner.getAllRawSuperclasses().stream(), owner.getAllRawInterfaces().stream())
			.flatMap((type) -> type.getMethods().stream())
			.anyMatch((candidate) -> candidate.getModifiers().contains(JavaModifier.PUBLIC)
					&& candidate.getName().equals(method.getName())
					&& candidate.getRawParameterTypes().equals(method.getRawParameterTypes()));
	}

	private static boolean hasConditionWithoutType(JavaMethod method, String condition) {
		if (!method.isAnnotatedWith(CONDITION + condition)) {
			return false;
		}
		Map<String, Object> properties = method.getAnnotationOfType(CONDITION + condition).getProperties();
		return Stream.of("value", "type", "name", "annotation").allMatch((name) -> isEmpty(properties.get(name)));
	}

	private static boolean isEmpty(Object property) {
		return property == null || (property instanceof Object[] array && array.length == 0);
	}

	private static <T> DescribedPredicate<T> describe(String description, Predicate<T> predicate) {
		return DescribedPredicate.describe(description, predicate);
	}

	private static <T> ArchCondition<T> check(String description, BiConsumer<T, ConditionEvents> check) {
		return new ArchCondition<>(description) {

			@Override
			public void check(T item, ConditionEvents events) {
				check.accept(item, events);
			}

		};
	}

	private static void violated(ConditionEvents events, Object item, String message) {
		events.add(SimpleConditionEvent.violated(item, message));
	}

}

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for a native image, registered in
 * {@code META-INF/spring/aot.factories}:
 * <ul>
 * <li>every class of the model ({@code io.github.mparticle4j.model}, nested classes and
 * enums included), which Jackson reads and writes by reflection and the client's
 * {@code ModelWriter} reads with method handles on the declared fields (and through the
 * {@code @JsonValue} methods it looks up): their declared fields, constructors and
 * methods, and Jackson's binding hints;</li>
 * <li>the client's {@code version.properties}, read for the {@code User-Agent};</li>
 * <li>the outbox's DDL ({@code io/github/mparticle4j/dispatcher/jdbc/schema-*.sql}),
 * which {@code dispatcher.jdbc.initialize-schema} runs;</li>
 * <li>{@link MParticleProperties} and the types it binds, for the binder: the
 * {@link MParticleInputProperties} of each named input (map values) and their nested
 * retry, log and dispatcher groups.</li>
 * </ul>
 * The model's classes are found on the class path when the hints are registered (at build
 * time), so that a new model class is never left out.
 *
 * @author mparticle4j contributors
 */
class MParticleRuntimeHints implements RuntimeHintsRegistrar {

	static final String MODEL_PACKAGE = Batch.class.getPackageName();

	private static final MemberCategory[] MODEL_MEMBERS = { MemberCategory.ACCESS_DECLARED_FIELDS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS };

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		for (Class<?> type : modelClasses(classLoader)) {
			hints.reflection().registerType(type, MODEL_MEMBERS);
			binding.registerReflectionHints(hints.reflection(), type);
		}
		hints.resources().registerPattern("io/github/mparticle4j/client/version.properties");
		// the outbox's DDL, which dispatcher.jdbc.initialize-schema runs
		hints.resources().registerPattern("io/github/mparticle4j/dispatcher/jdbc/schema-*.sql");
		BindableRuntimeHintsRegistrar.forTypes(MParticleProperties.class).registerHints(hints, classLoader);
	}

	/**
	 * Finds the classes of the model package on the class path: top-level and nested
	 * ones, not anonymous ones nor {@code package-info}.
	 * @param classLoader the class loader to look with
	 * @return the classes
	 */
	static List<Class<?>> modelClasses(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(resolver);
		List<Class<?>> classes = new ArrayList<>();
		try {
			for (Resource resource : resolver
				.getResources("classpath*:" + ClassUtils.convertClassNameToResourcePath(MODEL_PACKAGE) + "/*.class")) {
				MetadataReader reader = readers.getMetadataReader(resource);
				String name = reader.getClassMetadata().getClassName();
				if (!name.endsWith(".package-info") && !reader.getClassMetadata().isAnnotation()
						&& !name.matches(".*\\$\\d+.*")) {
					classes.add(ClassUtils.forName(name, classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Cannot load a class of " + MODEL_PACKAGE, ex);
		}
		return classes;
	}

}

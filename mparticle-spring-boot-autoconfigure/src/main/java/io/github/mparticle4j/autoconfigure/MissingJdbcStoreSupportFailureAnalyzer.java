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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failure caused by an input whose dispatcher is to keep its batches
 * in the application's database without the means to: what to add, or which property to
 * change.
 *
 * @author mparticle4j contributors
 */
class MissingJdbcStoreSupportFailureAnalyzer extends AbstractFailureAnalyzer<MissingJdbcStoreSupportException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingJdbcStoreSupportException cause) {
		String property = cause.getProperty();
		if (cause.isJdbcPresent()) {
			return new FailureAnalysis(
					property + "=jdbc keeps the mParticle dispatcher's batches in a table of "
							+ "the application's DataSource, but the application has no single DataSource bean.",
					"Configure a DataSource (spring.datasource.url, or H2 on the class path for an embedded one), "
							+ "mark one of several @Primary, or set " + property + "=memory.",
					cause);
		}
		return new FailureAnalysis(
				property + "=jdbc keeps the mParticle dispatcher's batches in a table of the application's "
						+ "DataSource, but spring-jdbc is not on the class path.",
				"Add org.springframework.boot:spring-boot-starter-jdbc (or spring-boot-starter-data-jpa, which "
						+ "brings it) and a database driver to the application's dependencies, or set " + property
						+ "=memory.",
				cause);
	}

}

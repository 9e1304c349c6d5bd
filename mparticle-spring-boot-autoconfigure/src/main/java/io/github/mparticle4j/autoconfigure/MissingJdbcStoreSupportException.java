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

/**
 * Thrown when an input's dispatcher is to keep its batches in the application's database
 * ({@code dispatcher.store=jdbc}) but the application has no JDBC support or no single
 * {@code DataSource}.
 *
 * @author mparticle4j contributors
 */
class MissingJdbcStoreSupportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final boolean jdbcPresent;

	MissingJdbcStoreSupportException(String property, boolean jdbcPresent) {
		super(property + "=jdbc needs " + (jdbcPresent ? "one DataSource bean (or a @Primary one)"
				: "spring-jdbc on the class path (org.springframework.boot:spring-boot-starter-jdbc)"));
		this.property = property;
		this.jdbcPresent = jdbcPresent;
	}

	/**
	 * Returns the property that asks for the JDBC store.
	 * @return the full property name
	 */
	String getProperty() {
		return this.property;
	}

	/**
	 * Tells whether spring-jdbc is on the class path, so that only a data source is
	 * missing.
	 * @return whether it is present
	 */
	boolean isJdbcPresent() {
		return this.jdbcPresent;
	}

}

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

package io.github.mparticle4j.dispatcher.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The outbox table of a {@link JdbcBatchStore}: the DDL shipped in this jar for each
 * supported database, and the rule for table names.
 * <p>
 * The scripts are on the class path at
 * {@code io/github/mparticle4j/dispatcher/jdbc/schema-postgresql.sql} and
 * {@code io/github/mparticle4j/dispatcher/jdbc/schema-h2.sql}, written for the default
 * table name, {@value #DEFAULT_TABLE_NAME}; every table, constraint and index name in
 * them starts with it. For another table name, every occurrence of
 * {@value #DEFAULT_TABLE_NAME} is replaced with that name
 * ({@link #script(Database, String)} does so). Flyway and Liquibase users copy a script
 * into a migration of their own, with the name replaced by hand if they chose another. A
 * table name is a plain SQL identifier (a schema is chosen through the connection, such
 * as PostgreSQL's {@code search_path}).
 *
 * @author mparticle4j contributors
 */
public final class JdbcBatchStoreSchema {

	/**
	 * The table name used when none is configured.
	 */
	public static final String DEFAULT_TABLE_NAME = "mparticle_outbox";

	/**
	 * The longest table name: its index names, 12 characters longer, must stay within
	 * PostgreSQL's 63.
	 */
	public static final int MAX_TABLE_NAME_LENGTH = 48;

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern DEFAULT_NAME = Pattern.compile("\\b" + DEFAULT_TABLE_NAME);

	private JdbcBatchStoreSchema() {
	}

	/**
	 * The databases whose DDL this jar ships.
	 */
	public enum Database {

		/**
		 * PostgreSQL 12 or later ({@code FOR UPDATE SKIP LOCKED}, partial indexes).
		 */
		POSTGRESQL("schema-postgresql.sql"),

		/**
		 * H2 2.x ({@code FOR UPDATE SKIP LOCKED} since 2.2).
		 */
		H2("schema-h2.sql");

		private final String fileName;

		Database(String fileName) {
			this.fileName = fileName;
		}

		/**
		 * Returns where the script is on the class path.
		 * @return the resource path, without a leading slash
		 */
		public String location() {
			return "io/github/mparticle4j/dispatcher/jdbc/" + this.fileName;
		}

		/**
		 * Returns the database of a JDBC connection's product name, as
		 * {@code DatabaseMetaData.getDatabaseProductName()} gives it.
		 * @param productName the product name
		 * @return the database
		 * @throws IllegalArgumentException if the database is not supported
		 */
		public static Database ofProductName(String productName) {
			String name = productName.toLowerCase(Locale.ROOT);
			if (name.contains("postgresql")) {
				return POSTGRESQL;
			}
			if (name.equals("h2")) {
				return H2;
			}
			throw new IllegalArgumentException(
					"The JDBC batch store supports " + Arrays.toString(values()) + ", not '" + productName + "'");
		}

	}

	/**
	 * Returns the DDL that creates the outbox table, if it does not exist, under a name.
	 * @param database the database
	 * @param tableName the table name, checked with {@link #validateTableName(String)}
	 * @return the script: statements separated by semicolons
	 */
	public static String script(Database database, String tableName) {
		validateTableName(tableName);
		try (InputStream input = JdbcBatchStoreSchema.class.getClassLoader().getResourceAsStream(database.location())) {
			Assert.state(input != null, () -> "The schema " + database.location() + " is missing from the class path");
			String script = new String(input.readAllBytes(), StandardCharsets.UTF_8);
			return DEFAULT_NAME.matcher(script).replaceAll(tableName);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The schema " + database.location() + " could not be read", ex);
		}
	}

	/**
	 * Creates the outbox table and its indexes in a database, unless they exist. Several
	 * instances of an application may call it at once.
	 * @param dataSource the database
	 * @param tableName the table name, checked with {@link #validateTableName(String)}
	 */
	public static void create(DataSource dataSource, String tableName) {
		Database database = database(dataSource);
		JdbcClient client = JdbcClient.create(dataSource);
		for (String statement : statements(script(database, tableName))) {
			try {
				client.sql(statement).update();
			}
			catch (DataAccessException ex) {
				// PostgreSQL's IF NOT EXISTS is not safe against a creation that commits
				// meanwhile (a duplicate key in its catalog): once that one has
				// committed,
				// the statement finds what it creates
				client.sql(statement).update();
			}
		}
	}

	/**
	 * Returns the supported database behind a data source.
	 * @param dataSource the data source
	 * @return the database
	 * @throws IllegalArgumentException if the database is not supported
	 */
	public static Database database(DataSource dataSource) {
		try {
			String productName = JdbcUtils.extractDatabaseMetaData(dataSource,
					(metaData) -> metaData.getDatabaseProductName());
			return Database.ofProductName(productName);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("The JDBC batch store could not read the database's name", ex);
		}
	}

	/**
	 * Checks a table name: a plain SQL identifier of letters, digits and underscores, not
	 * starting with a digit, at most {@value #MAX_TABLE_NAME_LENGTH} characters.
	 * @param tableName the name
	 * @return the name
	 * @throws IllegalArgumentException naming the rule the name breaks
	 */
	public static String validateTableName(String tableName) {
		Assert.isTrue(StringUtils.hasLength(tableName), "'tableName' must not be empty");
		Assert.isTrue(IDENTIFIER.matcher(tableName).matches(), () -> "'tableName' must be a plain SQL identifier "
				+ "(letters, digits and underscores, not starting with a digit), not '" + tableName + "'");
		Assert.isTrue(tableName.length() <= MAX_TABLE_NAME_LENGTH, () -> "'tableName' must be at most "
				+ MAX_TABLE_NAME_LENGTH + " characters, not " + tableName.length() + " ('" + tableName + "')");
		return tableName;
	}

	private static String[] statements(String script) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : script.split("\n")) {
			if (!line.stripLeading().startsWith("--")) {
				withoutComments.append(line).append('\n');
			}
		}
		return Arrays.stream(withoutComments.toString().split(";"))
			.map(String::strip)
			.filter(StringUtils::hasText)
			.toArray(String[]::new);
	}

}

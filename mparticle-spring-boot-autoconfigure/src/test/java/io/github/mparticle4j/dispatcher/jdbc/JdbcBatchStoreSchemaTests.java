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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JDBC store's schema scripts, table names and builder checks.
 *
 * @author mparticle4j contributors
 */
class JdbcBatchStoreSchemaTests {

	@Test
	void scriptsShipInTheJarUnderTheDocumentedPaths() {
		assertThat(Database.POSTGRESQL.location())
			.isEqualTo("io/github/mparticle4j/dispatcher/jdbc/schema-postgresql.sql");
		assertThat(Database.H2.location()).isEqualTo("io/github/mparticle4j/dispatcher/jdbc/schema-h2.sql");
		for (Database database : Database.values()) {
			assertThat(getClass().getClassLoader().getResource(database.location())).isNotNull();
		}
	}

	@Test
	void aCustomTableNameReplacesEveryNameInTheScript() {
		for (Database database : Database.values()) {
			String script = JdbcBatchStoreSchema.script(database, "events_outbox");
			assertThat(script).doesNotContain("mparticle_outbox")
				.contains("CREATE TABLE IF NOT EXISTS events_outbox (")
				.contains("events_outbox_pending_idx ON events_outbox");
		}
	}

	@Test
	void theDefaultScriptIsTheShippedFile() throws Exception {
		try (InputStream input = getClass().getClassLoader().getResourceAsStream(Database.H2.location())) {
			assertThat(JdbcBatchStoreSchema.script(Database.H2, "mparticle_outbox"))
				.isEqualTo(new String(input.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void tableNamesArePlainIdentifiers() {
		assertThat(JdbcBatchStoreSchema.validateTableName("_outbox_2")).isEqualTo("_outbox_2");
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcBatchStoreSchema.validateTableName("outbox; DROP"))
			.withMessage("'tableName' must be a plain SQL identifier (letters, digits and underscores, not starting "
					+ "with a digit), not 'outbox; DROP'");
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcBatchStoreSchema.validateTableName("app.outbox"))
			.withMessageContaining("plain SQL identifier");
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcBatchStoreSchema.validateTableName("1outbox"))
			.withMessageContaining("not starting with a digit");
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcBatchStoreSchema.validateTableName(""))
			.withMessage("'tableName' must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcBatchStoreSchema.validateTableName("o".repeat(49)))
			.withMessageStartingWith("'tableName' must be at most 48 characters, not 49");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().tableName("outbox-1"))
			.withMessageContaining("'tableName' must be a plain SQL identifier");
	}

	@Test
	void databasesAreKnownByTheirProductNames() {
		assertThat(Database.ofProductName("PostgreSQL")).isEqualTo(Database.POSTGRESQL);
		assertThat(Database.ofProductName("H2")).isEqualTo(Database.H2);
		assertThatIllegalArgumentException().isThrownBy(() -> Database.ofProductName("MySQL"))
			.withMessage("The JDBC batch store supports [POSTGRESQL, H2], not 'MySQL'");
	}

	@Test
	void builderChecksItsSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().maxBatches(0))
			.withMessage("'maxBatches' must be positive, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().maxBytes(-1))
			.withMessage("'maxBytes' must be positive, not -1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().leaseDuration(Duration.ZERO))
			.withMessage("'leaseDuration' must be positive, not PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().blockTimeout(Duration.ofSeconds(-1)))
			.withMessage("'blockTimeout' must not be negative, not PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().input(" "))
			.withMessage("'input' must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> builder().instanceId("i".repeat(101)))
			.withMessage("'instanceId' must be at most 100 characters");
	}

	@Test
	void instancesThatStartTogetherOnOnePostgreSqlAllCreateTheTable() {
		// PostgreSQL's IF NOT EXISTS fails on a creation that commits meanwhile
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			createTogether(threads);
		}
		finally {
			threads.shutdown();
		}
	}

	private static void createTogether(ExecutorService threads) {
		for (int round = 0; round < 5; round++) {
			String table = TestDatabases.uniqueTable();
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Void>> instances = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				DataSource dataSource = TestDatabases.postgresDataSource();
				instances.add(CompletableFuture.runAsync(() -> {
					awaitQuietly(start);
					JdbcBatchStoreSchema.create(dataSource, table);
				}, threads));
			}
			start.countDown();
			assertThat(CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)))
				.succeedsWithin(Duration.ofSeconds(60));
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static JdbcBatchStore.Builder builder() {
		return JdbcBatchStore.builder(TestDatabases.h2());
	}

}

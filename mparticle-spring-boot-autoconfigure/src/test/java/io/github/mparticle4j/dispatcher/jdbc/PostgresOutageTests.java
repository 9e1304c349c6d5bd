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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.BatchStore.Append;
import io.github.mparticle4j.dispatcher.BatchStoreException;
import io.github.mparticle4j.dispatcher.StoredBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A {@link JdbcBatchStore} whose PostgreSQL server stops and starts again, on its own
 * server so that the other tests keep theirs.
 *
 * @author mparticle4j contributors
 */
class PostgresOutageTests {

	private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");

	@TempDir
	Path data;

	@Test
	void whileTheDatabaseIsDownAppendsAndClaimsFailClearlyAndNothingIsLostOrHalfWritten() throws IOException {
		try (StoppablePostgres postgres = new StoppablePostgres(this.data)) {
			DataSource dataSource = postgres.dataSource();
			JdbcBatchStoreSchema.create(dataSource, "outbox");
			RecordingListener listener = new RecordingListener();
			MutableClock clock = new MutableClock(NOW);
			JdbcBatchStore store = JdbcBatchStore.builder(dataSource).tableName("outbox").clock(clock).build();
			store.open(listener);
			store.append(JdbcBatchStoreContractTests.batch("before", 1));
			List<StoredBatch> inFlight = store.claim(10, 1_000_000, NOW);
			assertThat(inFlight).hasSize(1);
			store.append(JdbcBatchStoreContractTests.batch("waiting", 2));

			postgres.stop();
			assertThatExceptionOfType(BatchStoreException.class)
				.isThrownBy(() -> store.append(JdbcBatchStoreContractTests.batch("during", 3)))
				.withMessage("The JDBC batch store of input 'default' (table outbox) could not append a batch");
			assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> store.claim(10, 1_000_000, NOW))
				.withMessage("The JDBC batch store of input 'default' (table outbox) could not claim batches");
			assertThatExceptionOfType(BatchStoreException.class).isThrownBy(() -> store.acknowledge(inFlight))
				.withMessage(
						"The JDBC batch store of input 'default' (table outbox) could not remove delivered batches");
			assertThat(store.backlog(NOW).batches()).as("answered from what it last saw").isEqualTo(2);

			postgres.start();
			assertThat(
					JdbcClient.create(dataSource).sql("SELECT id FROM outbox ORDER BY seq").query(String.class).list())
				.containsExactly("before", "waiting");
			assertThat(store.append(JdbcBatchStoreContractTests.batch("after", 3))).isEqualTo(Append.APPENDED);
			assertThat(JdbcBatchStoreContractTests.ids(store.claim(10, 1_000_000, NOW)))
				.as("the batch whose acknowledgement failed stays claimed until its lease ends")
				.containsExactly("waiting", "after");
			clock.advance(JdbcBatchStore.DEFAULT_LEASE_DURATION);
			assertThat(JdbcBatchStoreContractTests.ids(store.claim(10, 1_000_000, clock.instant())))
				.as("sent again, with the same id, once its lease ended")
				.containsExactly("before");
		}
	}

}

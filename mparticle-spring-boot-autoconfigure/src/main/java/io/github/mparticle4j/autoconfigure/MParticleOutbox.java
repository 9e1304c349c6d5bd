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

import java.util.Map;
import java.util.Set;

import io.github.mparticle4j.dispatcher.jdbc.DeadBatches;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The outbox of the inputs whose dispatcher keeps its batches in a table of the
 * application's database ({@code mparticle.dispatcher.store=jdbc}, or
 * {@code mparticle.inputs.<name>.dispatcher.store=jdbc}): their dead batches, to list,
 * replay or purge, and their statistics. Auto-configured where spring-jdbc is on the
 * class path, with no input at all when every input keeps its batches in memory.
 * <p>
 * The default input is named {@code default}, the others as in
 * {@code mparticle.inputs.<name>}. The inputs' dispatchers are created, if they are not
 * yet (a lazily initialized application), the first time this bean is asked. May be used
 * from any thread; it holds no state of its own.
 *
 * @author mparticle4j contributors
 */
public final class MParticleOutbox {

	private final JdbcInputStores stores;

	private final ObjectProvider<MParticleInputs> inputs;

	private volatile boolean dispatchersCreated;

	MParticleOutbox(JdbcInputStores stores, ObjectProvider<MParticleInputs> inputs) {
		this.stores = stores;
		this.inputs = inputs;
	}

	/**
	 * Returns the names of the inputs whose dispatcher keeps its batches in the outbox.
	 * @return the names, {@code default} for the default input; empty if none does
	 */
	public Set<String> inputs() {
		return stores().keySet();
	}

	/**
	 * Returns the dead batches of an input.
	 * @param input the input's name, {@code default} for the default input
	 * @return its dead batches
	 * @throws IllegalArgumentException if the input does not keep its batches in the
	 * outbox
	 */
	public DeadBatches deadBatches(String input) {
		return store(input).deadBatches();
	}

	/**
	 * Returns what the store of an input knows of its rows: pending, the age of the
	 * oldest, dead. It does not query the database; see
	 * {@link JdbcBatchStore#statistics()}.
	 * @param input the input's name, {@code default} for the default input
	 * @return its statistics
	 * @throws IllegalArgumentException if the input does not keep its batches in the
	 * outbox
	 */
	public JdbcBatchStore.Statistics statistics(String input) {
		return store(input).statistics();
	}

	/**
	 * Returns the outbox table of an input.
	 * @param input the input's name, {@code default} for the default input
	 * @return the table's name
	 * @throws IllegalArgumentException if the input does not keep its batches in the
	 * outbox
	 */
	public String tableName(String input) {
		return store(input).tableName();
	}

	/**
	 * Returns the store of an input, if it keeps its batches in the outbox.
	 * @param input the input's name
	 * @return the store, or {@code null}
	 */
	@Nullable JdbcBatchStore findStore(String input) {
		return stores().get(input);
	}

	private JdbcBatchStore store(String input) {
		Map<String, JdbcBatchStore> stores = stores();
		JdbcBatchStore store = stores.get(input);
		if (store == null) {
			throw new IllegalArgumentException("The mParticle input '" + input
					+ "' does not keep its batches in the outbox (dispatcher.store=jdbc); the inputs that do are "
					+ stores.keySet());
		}
		return store;
	}

	private Map<String, JdbcBatchStore> stores() {
		createDispatchers();
		return this.stores.stores();
	}

	// the stores are made with the dispatchers
	private void createDispatchers() {
		if (this.dispatchersCreated) {
			return;
		}
		MParticleInputs inputs = this.inputs.getIfAvailable();
		if (inputs != null) {
			inputs.getDefaultDispatcher();
			for (String name : inputs.names()) {
				try {
					inputs.getDispatcher(name);
				}
				catch (IllegalStateException ex) {
					// the input has no dispatcher
				}
			}
		}
		this.dispatchersCreated = true;
	}

}

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

import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;

/**
 * Records the metrics of the auto-configured outbox stores. Its signatures name no
 * Micrometer type, so that the classes that use it load without Micrometer.
 *
 * @author mparticle4j contributors
 */
interface OutboxMetrics {

	/**
	 * Returns what times the appends and claims of an input's store.
	 * @param input the name of the input
	 * @return the timings
	 */
	JdbcBatchStore.Timings timings(String input);

	/**
	 * Records the state of a built store: its pending and dead rows.
	 * @param input the name of the input
	 * @param store the store
	 */
	void bind(String input, JdbcBatchStore store);

}

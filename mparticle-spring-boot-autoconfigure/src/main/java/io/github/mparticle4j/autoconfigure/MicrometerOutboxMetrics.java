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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;

/**
 * Records the metrics of the auto-configured outbox stores
 * ({@code dispatcher.store=jdbc}) with Micrometer, each tagged with {@code input}, as the
 * dispatcher's meters are:
 * <ul>
 * <li>{@code mparticle.outbox.pending}: a gauge of the input's pending rows, claimed or
 * not;</li>
 * <li>{@code mparticle.outbox.oldest.pending.age}: a time gauge of the age of the oldest
 * pending row;</li>
 * <li>{@code mparticle.outbox.dead}: a gauge of the input's dead rows;</li>
 * <li>{@code mparticle.outbox.append} and {@code mparticle.outbox.claim}: timers of the
 * store's appends and claims.</li>
 * </ul>
 * The gauges read {@link JdbcBatchStore#statistics()}, which never queries the database:
 * the store reads its table at most every few seconds, when it counts its rows.
 *
 * @author mparticle4j contributors
 */
final class MicrometerOutboxMetrics implements OutboxMetrics {

	static final String PREFIX = "mparticle.outbox.";

	private final MeterRegistry registry;

	MicrometerOutboxMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public JdbcBatchStore.Timings timings(String input) {
		Tags tags = Tags.of(MicrometerEventDispatcherMetrics.INPUT_TAG, input);
		Timer append = Timer.builder(PREFIX + "append")
			.description("Time to write a batch's row: in the caller's transaction, or committed in one of its own")
			.tags(tags)
			.register(this.registry);
		Timer claim = Timer.builder(PREFIX + "claim")
			.description("Time to find and lease the rows to send, found or not")
			.tags(tags)
			.register(this.registry);
		return new JdbcBatchStore.Timings() {

			@Override
			public void append(Duration duration) {
				append.record(duration);
			}

			@Override
			public void claim(Duration duration) {
				claim.record(duration);
			}

		};
	}

	@Override
	public void bind(String input, JdbcBatchStore store) {
		Tags tags = Tags.of(MicrometerEventDispatcherMetrics.INPUT_TAG, input);
		Gauge.builder(PREFIX + "pending", store, (gauged) -> gauged.statistics().pendingBatches())
			.description("Rows of batches not yet delivered, dead or dropped, including those being sent")
			.baseUnit("batches")
			.tags(tags)
			.register(this.registry);
		TimeGauge
			.builder(PREFIX + "oldest.pending.age", store, TimeUnit.SECONDS,
					(gauged) -> gauged.statistics().oldestPendingAge().toNanos() / 1e9)
			.description("Age of the oldest pending row, zero when none is pending")
			.tags(tags)
			.register(this.registry);
		Gauge.builder(PREFIX + "dead", store, (gauged) -> gauged.statistics().deadBatches())
			.description("Rows of batches that mParticle refused or the dispatcher gave up on, kept until replayed "
					+ "or purged")
			.baseUnit("batches")
			.tags(tags)
			.register(this.registry);
	}

}

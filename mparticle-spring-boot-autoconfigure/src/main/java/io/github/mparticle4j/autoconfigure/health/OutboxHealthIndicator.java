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

package io.github.mparticle4j.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Adds an input's outbox to its health: its {@code pendingBatches}, {@code pendingBytes},
 * {@code oldestPendingAge} and {@code deadBatches}, when the store last read its table
 * ({@code readAt}) and why it could not since ({@code readFailure}), under
 * {@code outbox}. An input whose health is {@code UP} or {@code UNKNOWN} gets the failure
 * status, with the reason, when the table could not be read, when the oldest pending row
 * is older than the limit, or when there are more dead rows than the limit; an input
 * already in a worse state keeps its status and reason.
 * <p>
 * It reads {@link JdbcBatchStore#statistics()}, which never queries the database, so a
 * database that does not answer never holds the health check up. It holds no mutable
 * state.
 *
 * @author mparticle4j contributors
 */
final class OutboxHealthIndicator implements ReactiveHealthIndicator {

	private final ReactiveHealthIndicator inputHealth;

	private final Supplier<JdbcBatchStore.Statistics> statistics;

	private final String tableName;

	private final Duration maxOldestPendingAge;

	private final long maxDeadBatches;

	private final Status failureStatus;

	OutboxHealthIndicator(ReactiveHealthIndicator inputHealth, Supplier<JdbcBatchStore.Statistics> statistics,
			String tableName, Duration maxOldestPendingAge, long maxDeadBatches, Status failureStatus) {
		this.inputHealth = inputHealth;
		this.statistics = statistics;
		this.tableName = tableName;
		this.maxOldestPendingAge = maxOldestPendingAge;
		this.maxDeadBatches = maxDeadBatches;
		this.failureStatus = failureStatus;
	}

	@Override
	public Mono<Health> health() {
		return this.inputHealth.health().map(this::withOutbox);
	}

	private Health withOutbox(Health health) {
		JdbcBatchStore.Statistics statistics = this.statistics.get();
		Map<String, Object> outbox = new LinkedHashMap<>();
		outbox.put("table", this.tableName);
		outbox.put("pendingBatches", statistics.pendingBatches());
		outbox.put("pendingBytes", statistics.pendingBytes());
		outbox.put("oldestPendingAge", Durations.format(statistics.oldestPendingAge()));
		outbox.put("deadBatches", statistics.deadBatches());
		if (statistics.readAt() != null) {
			outbox.put("readAt", statistics.readAt().toString());
		}
		if (statistics.readFailure() != null) {
			outbox.put("readFailure", statistics.readFailure());
		}
		String problem = problem(statistics);
		Status status = health.getStatus();
		Health.Builder builder;
		if (problem != null && (status.equals(Status.UP) || status.equals(Status.UNKNOWN))) {
			builder = Health.status(this.failureStatus).withDetail("reason", problem);
		}
		else {
			builder = Health.status(status);
		}
		return builder.withDetails(health.getDetails()).withDetail("outbox", outbox).build();
	}

	private @Nullable String problem(JdbcBatchStore.Statistics statistics) {
		if (statistics.readFailure() != null) {
			return "the outbox table could not be read: " + statistics.readFailure();
		}
		if (statistics.oldestPendingAge().compareTo(this.maxOldestPendingAge) > 0) {
			return "the oldest pending batch in the outbox is " + Durations.format(statistics.oldestPendingAge())
					+ " old (limit " + Durations.format(this.maxOldestPendingAge) + ")";
		}
		if (statistics.deadBatches() > this.maxDeadBatches) {
			long dead = statistics.deadBatches();
			return dead + ((dead != 1) ? " dead batches" : " dead batch") + " in the outbox (limit "
					+ this.maxDeadBatches + "): list, replay or purge them with MParticleOutbox or the "
					+ "mparticleoutbox endpoint";
		}
		return null;
	}

}

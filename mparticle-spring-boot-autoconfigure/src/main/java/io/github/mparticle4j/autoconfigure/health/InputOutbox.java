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

import io.github.mparticle4j.autoconfigure.MParticleOutbox;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The outbox of an mParticle input whose dispatcher keeps its batches in a table
 * ({@code dispatcher.store=jdbc}), whose health reports on it.
 *
 * @param outbox the outbox of the inputs
 * @param input the input's name, {@code default} for the default input
 * @author mparticle4j contributors
 */
record InputOutbox(MParticleOutbox outbox, String input) {

	/**
	 * Returns the outbox of an input, if it keeps its batches there.
	 * @param outbox the outbox, or {@code null} without spring-jdbc
	 * @param input the input's name, {@code default} for the default input
	 * @return the input's outbox, or {@code null}
	 */
	static @Nullable InputOutbox find(@Nullable MParticleOutbox outbox, String input) {
		return (outbox != null && outbox.inputs().contains(input)) ? new InputOutbox(outbox, input) : null;
	}

	/**
	 * Returns an indicator that adds this outbox to the health of the input.
	 * @param inputHealth the health of the input
	 * @param settings the outbox's health settings
	 * @param failureStatus the status when the outbox is in trouble
	 * @return the indicator
	 */
	ReactiveHealthIndicator indicator(ReactiveHealthIndicator inputHealth,
			MParticleHealthIndicatorProperties.Outbox settings, Status failureStatus) {
		return new OutboxHealthIndicator(inputHealth, () -> this.outbox.statistics(this.input),
				this.outbox.tableName(this.input), settings.getMaxOldestPendingAge(), settings.getMaxDeadBatches(),
				failureStatus);
	}

}

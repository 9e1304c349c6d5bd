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

import io.github.mparticle4j.health.MParticleHealthIndicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.Status;

/**
 * Configuration properties of the mParticle health indicator.
 *
 * @author mparticle4j contributors
 */
@ConfigurationProperties("management.health.mparticle")
public class MParticleHealthIndicatorProperties {

	/**
	 * Number of uploads in a row that must fail for the mParticle health to report the
	 * failure status.
	 */
	private int failureThreshold = 3;

	/**
	 * Status of the mParticle health when uploads fail or the credentials are rejected.
	 * DEGRADED is shown in the component but leaves the overall health UP; DOWN makes it
	 * DOWN (HTTP 503).
	 */
	private FailureStatus failureStatus = FailureStatus.DEGRADED;

	private final Outbox outbox = new Outbox();

	public int getFailureThreshold() {
		return this.failureThreshold;
	}

	public void setFailureThreshold(int failureThreshold) {
		this.failureThreshold = failureThreshold;
	}

	public FailureStatus getFailureStatus() {
		return this.failureStatus;
	}

	public void setFailureStatus(FailureStatus failureStatus) {
		this.failureStatus = failureStatus;
	}

	public Outbox getOutbox() {
		return this.outbox;
	}

	/**
	 * When the outbox of an input ({@code dispatcher.store=jdbc}) gives its health the
	 * failure status.
	 */
	public static class Outbox {

		/**
		 * Age beyond which the oldest pending batch of an input's outbox gives its health
		 * the failure status: batches are not leaving the outbox.
		 */
		private Duration maxOldestPendingAge = Duration.ofMinutes(5);

		/**
		 * Number of dead batches in an input's outbox beyond which its health has the
		 * failure status. 0 reports every dead batch until it is replayed or purged.
		 */
		private long maxDeadBatches;

		public Duration getMaxOldestPendingAge() {
			return this.maxOldestPendingAge;
		}

		public void setMaxOldestPendingAge(Duration maxOldestPendingAge) {
			this.maxOldestPendingAge = maxOldestPendingAge;
		}

		public long getMaxDeadBatches() {
			return this.maxDeadBatches;
		}

		public void setMaxDeadBatches(long maxDeadBatches) {
			this.maxDeadBatches = maxDeadBatches;
		}

	}

	/**
	 * The status that failing uploads give the mParticle health component.
	 */
	public enum FailureStatus {

		/**
		 * {@link MParticleHealthIndicator#DEGRADED}: visible in the component, ignored by
		 * the overall health and answered with HTTP 200.
		 */
		DEGRADED(MParticleHealthIndicator.DEGRADED),

		/**
		 * {@link Status#DOWN}: the overall health is DOWN and answered with HTTP 503.
		 */
		DOWN(Status.DOWN),

		/**
		 * {@link Status#OUT_OF_SERVICE}: the overall health is OUT_OF_SERVICE and
		 * answered with HTTP 503.
		 */
		OUT_OF_SERVICE(Status.OUT_OF_SERVICE);

		private final Status status;

		FailureStatus(Status status) {
			this.status = status;
		}

		/**
		 * Returns the health status.
		 * @return the status
		 */
		public Status status() {
			return this.status;
		}

	}

}

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

package io.github.mparticle4j.client;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Decides when an {@link EventDispatcher} may start its next request, from what mParticle
 * said and what the dispatcher was told: the pause after requests that failed and were
 * queued again, the slow-down when mParticle reports a high share of its rate limit used,
 * and the optional cap on batches per second. Times are in the nanoseconds of the
 * dispatcher's scheduler.
 *
 * @author mparticle4j contributors
 */
final class SendPacer {

	static final long SLOWEST_SPACING = TimeUnit.SECONDS.toNanos(1);

	static final long INITIAL_RETRY_PAUSE = TimeUnit.SECONDS.toNanos(1);

	static final long MAX_RETRY_PAUSE = TimeUnit.SECONDS.toNanos(30);

	private static final long BURST = TimeUnit.SECONDS.toNanos(1);

	private final int maxRequestsInFlight;

	private final double nanosPerBatch;

	private final int slowDownAt;

	private volatile int percentageUsed;

	private volatile long pausedUntil;

	private volatile int failures;

	/**
	 * When the last failure paused sending; requests started before it belong to the same
	 * round.
	 */
	private long lastFailure;

	private long lastStart;

	private long rateTime;

	private boolean started;

	SendPacer(int maxRequestsInFlight, double maxBatchesPerSecond, int slowDownAt) {
		this.maxRequestsInFlight = maxRequestsInFlight;
		this.nanosPerBatch = (maxBatchesPerSecond > 0) ? TimeUnit.SECONDS.toNanos(1) / maxBatchesPerSecond : 0;
		this.slowDownAt = slowDownAt;
	}

	/**
	 * Returns how many requests may be in flight: one at a time when slowing down.
	 * @return the number of requests
	 */
	int maxRequestsInFlight() {
		return isSlowingDown() ? 1 : this.maxRequestsInFlight;
	}

	boolean isSlowingDown() {
		return this.percentageUsed >= this.slowDownAt;
	}

	/**
	 * Returns how long to wait before starting a request.
	 * @param now the current time
	 * @return the wait in nanoseconds, 0 for none
	 */
	long waitBeforeNext(long now) {
		long wait = Math.max(0, this.pausedUntil - now);
		if (this.started && isSlowingDown()) {
			int over = this.percentageUsed - this.slowDownAt + 1;
			long spacing = SLOWEST_SPACING * Math.min(over, 101 - this.slowDownAt) / (101 - this.slowDownAt);
			wait = Math.max(wait, this.lastStart + spacing - now);
		}
		if (this.nanosPerBatch > 0) {
			wait = Math.max(wait, this.rateTime - BURST - now);
		}
		return Math.max(0, wait);
	}

	/**
	 * Records that a request started.
	 * @param now the current time
	 * @param batches the batches it carries
	 */
	void started(long now, int batches) {
		this.started = true;
		this.lastStart = now;
		if (this.nanosPerBatch > 0) {
			this.rateTime = Math.max(this.rateTime, now) + (long) (batches * this.nanosPerBatch);
		}
	}

	/**
	 * Records that mParticle accepted a request.
	 * @param percentageUsed the share of the rate limit it reported, or {@code null}
	 */
	synchronized void accepted(@Nullable Integer percentageUsed) {
		this.failures = 0;
		this.percentageUsed = (percentageUsed != null) ? percentageUsed : 0;
	}

	/**
	 * Records that a request failed in a way that sending again may fix, and pauses: from
	 * 1 second, doubling with each round of failures in a row, up to 30 seconds, less up
	 * to half at random so that many applications do not come back at once. Requests that
	 * were already in flight when the last pause began fail in the same round, and do not
	 * lengthen the pause.
	 * @param startedAt when the request started
	 * @param now the current time
	 * @return the pause in nanoseconds from now
	 */
	synchronized long failed(long startedAt, long now) {
		if (this.failures > 0 && startedAt - this.lastFailure < 0) {
			return Math.max(0, this.pausedUntil - now);
		}
		int failures = Math.min(++this.failures, 16);
		long pause = Math.min(MAX_RETRY_PAUSE, INITIAL_RETRY_PAUSE << Math.min(failures - 1, 5));
		pause -= ThreadLocalRandom.current().nextLong(pause / 2 + 1);
		this.lastFailure = now;
		this.pausedUntil = Math.max(this.pausedUntil, now + pause);
		return pause;
	}

}

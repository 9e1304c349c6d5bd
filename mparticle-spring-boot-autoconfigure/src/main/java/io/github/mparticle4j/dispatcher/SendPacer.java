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

package io.github.mparticle4j.dispatcher;

import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Decides when an {@link EventDispatcher} may start its next request, from what mParticle
 * said and what the dispatcher was told: the pause after requests that failed and were
 * queued again, the slow-down when mParticle reports a high share of its rate limit used,
 * and the optional cap on batches per second. Times are in the nanoseconds of the
 * dispatcher's scheduler.
 * <p>
 * The cap holds over every window: the batches of the requests started within any window
 * of one second, the request about to start included, never add up to more than the cap
 * (rounded down; for a cap below 1, one batch in any window of 1/cap seconds). A request
 * therefore never carries more batches than the cap allows when it starts.
 * <p>
 * A plain single-threaded class: confined to the dispatcher's worker, which starts every
 * request, bisected and retried ones included, and learns how each one ended.
 *
 * @author mparticle4j contributors
 */
final class SendPacer {

	static final long SLOWEST_SPACING = TimeUnit.SECONDS.toNanos(1);

	static final long INITIAL_RETRY_PAUSE = TimeUnit.SECONDS.toNanos(1);

	static final long MAX_RETRY_PAUSE = TimeUnit.SECONDS.toNanos(30);

	static final long INITIAL_SETTINGS_PAUSE = TimeUnit.SECONDS.toNanos(5);

	private final int maxRequestsInFlight;

	/**
	 * The most batches that the requests started within one {@link #window} may carry, 0
	 * for no cap.
	 */
	private final int batchesPerWindow;

	private final long window;

	/**
	 * The requests started within the last window: when, and how many batches.
	 */
	private final ArrayDeque<long[]> recentStarts = new ArrayDeque<>();

	private int recentBatches;

	private final int slowDownAt;

	private int percentageUsed;

	private long pausedUntil;

	private int failures;

	private int settingsFailures;

	private long lastSettingsFailure;

	/**
	 * When the last failure paused sending; requests started before it belong to the same
	 * round.
	 */
	private long lastFailure;

	private long lastStart;

	private boolean started;

	private final long maxSettingsPause;

	SendPacer(int maxRequestsInFlight, double maxBatchesPerSecond, int slowDownAt) {
		this(maxRequestsInFlight, maxBatchesPerSecond, slowDownAt, TimeUnit.MINUTES.toNanos(5));
	}

	SendPacer(int maxRequestsInFlight, double maxBatchesPerSecond, int slowDownAt, long maxSettingsPause) {
		this.maxSettingsPause = maxSettingsPause;
		this.maxRequestsInFlight = maxRequestsInFlight;
		if (maxBatchesPerSecond <= 0) {
			this.batchesPerWindow = 0;
			this.window = 0;
		}
		else if (maxBatchesPerSecond < 1) {
			this.batchesPerWindow = 1;
			this.window = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / maxBatchesPerSecond);
		}
		else {
			this.batchesPerWindow = (int) Math.min(Integer.MAX_VALUE, Math.floor(maxBatchesPerSecond));
			this.window = TimeUnit.SECONDS.toNanos(1);
		}
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
	 * Returns how many batches a request may carry at most, whatever the time: the cap's
	 * budget for one window, or {@code Integer.MAX_VALUE} without a cap.
	 * @return the number of batches
	 */
	int maxBatchesPerRequest() {
		return (this.batchesPerWindow > 0) ? this.batchesPerWindow : Integer.MAX_VALUE;
	}

	/**
	 * Returns how long to wait before starting a request of the given number of batches.
	 * @param now the current time
	 * @param batches the batches that the request would carry, at most
	 * {@link #maxBatchesPerRequest()}
	 * @return the wait in nanoseconds, 0 for none
	 */
	long waitBeforeNext(long now, int batches) {
		long wait = waitBeforeNext(now);
		if (this.batchesPerWindow > 0) {
			forgetStartsUpTo(now - this.window);
			int excess = this.recentBatches + batches - this.batchesPerWindow;
			for (long[] start : this.recentStarts) {
				if (excess <= 0) {
					break;
				}
				excess -= (int) start[1];
				// the start leaves the window once a whole window has passed since it
				wait = Math.max(wait, start[0] + this.window - now);
			}
		}
		return Math.max(0, wait);
	}

	/**
	 * Returns how many batches a request that starts now may carry under the cap.
	 * @param now the current time
	 * @return the number of batches, 0 if none, {@code Integer.MAX_VALUE} without a cap
	 */
	int allowedBatches(long now) {
		if (this.batchesPerWindow == 0) {
			return Integer.MAX_VALUE;
		}
		forgetStartsUpTo(now - this.window);
		return Math.max(0, this.batchesPerWindow - this.recentBatches);
	}

	/**
	 * Records that mParticle asked to wait before the next request, with
	 * {@code Retry-After}, and pauses for that long.
	 * @param now the current time
	 * @param wait the wait in nanoseconds
	 * @return the pause in nanoseconds from now
	 */
	long askedToWait(long now, long wait) {
		this.pausedUntil = Math.max(this.pausedUntil, now + wait);
		return Math.max(0, this.pausedUntil - now);
	}

	private void forgetStartsUpTo(long until) {
		long[] oldest;
		while ((oldest = this.recentStarts.peekFirst()) != null && oldest[0] - until <= 0) {
			this.recentStarts.removeFirst();
			this.recentBatches -= (int) oldest[1];
		}
	}

	/**
	 * Returns how long to wait before starting a request, apart from the cap on batches
	 * per second.
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
		if (this.batchesPerWindow > 0) {
			this.recentStarts.addLast(new long[] { now, batches });
			this.recentBatches += batches;
		}
	}

	/**
	 * Records that mParticle accepted a request.
	 * @param percentageUsed the share of the rate limit it reported, or {@code null}
	 */
	void accepted(@Nullable Integer percentageUsed) {
		this.failures = 0;
		this.settingsFailures = 0;
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
	long failed(long startedAt, long now) {
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

	/**
	 * Records that a request failed because mParticle rejected the credentials, or
	 * because of the settings, and pauses: from 5 seconds (or the maximum, if shorter),
	 * doubling with each round of such failures in a row, up to the maximum, without
	 * jitter. Requests that were in flight when the last pause began fail in the same
	 * round.
	 * @param startedAt when the request started
	 * @param now the current time
	 * @return the pause in nanoseconds from now
	 */
	long settingsFailed(long startedAt, long now) {
		if (this.settingsFailures > 0 && startedAt - this.lastSettingsFailure < 0) {
			return Math.max(0, this.pausedUntil - now);
		}
		int failures = Math.min(++this.settingsFailures, 40);
		long initial = Math.min(INITIAL_SETTINGS_PAUSE, this.maxSettingsPause);
		long pause = this.maxSettingsPause;
		if (failures - 1 < Long.numberOfLeadingZeros(initial) - 1) {
			pause = Math.min(pause, initial << (failures - 1));
		}
		this.lastSettingsFailure = now;
		this.pausedUntil = Math.max(this.pausedUntil, now + pause);
		return pause;
	}

}

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

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of an {@link EventDispatcher}: what it holds now, and what it has done since
 * it started.
 * <p>
 * The counts add up: every batch offered to {@link EventDispatcher#enqueue} is either
 * enqueued or refused ({@code offered() = enqueued + refused}), and every batch enqueued
 * is delivered, failed, dropped or still queued
 * ({@code enqueued = delivered + failed + dropped + queuedBatches}). The counts are read
 * one after the other while requests may be finishing: the second sum holds exactly when
 * no request is finishing, and may otherwise be off by the batches of those requests.
 *
 * @param queuedBatches the batches enqueued and not yet settled, including those being
 * sent
 * @param queuedBytes their serialized size in bytes
 * @param requestsInFlight the requests being sent
 * @param oldestPendingAge the age of the oldest batch not yet handed to a request, zero
 * if there is none
 * @param enqueued the batches accepted by {@link EventDispatcher#enqueue}
 * @param refused the batches that {@link EventDispatcher#enqueue} refused: invalid ones,
 * and those that found the queue full, the store failing or the dispatcher shutting down
 * @param delivered the batches delivered
 * @param failed the batches enqueued that mParticle refused
 * @param dropped the batches enqueued and then dropped: evicted from a full queue, left
 * at shutdown, or never stored because their transaction rolled back
 * @param sentBatches the batches sent in accepted requests, after merging
 * @param accepting whether the dispatcher accepts new batches
 * @param pauseReason why the dispatcher is paused until the credentials or settings are
 * fixed, such as {@code mParticle rejected the credentials (401)}; {@code null} when it
 * is not
 * @author mparticle4j contributors
 */
public record DispatcherStatus(int queuedBatches, long queuedBytes, int requestsInFlight, Duration oldestPendingAge,
		long enqueued, long refused, long delivered, long failed, long dropped, long sentBatches, boolean accepting,
		@Nullable String pauseReason) {

	/**
	 * Returns the batches offered to {@link EventDispatcher#enqueue}: those enqueued and
	 * those refused.
	 * @return the number of batches
	 */
	public long offered() {
		return this.enqueued + this.refused;
	}

}

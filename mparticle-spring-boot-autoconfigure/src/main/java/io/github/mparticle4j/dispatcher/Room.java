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

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.github.mparticle4j.dispatcher.internal.ClockedWait;
import reactor.core.scheduler.Scheduler;

/**
 * The room left in a {@link MemoryBatchStore}, by count and by bytes: callers reserve
 * room for a batch before they hand it over, and the worker frees it when the batch is
 * settled. The bytes held count each batch's JSON and a {@link MemoryBatchStore#FOOTPRINT
 * fixed footprint}; an empty store takes any batch, so that a bound of 128 KB still holds
 * the largest.
 * <p>
 * Thread-safe: one lock guards the counts, with a condition on which callers wait for
 * room under {@link OverflowPolicy#BLOCK}, or for evictions under
 * {@link OverflowPolicy#DROP_OLDEST}. Their timeout runs on the scheduler's clock
 * ({@link ClockedWait}), so that it holds with virtual time too. Critical sections are
 * short and do no I/O.
 *
 * @author mparticle4j contributors
 */
final class Room {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition freed = this.lock.newCondition();

	private final int maxBatches;

	private final long maxBytes;

	private final ClockedWait waits;

	private int batches;

	private long bytes;

	private boolean closed;

	// callers under DROP_OLDEST waiting for the worker to evict older batches
	private int wantedBatches;

	private long wantedBytes;

	// bumped when the worker has evicted all it could and room is still short
	private long evictionRounds;

	Room(int maxBatches, long maxBytes, Scheduler clock) {
		this.maxBatches = maxBatches;
		this.maxBytes = maxBytes;
		this.waits = new ClockedWait(this.lock, this.freed, clock);
	}

	/**
	 * Reserves room for a batch.
	 * @param size the batch's size in bytes
	 * @param policy what to do without room: reject, wait, or take it anyway for the
	 * worker to evict older batches
	 * @param timeout how long to wait with {@link OverflowPolicy#BLOCK}, or for evictions
	 * with {@link OverflowPolicy#DROP_OLDEST}
	 * @param evict asks the worker to evict older batches, with
	 * {@link OverflowPolicy#DROP_OLDEST}; called without the lock
	 * @return what happened
	 */
	Reservation reserve(int size, OverflowPolicy policy, long timeout, Runnable evict) {
		long round;
		this.lock.lock();
		try {
			if (this.closed) {
				return Reservation.CLOSED;
			}
			if (fits(size)) {
				take(size);
				return Reservation.RESERVED;
			}
			if (policy != OverflowPolicy.DROP_OLDEST) {
				return (policy == OverflowPolicy.BLOCK && timeout > 0) ? await(size, timeout) : Reservation.FULL;
			}
			this.wantedBatches++;
			this.wantedBytes += size;
			round = this.evictionRounds;
		}
		finally {
			this.lock.unlock();
		}
		evict.run();
		return awaitEviction(size, timeout, round);
	}

	// waits for the worker to evict older batches to make room: RESERVED, FULL if
	// nothing more can be evicted, or CLOSED
	private Reservation awaitEviction(int size, long timeout, long round) {
		this.lock.lock();
		try {
			this.waits.await(() -> this.closed || fits(size) || this.evictionRounds != round, timeout);
			if (this.closed) {
				return Reservation.CLOSED;
			}
			if (!fits(size)) {
				return Reservation.FULL;
			}
			take(size);
			return Reservation.RESERVED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Reservation.FULL;
		}
		finally {
			this.wantedBatches--;
			this.wantedBytes -= size;
			this.lock.unlock();
		}
	}

	/**
	 * Returns whether callers wait for older batches to be evicted.
	 * @return whether the worker should evict
	 */
	boolean isEvictionNeeded() {
		this.lock.lock();
		try {
			int batches = this.batches + this.wantedBatches;
			return this.wantedBatches > 0 && this.batches > 0 && (batches > this.maxBatches
					|| this.bytes + this.wantedBytes + (long) batches * MemoryBatchStore.FOOTPRINT > this.maxBytes);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Tells the callers waiting for evictions that nothing more can be evicted.
	 */
	void evictionExhausted() {
		this.lock.lock();
		try {
			this.evictionRounds++;
			this.freed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	// under the lock
	private Reservation await(int size, long timeout) {
		try {
			if (!this.waits.await(() -> this.closed || fits(size), timeout)) {
				return Reservation.FULL;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Reservation.FULL;
		}
		if (this.closed) {
			return Reservation.CLOSED;
		}
		take(size);
		return Reservation.RESERVED;
	}

	private boolean fits(int size) {
		return this.batches == 0 || (this.batches < this.maxBatches
				&& this.bytes + (long) (this.batches + 1) * MemoryBatchStore.FOOTPRINT + size <= this.maxBytes);
	}

	private void take(int size) {
		this.batches++;
		this.bytes += size;
	}

	/**
	 * Frees the room of settled batches, and wakes the callers waiting for room.
	 * @param batches the number of batches
	 * @param bytes their size
	 */
	void free(int batches, long bytes) {
		this.lock.lock();
		try {
			this.batches -= batches;
			this.bytes -= bytes;
			if (this.lock.hasWaiters(this.freed)) {
				this.freed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops reserving: callers waiting for room return {@link Reservation#CLOSED}.
	 */
	void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.freed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	long[] held() {
		this.lock.lock();
		try {
			return new long[] { this.batches, this.bytes };
		}
		finally {
			this.lock.unlock();
		}
	}

	int batches() {
		this.lock.lock();
		try {
			return this.batches;
		}
		finally {
			this.lock.unlock();
		}
	}

	long bytes() {
		this.lock.lock();
		try {
			return this.bytes;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * What {@link #reserve} did.
	 */
	enum Reservation {

		/**
		 * Room reserved.
		 */
		RESERVED,

		/**
		 * No room.
		 */
		FULL,

		/**
		 * No room: the store is closed.
		 */
		CLOSED

	}

}

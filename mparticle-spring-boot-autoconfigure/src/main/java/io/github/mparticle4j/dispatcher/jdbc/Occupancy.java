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

package io.github.mparticle4j.dispatcher.jdbc;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.github.mparticle4j.dispatcher.BatchStore.Append;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.internal.ClockedWait;
import reactor.core.scheduler.Scheduler;

/**
 * What a {@link JdbcBatchStore} believes its input holds, for its bounds: the pending
 * rows that the table held when last counted, plus what this store appended since, less
 * what it settled or dropped. Appends reserve room before they write, so appends in
 * transactions that have not completed count too.
 * <p>
 * Used by the callers' threads (admitting and completing appends) and by the worker
 * (settling, counting). Every field is guarded by {@link #lock}; callers that wait for
 * room under {@link OverflowPolicy#BLOCK} wait on {@link #roomMade}. Their timeout runs
 * on the scheduler's clock ({@link ClockedWait}), so that it holds with virtual time too.
 *
 * @author mparticle4j contributors
 */
final class Occupancy {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition roomMade = this.lock.newCondition();

	private final int maxBatches;

	private final long maxBytes;

	private long batches;

	private long bytes;

	private long uncommittedBatches;

	private long uncommittedBytes;

	private boolean closed;

	private final ClockedWait waits;

	Occupancy(int maxBatches, long maxBytes, Scheduler clock) {
		this.maxBatches = maxBatches;
		this.maxBytes = maxBytes;
		this.waits = new ClockedWait(this.lock, this.roomMade, clock);
	}

	/**
	 * Reserves room for a batch about to be written, applying the policy when full. Under
	 * {@link OverflowPolicy#DROP_OLDEST} a batch is always admitted: the worker drops the
	 * oldest rows later.
	 * @param size the batch's size
	 * @param policy the overflow policy
	 * @param blockTimeout how long to wait for room under {@link OverflowPolicy#BLOCK}
	 * @return {@link Append#APPENDED} if room was reserved
	 */
	Append admit(int size, OverflowPolicy policy, Duration blockTimeout) {
		this.lock.lock();
		try {
			if (!this.closed && policy != OverflowPolicy.DROP_OLDEST && !hasRoomFor(size)
					&& (policy != OverflowPolicy.BLOCK
							|| !this.waits.await(() -> this.closed || hasRoomFor(size), blockTimeout.toNanos()))) {
				return Append.FULL;
			}
			if (this.closed) {
				return Append.CLOSED;
			}
			this.batches++;
			this.bytes += size;
			this.uncommittedBatches++;
			this.uncommittedBytes += size;
			return Append.APPENDED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Append.FULL;
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean hasRoomFor(int size) {
		return this.batches < this.maxBatches && (this.bytes == 0 || this.bytes + size <= this.maxBytes);
	}

	/**
	 * Records that an admitted batch's row was committed.
	 * @param size the batch's size
	 */
	void committed(int size) {
		this.lock.lock();
		try {
			this.uncommittedBatches--;
			this.uncommittedBytes -= size;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Records that an admitted batch was never stored: its write failed or its
	 * transaction rolled back.
	 * @param size the batch's size
	 */
	void cancelled(int size) {
		this.lock.lock();
		try {
			this.uncommittedBatches--;
			this.uncommittedBytes -= size;
			remove(1, size);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Records that rows left the table: delivered, dead or dropped.
	 * @param count the rows
	 * @param size their sizes summed
	 */
	void removed(int count, long size) {
		this.lock.lock();
		try {
			remove(count, size);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void remove(int count, long size) {
		this.batches = Math.max(0, this.batches - count);
		this.bytes = Math.max(0, this.bytes - size);
		this.roomMade.signalAll();
	}

	/**
	 * Replaces the estimate with what the table holds, as just counted, plus the appends
	 * whose transactions have not completed.
	 * @param countedBatches the pending rows counted
	 * @param countedBytes their sizes summed
	 */
	void counted(long countedBatches, long countedBytes) {
		this.lock.lock();
		try {
			this.batches = countedBatches + this.uncommittedBatches;
			this.bytes = countedBytes + this.uncommittedBytes;
			this.roomMade.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	long batches() {
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

	boolean overBounds() {
		this.lock.lock();
		try {
			return this.batches > this.maxBatches || this.bytes > this.maxBytes;
		}
		finally {
			this.lock.unlock();
		}
	}

	int maxBatches() {
		return this.maxBatches;
	}

	long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Refuses later batches and wakes the callers waiting for room.
	 */
	void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.roomMade.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}

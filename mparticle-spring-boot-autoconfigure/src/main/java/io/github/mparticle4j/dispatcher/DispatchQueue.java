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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.internal.BatchValidator;
import org.jspecify.annotations.Nullable;

/**
 * The batches of an {@link EventDispatcher} that are not settled yet: the groups waiting
 * to be sent, in the order of their oldest batch, and the envelopes of the groups being
 * sent. Bounds everything it holds, waiting or being sent, by count and by bytes: the
 * batches' JSON and a {@link PendingBatch#FOOTPRINT fixed footprint} for each. One lock
 * guards it all; every critical section is short and does no I/O.
 *
 * @author mparticle4j contributors
 */
final class DispatchQueue {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition room = this.lock.newCondition();

	private final int maxBatches;

	private final long maxBytes;

	/**
	 * The newest group of each envelope that batches may still be merged into.
	 */
	private final Map<BatchEnvelope, BatchGroup> open = new HashMap<>();

	/**
	 * The envelopes with a group being sent: their next group waits, so that the batches
	 * of a user are never sent out of order.
	 */
	private final Set<BatchEnvelope> sending = new HashSet<>();

	private @Nullable BatchGroup head;

	private @Nullable BatchGroup tail;

	private int batches;

	private long bytes;

	private int waitingBatches;

	/**
	 * The size of the waiting groups as they would be sent, merged.
	 */
	private long waitingSize;

	private int waitingGroups;

	private long sequence;

	private boolean accepting = true;

	/**
	 * Whether {@link #removeWaiting()} was called: nothing may wait any more.
	 */
	private boolean stopped;

	DispatchQueue(int maxBatches, long maxBytes) {
		this.maxBatches = maxBatches;
		this.maxBytes = maxBytes;
	}

	/**
	 * Adds a batch, merging it into the open group of its envelope if it can.
	 * @param batch the batch
	 * @param policy what to do when the queue is full
	 * @param blockTimeout how long to wait for room with {@link OverflowPolicy#BLOCK}
	 * @param evicted where to put batches evicted to make room
	 * @return what happened
	 */
	Offer offer(PendingBatch batch, OverflowPolicy policy, Duration blockTimeout, List<PendingBatch> evicted) {
		this.lock.lock();
		try {
			long waitNanos = blockTimeout.toNanos();
			while (this.accepting && !hasRoomFor(batch)) {
				if (policy == OverflowPolicy.DROP_OLDEST && evictOldest(evicted)) {
					continue;
				}
				if (policy != OverflowPolicy.BLOCK || waitNanos <= 0) {
					return Offer.NO_ROOM;
				}
				waitNanos = this.room.awaitNanos(waitNanos);
			}
			if (!this.accepting) {
				return Offer.CLOSED;
			}
			batch.sequence = ++this.sequence;
			this.batches++;
			this.bytes += batch.size;
			this.waitingBatches++;
			BatchGroup group = this.open.get(batch.envelope);
			int sizeBefore = (group != null) ? group.size() : 0;
			if (group != null && group.tryMerge(batch)) {
				this.waitingSize += group.size() - sizeBefore;
			}
			else {
				group = new BatchGroup(batch);
				if (group.mergeable) {
					this.open.put(batch.envelope, group);
				}
				link(group);
			}
			boolean first = this.waitingBatches == 1;
			return first ? Offer.ADDED_FIRST
					: (fillsRequest(this.waitingGroups, this.waitingSize) ? Offer.ADDED_FILLING_REQUEST : Offer.ADDED);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Offer.NO_ROOM;
		}
		finally {
			this.lock.unlock();
		}
	}

	// whether the waiting groups, merged, are enough for a full request: 100 batches,
	// or a body of 256 KB with its brackets and commas
	private static boolean fillsRequest(int groups, long size) {
		return groups >= EventsApi.MAX_BATCHES_PER_REQUEST
				|| (groups > 0 && size + groups + 1 >= BatchValidator.MAX_REQUEST_SIZE);
	}

	// an empty queue takes any batch, so that a bound of 128 KB still holds the largest
	private boolean hasRoomFor(PendingBatch batch) {
		return this.batches == 0 || (this.batches < this.maxBatches
				&& this.bytes + (long) (this.batches + 1) * PendingBatch.FOOTPRINT + batch.size <= this.maxBytes);
	}

	// Evicts the oldest batch of a group that is not sealed, or a whole sealed group.
	private boolean evictOldest(List<PendingBatch> evicted) {
		BatchGroup oldest = this.head;
		if (oldest == null) {
			return false;
		}
		if (oldest.isSealed() || oldest.batches.size() == 1) {
			unlink(oldest);
			for (PendingBatch batch : oldest.batches) {
				remove(batch);
				evicted.add(batch);
			}
			return true;
		}
		int sizeBefore = oldest.size();
		PendingBatch batch = oldest.removeFirst();
		this.waitingSize += oldest.size() - sizeBefore;
		remove(batch);
		evicted.add(batch);
		return true;
	}

	private void remove(PendingBatch batch) {
		this.batches--;
		this.bytes -= batch.size;
		this.waitingBatches--;
	}

	List<BatchGroup> take() {
		return take(EventsApi.MAX_BATCHES_PER_REQUEST);
	}

	/**
	 * Takes the oldest waiting groups that fit one request, skipping envelopes that are
	 * being sent, and seals them.
	 * @param maxGroups the most groups to take
	 * @return the groups, empty if none can be sent now
	 */
	List<BatchGroup> take(int maxGroups) {
		this.lock.lock();
		try {
			List<BatchGroup> taken = new ArrayList<>();
			int size = 2;
			BatchGroup group = this.head;
			int max = Math.min(maxGroups, EventsApi.MAX_BATCHES_PER_REQUEST);
			while (group != null && taken.size() < max) {
				BatchGroup next = group.next;
				int added = group.size() + (taken.isEmpty() ? 0 : 1);
				if (!this.sending.contains(group.envelope) && size + added < BatchValidator.MAX_REQUEST_SIZE) {
					size += added;
					taken.add(group);
					unlink(group);
					group.seal();
					this.sending.add(group.envelope);
					this.waitingBatches -= group.batches.size();
				}
				group = next;
			}
			return taken;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Settles a request: its envelopes may be sent again, the given batches leave the
	 * queue, and the given groups go back to the front of it, in order, to be sent again;
	 * unless {@link #removeWaiting()} was called, in which case they leave the queue too.
	 * @param sent the groups that the request took
	 * @param settled the batches that were delivered or failed
	 * @param resend the groups to send again
	 * @return the groups to send again that the queue did not take back, because it
	 * stopped
	 */
	List<BatchGroup> settle(List<BatchGroup> sent, List<PendingBatch> settled, List<BatchGroup> resend) {
		this.lock.lock();
		try {
			for (BatchGroup group : sent) {
				this.sending.remove(group.envelope);
			}
			for (PendingBatch batch : settled) {
				this.batches--;
				this.bytes -= batch.size;
			}
			if (this.stopped) {
				for (BatchGroup group : resend) {
					this.batches -= group.batches.size();
					this.bytes -= group.pendingBytes();
				}
				return resend;
			}
			for (int i = resend.size() - 1; i >= 0; i--) {
				BatchGroup group = resend.get(i);
				linkFirst(group);
				this.waitingBatches += group.batches.size();
			}
			if (!settled.isEmpty() && this.lock.hasWaiters(this.room)) {
				this.room.signalAll();
			}
			return List.of();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops accepting batches: waiting callers are rejected.
	 */
	void close() {
		this.lock.lock();
		try {
			this.accepting = false;
			this.room.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Removes every waiting group, for good: groups that requests give back later are not
	 * taken back.
	 * @return the groups
	 */
	List<BatchGroup> removeWaiting() {
		this.lock.lock();
		try {
			this.stopped = true;
			List<BatchGroup> removed = new ArrayList<>();
			while (this.head != null) {
				BatchGroup group = this.head;
				unlink(group);
				removed.add(group);
				for (PendingBatch batch : group.batches) {
					remove(batch);
				}
			}
			return removed;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Returns the handles of every batch waiting, and the highest sequence number so far.
	 * @param handles where to put the handles
	 * @return the sequence number of the last batch enqueued
	 */
	long waitingHandles(List<PendingBatch> handles) {
		this.lock.lock();
		try {
			for (BatchGroup group = this.head; group != null; group = group.next) {
				handles.addAll(group.batches);
			}
			return this.sequence;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Returns what the dispatcher needs to decide whether to send.
	 * @return the state
	 */
	State state() {
		this.lock.lock();
		try {
			BatchGroup oldest = this.head;
			// groups are kept in the order of their first batch, so the head holds the
			// oldest
			long oldestSequence = (oldest != null) ? oldest.first().sequence : Long.MAX_VALUE;
			long oldestEnqueuedAt = (oldest != null) ? oldest.enqueuedAt() : 0;
			return new State(this.batches, this.bytes, this.waitingBatches, this.waitingSize, this.waitingGroups,
					oldestEnqueuedAt, oldestSequence, this.accepting);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void link(BatchGroup group) {
		group.previous = this.tail;
		group.next = null;
		if (this.tail != null) {
			this.tail.next = group;
		}
		else {
			this.head = group;
		}
		this.tail = group;
		this.waitingGroups++;
		this.waitingSize += group.size();
	}

	private void linkFirst(BatchGroup group) {
		group.previous = null;
		group.next = this.head;
		if (this.head != null) {
			this.head.previous = group;
		}
		else {
			this.tail = group;
		}
		this.head = group;
		this.waitingGroups++;
		this.waitingSize += group.size();
	}

	private void unlink(BatchGroup group) {
		if (group.previous != null) {
			group.previous.next = group.next;
		}
		else {
			this.head = group.next;
		}
		if (group.next != null) {
			group.next.previous = group.previous;
		}
		else {
			this.tail = group.previous;
		}
		group.previous = null;
		group.next = null;
		this.waitingGroups--;
		this.waitingSize -= group.size();
		if (this.open.get(group.envelope) == group) {
			this.open.remove(group.envelope);
		}
	}

	/**
	 * What {@link #offer} did.
	 */
	enum Offer {

		/**
		 * Added, and the queue had nothing waiting before.
		 */
		ADDED_FIRST,

		/**
		 * Added.
		 */
		ADDED,

		/**
		 * Added, and enough is waiting to fill a request.
		 */
		ADDED_FILLING_REQUEST,

		/**
		 * Not added: the queue has no room.
		 */
		NO_ROOM,

		/**
		 * Not added: the dispatcher is shutting down.
		 */
		CLOSED;

		boolean added() {
			return this != NO_ROOM && this != CLOSED;
		}

	}

	/**
	 * A snapshot of the queue.
	 *
	 * @param batches the batches not settled
	 * @param bytes their size
	 * @param waitingBatches the batches waiting to be sent
	 * @param waitingSize the size of the groups they make, merged
	 * @param waitingGroups the groups waiting to be sent
	 * @param oldestEnqueuedAt when the oldest waiting batch was enqueued, if any
	 * @param oldestSequence the lowest sequence number waiting, {@code Long.MAX_VALUE} if
	 * none
	 * @param accepting whether batches are accepted
	 */
	record State(int batches, long bytes, int waitingBatches, long waitingSize, int waitingGroups,
			long oldestEnqueuedAt, long oldestSequence, boolean accepting) {

		boolean fillsRequest() {
			return DispatchQueue.fillsRequest(this.waitingGroups, this.waitingSize);
		}

		Duration oldestAge(long now) {
			return (this.waitingBatches > 0) ? Duration.ofNanos(Math.max(0, now - this.oldestEnqueuedAt))
					: Duration.ZERO;
		}

	}

}

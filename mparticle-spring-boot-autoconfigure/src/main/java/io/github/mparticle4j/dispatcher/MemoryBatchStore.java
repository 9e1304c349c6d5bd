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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;

/**
 * The {@link BatchStore} that an {@link EventDispatcher} uses unless it is given another:
 * batches in memory, bounded by count and bytes, lost when the process ends.
 * <p>
 * Threads: callers of {@link #append} only reserve {@link Room room} (thread-safe, with
 * its own lock) and hand the batch over through an inbox: a lock-free stack of the
 * batches' entries, linked through the entries themselves, that many threads push to and
 * the worker takes whole, in the order they were pushed. Everything else, the batches in
 * order, those claimed, the merged groups and the eviction of the oldest under
 * {@link OverflowPolicy#DROP_OLDEST}, is confined to the dispatcher's worker, which moves
 * the inbox into the ordered list whenever it calls the store, and is not guarded. Each
 * batch refers to its entry ({@code StoredBatch.memoryStoreEntry}), so that the worker
 * finds the entries of the batches it settles without a lookup: the caller sets the
 * reference before it pushes the entry, and only the worker changes it after.
 *
 * @author mparticle4j contributors
 */
final class MemoryBatchStore implements BatchStore {

	/**
	 * What a queued batch takes in memory besides its JSON, counted against the byte
	 * bound: its {@link StoredBatch}, its id as a string and as JSON, its handle, its
	 * arrays' headers, its entry here and its share of the merged group it is sent in
	 * (about 410 bytes with compressed references), rounded up.
	 */
	static final int FOOTPRINT = 512;

	// how long a caller waits at least for the worker to evict under DROP_OLDEST
	private static final long EVICTION_WAIT = Duration.ofSeconds(1).toNanos();

	private final Room room;

	private final OverflowPolicy policy;

	private final long blockTimeout;

	// the entries handed over and not yet received, newest first
	private final AtomicReference<@Nullable Entry> inbox = new AtomicReference<>();

	private volatile @Nullable Listener listener;

	// the rest is the worker's

	private @Nullable Entry head;

	private @Nullable Entry tail;

	private int waitingBatches;

	private long waitingBytes;

	// waiting batches that were released with a time to be sent again
	private int waitingRetries;

	private long sequence;

	private int claimedBatches;

	private long claimedBytes;

	// the claimed batches of each merge key
	private final LongIntMap claimedKeys = new LongIntMap();

	// the waiting batches of each merge key
	private final LongIntMap waitingKeys = new LongIntMap();

	// the merge keys with batches both waiting and claimed: when every key waiting is
	// one, nothing can be claimed, and a claim need not look
	private int blockedKeys;

	// the merge keys passed over by a claim, or seen by a backlog
	private final LongIntMap scratchKeys = new LongIntMap();

	private final Map<String, List<Entry>> mergedGroups = new HashMap<>();

	/**
	 * Creates a store.
	 * @param maxBatches the most batches held, claimed or not
	 * @param maxBytes the most bytes held, with a footprint for each batch
	 * @param policy what to do with a batch when the store is full
	 * @param blockTimeout how long a caller waits for room with
	 * {@link OverflowPolicy#BLOCK}
	 * @param clock the scheduler whose time the wait is measured in
	 */
	MemoryBatchStore(int maxBatches, long maxBytes, OverflowPolicy policy, Duration blockTimeout, Scheduler clock) {
		this.room = new Room(maxBatches, maxBytes, clock);
		this.policy = policy;
		this.blockTimeout = blockTimeout.toNanos();
	}

	@Override
	public void open(Listener listener) {
		this.listener = listener;
	}

	@Override
	public Append append(StoredBatch batch) {
		Room.Reservation reservation = this.room.reserve(batch.size(), this.policy,
				(this.policy != OverflowPolicy.DROP_OLDEST) ? this.blockTimeout
						: Math.max(this.blockTimeout, EVICTION_WAIT),
				this::askForEviction);
		if (reservation == Room.Reservation.CLOSED) {
			return Append.CLOSED;
		}
		if (reservation == Room.Reservation.FULL) {
			return Append.FULL;
		}
		Entry entry = new Entry(this, batch);
		Entry newest;
		do {
			newest = this.inbox.get();
			entry.next = newest;
		}
		while (!this.inbox.compareAndSet(newest, entry));
		return Append.APPENDED;
	}

	// the worker evicts
	private void askForEviction() {
		Listener listener = this.listener;
		if (listener != null) {
			listener.available();
		}
	}

	// on the worker: the batches handed over join the list, then the oldest leave it if
	// callers wait for room under DROP_OLDEST
	private void receive() {
		Entry newest = this.inbox.getAndSet(null);
		if (newest != null) {
			// oldest first
			Entry oldest = null;
			while (newest != null) {
				Entry next = newest.next;
				newest.next = oldest;
				oldest = newest;
				newest = next;
			}
			while (oldest != null) {
				Entry next = oldest.next;
				oldest.sequence = ++this.sequence;
				linkLast(oldest);
				oldest = next;
			}
		}
		if (this.policy != OverflowPolicy.DROP_OLDEST) {
			return;
		}
		List<StoredBatch> evicted = null;
		while (this.head != null && this.room.isEvictionNeeded()) {
			Entry oldest = this.head;
			List<Entry> members = membersOf(oldest);
			if (evicted == null) {
				evicted = new ArrayList<>();
			}
			for (Entry member : members) {
				unlink(member);
				forget(member);
				this.room.free(1, member.size);
				evicted.add(member.batch);
			}
		}
		if (this.head == null && this.room.isEvictionNeeded() && this.room.batches() == this.claimedBatches) {
			// everything held is being sent, and no caller is still handing a batch over
			// that could be evicted: the callers waiting get no room
			this.room.evictionExhausted();
		}
		Listener listener = this.listener;
		if (evicted != null && listener != null) {
			listener.dropped(evicted);
		}
	}

	@Override
	public List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now) {
		receive();
		if (this.waitingKeys.size() == this.blockedKeys) {
			// every user with a batch waiting has an earlier one claimed
			return List.of();
		}
		List<Entry> taken = new ArrayList<>();
		// the keys of users whose later batches wait for one passed over
		LongIntMap passed = this.scratchKeys;
		passed.clear();
		long bytes = 0;
		for (Entry entry = this.head; entry != null && taken.size() < maxBatches; entry = entry.next) {
			long key = entry.key;
			// most entries passed over are of users with a batch claimed: read from the
			// entry alone
			if (entry.taken || this.claimedKeys.containsKey(key) || passed.containsKey(key)) {
				continue;
			}
			Instant due = entry.due;
			if (due != null && due.isAfter(now)) {
				// later batches of this user wait for this one
				passed.put(key, 1);
				continue;
			}
			// a batch sent merged is claimed with every other member of its group
			List<Entry> members = groupOf(entry);
			long size;
			int count;
			if (members != null) {
				size = 0;
				count = members.size();
				for (Entry member : members) {
					size += member.size;
				}
			}
			else {
				size = entry.size;
				count = 1;
			}
			if (!taken.isEmpty() && (bytes + size > maxBytes || taken.size() + count > maxBatches)) {
				// full: the batches after it wait for the next claim, as they would
				// behind it
				break;
			}
			bytes += size;
			if (members != null) {
				for (Entry member : members) {
					member.taken = true;
					taken.add(member);
				}
			}
			else {
				entry.taken = true;
				taken.add(entry);
			}
		}
		List<StoredBatch> batches = new ArrayList<>(taken.size());
		for (Entry entry : taken) {
			entry.taken = false;
			unlink(entry);
			entry.claimed = true;
			this.claimedBatches++;
			this.claimedBytes += entry.size;
			claimedKey(entry.key, 1);
			batches.add(entry.batch);
		}
		return batches;
	}

	// the members of the entry's group if it is sent merged, or null if it is sent on
	// its own; the members are released together and so wait together
	private @Nullable List<Entry> groupOf(Entry entry) {
		String group = entry.mergedInto;
		List<Entry> members = (group != null) ? this.mergedGroups.get(group) : null;
		// a batch split off its group by a bisection is sent on its own
		return (members != null && members.size() > 1 && members.contains(entry)) ? members : null;
	}

	// the entry and, if it is sent merged, every other member of its group
	private List<Entry> membersOf(Entry entry) {
		List<Entry> members = groupOf(entry);
		return (members != null) ? members : List.of(entry);
	}

	@Override
	public void merged(List<List<StoredBatch>> groups) {
		for (List<StoredBatch> group : groups) {
			String id = group.get(0).sourceRequestId();
			List<Entry> members = new ArrayList<>(group.size());
			for (StoredBatch batch : group) {
				Entry entry = claimedEntry(batch);
				leaveGroup(entry);
				// the batch learns its group only if it is sent again
				entry.mergedInto = id;
				members.add(entry);
			}
			this.mergedGroups.put(id, members);
		}
	}

	@Override
	public void acknowledge(List<StoredBatch> batches) {
		settle(batches);
	}

	@Override
	public void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message) {
		settle(batches);
	}

	private void settle(List<StoredBatch> batches) {
		long bytes = 0;
		for (StoredBatch batch : batches) {
			Entry entry = unclaim(batch);
			forget(entry);
			bytes += entry.size;
		}
		this.room.free(batches.size(), bytes);
	}

	@Override
	public void release(List<StoredBatch> batches, Instant nextAttemptAt) {
		for (StoredBatch batch : batches) {
			Entry entry = unclaim(batch);
			entry.batch = entry.batch.released(nextAttemptAt, entry.mergedInto);
			entry.batch.memoryStoreEntry = entry;
			entry.due = entry.batch.nextAttemptAt();
			linkInOrder(entry);
		}
	}

	@Override
	public Backlog backlog(Instant now) {
		receive();
		Entry oldest = this.head;
		Instant nextDueAt = (oldest != null) ? oldest.batch.acceptedAt() : null;
		if (this.waitingRetries > 0) {
			// the first waiting batch of each user that is not claimed decides when the
			// user is due; the batches behind it wait for it
			nextDueAt = null;
			LongIntMap seen = this.scratchKeys;
			seen.clear();
			for (Entry entry = this.head; entry != null; entry = entry.next) {
				if (this.claimedKeys.containsKey(entry.key) || seen.containsKey(entry.key)) {
					continue;
				}
				seen.put(entry.key, 1);
				Instant due = entry.batch.nextAttemptAt();
				if (due == null) {
					due = entry.batch.acceptedAt();
				}
				if (nextDueAt == null || due.isBefore(nextDueAt)) {
					nextDueAt = due;
				}
			}
		}
		// the worker's own counts, without the lock that callers take: batches still in
		// the inbox are not counted yet
		return new Backlog(this.waitingBatches + this.claimedBatches, this.waitingBytes + this.claimedBytes,
				this.waitingBatches, this.waitingBytes, (oldest != null) ? oldest.batch.acceptedAt() : null, nextDueAt);
	}

	@Override
	public void close() {
		this.room.close();
	}

	/**
	 * Returns the batches held, claimed or not, and their size without footprint, read
	 * together; callable from any thread.
	 * @return the number of batches and their size
	 */
	long[] held() {
		return this.room.held();
	}

	/**
	 * Returns the batches held, claimed or not; callable from any thread.
	 * @return the number of batches
	 */
	int heldBatches() {
		return this.room.batches();
	}

	/**
	 * Returns the size of the batches held, claimed or not, without their footprint;
	 * callable from any thread.
	 * @return the size in bytes
	 */
	long heldBytes() {
		return this.room.bytes();
	}

	// the batch's entry, reached from the batch itself: no lookup in a map of what the
	// callers wrote from the other core
	private Entry claimedEntry(StoredBatch batch) {
		if (batch.memoryStoreEntry instanceof Entry entry && entry.owner == this && entry.batch == batch
				&& entry.claimed) {
			return entry;
		}
		throw new IllegalArgumentException("Not a claimed batch: " + batch);
	}

	private Entry unclaim(StoredBatch batch) {
		Entry entry = claimedEntry(batch);
		entry.claimed = false;
		this.claimedBatches--;
		this.claimedBytes -= entry.size;
		claimedKey(entry.key, -1);
		return entry;
	}

	private void claimedKey(long key, int sign) {
		countKey(this.claimedKeys, this.waitingKeys, key, sign);
	}

	// counts a batch of a key in or out of one map; the key is blocked while it is in
	// both, so it becomes or stops being blocked when it enters or leaves one while in
	// the other
	private void countKey(LongIntMap counts, LongIntMap other, long key, int sign) {
		int count = counts.add(key, sign);
		if (count == ((sign > 0) ? 1 : 0) && other.containsKey(key)) {
			this.blockedKeys += sign;
		}
	}

	private void forget(Entry entry) {
		leaveGroup(entry);
	}

	private void leaveGroup(Entry entry) {
		String group = entry.mergedInto;
		if (group == null) {
			return;
		}
		List<Entry> members = this.mergedGroups.get(group);
		if (members != null) {
			members.remove(entry);
			if (members.isEmpty()) {
				this.mergedGroups.remove(group);
			}
		}
	}

	private void linkLast(Entry entry) {
		entry.previous = this.tail;
		entry.next = null;
		if (this.tail != null) {
			this.tail.next = entry;
		}
		else {
			this.head = entry;
		}
		this.tail = entry;
		counted(entry, 1);
	}

	// batches sent again go back to their place, usually at the front
	private void linkInOrder(Entry entry) {
		Entry after = null;
		for (Entry at = this.head; at != null && at.sequence < entry.sequence; at = at.next) {
			after = at;
		}
		entry.previous = after;
		entry.next = (after != null) ? after.next : this.head;
		if (entry.next != null) {
			entry.next.previous = entry;
		}
		else {
			this.tail = entry;
		}
		if (after != null) {
			after.next = entry;
		}
		else {
			this.head = entry;
		}
		counted(entry, 1);
	}

	private void unlink(Entry entry) {
		if (entry.previous != null) {
			entry.previous.next = entry.next;
		}
		else {
			this.head = entry.next;
		}
		if (entry.next != null) {
			entry.next.previous = entry.previous;
		}
		else {
			this.tail = entry.previous;
		}
		entry.previous = null;
		entry.next = null;
		counted(entry, -1);
	}

	private void counted(Entry entry, int sign) {
		countKey(this.waitingKeys, this.claimedKeys, entry.key, sign);
		this.waitingBatches += sign;
		this.waitingBytes += sign * (long) entry.size;
		if (entry.due != null) {
			this.waitingRetries += sign;
		}
	}

	/**
	 * A batch in the store, in the order of acceptance. Made by the caller that appends
	 * the batch, and the worker's from when it takes the entry from the inbox.
	 */
	private static final class Entry {

		StoredBatch batch;

		final long key;

		// the batch's size, read where the caller that made the entry wrote the batch
		final int size;

		// the batch's next attempt time, or null if it is due at once
		@Nullable Instant due;

		// the id of the group it was last recorded as sent merged in, or null
		@Nullable String mergedInto;

		long sequence;

		@Nullable Entry previous;

		// the next in the list, or, in the inbox, the one pushed before
		@Nullable Entry next;

		boolean taken;

		boolean claimed;

		// the store whose entry it is
		final MemoryBatchStore owner;

		Entry(MemoryBatchStore owner, StoredBatch batch) {
			this.owner = owner;
			this.batch = batch;
			batch.memoryStoreEntry = this;
			this.key = batch.mergeKey();
			this.size = batch.size();
			this.due = batch.nextAttemptAt();
			this.mergedInto = batch.mergedInto();
		}

	}

}

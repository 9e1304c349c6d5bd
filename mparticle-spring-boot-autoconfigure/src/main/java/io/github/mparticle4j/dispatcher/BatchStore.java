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
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an {@link EventDispatcher} keeps the batches it accepted until they are settled:
 * delivered, failed for good, or dropped. The dispatcher's engine appends, claims a set
 * to send, and then acknowledges, releases or marks dead what it claimed; it never looks
 * inside the store otherwise. The default store keeps batches in memory; a store backed
 * by the application's database keeps them across restarts and shares them between
 * instances.
 * <h2>Threads</h2> {@link #append} is called on the threads of the callers of
 * {@link EventDispatcher#enqueue}, concurrently; a transactional store joins the caller's
 * transaction there. Every other method is called by the dispatcher's one worker, never
 * concurrently with itself, and must not block for long: a store that does I/O bounds it
 * with its own timeouts.
 * <h2>What a store guarantees</h2>
 * <ol>
 * <li><b>Nothing vanishes.</b> A batch for which {@link #append} returned
 * {@link Append#APPENDED} stays in the store until it is {@linkplain #acknowledge
 * acknowledged}, {@linkplain #markDead marked dead} or {@linkplain Listener#dropped
 * dropped} under the store's overflow policy and reported to the listener. A durable
 * store keeps it across restarts; a batch appended inside a transaction that rolls back
 * was never appended, and is reported through {@link Listener#discarded}.</li>
 * <li><b>Ids are fixed.</b> The {@link StoredBatch#sourceRequestId() source_request_id}
 * given at append is the one every attempt sends, in any process. Batches recorded as
 * {@linkplain #merged merged} are claimed together, and only together, from then on, so
 * that a request sent again carries the same content under the same id.</li>
 * <li><b>One sender at a time.</b> A claimed batch is not claimed again until it is
 * settled or released, or, for a store shared between processes, until the claim's lease
 * has expired (the process that claimed it died or stalled); then it is sent again with
 * the same id, which mParticle de-duplicates.</li>
 * <li><b>Order per user.</b> Batches are claimed oldest first, and a batch is not claimed
 * while an earlier batch with the same {@link StoredBatch#mergeKey() merge key} is
 * claimed and not settled, so that the events of a user are sent in the order they were
 * enqueued. A store shared between processes guarantees this within each process.</li>
 * <li><b>Bounded.</b> The store holds at most its configured batches and bytes, and
 * applies its {@link OverflowPolicy} when full.</li>
 * </ol>
 *
 * @author mparticle4j contributors
 */
public interface BatchStore {

	/**
	 * Called once by the dispatcher, before any other method, with what the store reports
	 * to it.
	 * @param listener the dispatcher's listener
	 */
	void open(Listener listener);

	/**
	 * Stores a batch that the dispatcher accepted. May be called from any thread,
	 * concurrently. Returns once the batch is stored: a store that joins the caller's
	 * transaction has written it in that transaction, and the batch becomes claimable
	 * when it commits.
	 * @param batch the batch, never attempted yet
	 * @return whether it was stored
	 * @throws BatchStoreException if the store failed; nothing was stored
	 */
	Append append(StoredBatch batch);

	/**
	 * Claims batches to send: the oldest that are due at {@code now} and not claimed,
	 * under the rules above, with every member of a merged group or none of it, up to the
	 * first that would exceed the bounds: the batches after it wait for a later claim, as
	 * it does. Called by the worker only.
	 * @param maxBatches the most batches to claim
	 * @param maxBytes the most bytes, {@link StoredBatch#size() sizes} summed, to claim;
	 * the first batch is claimed whatever its size
	 * @param now the current time
	 * @return the batches, oldest first; empty if none is due
	 * @throws BatchStoreException if the store failed; nothing was claimed
	 */
	List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now);

	/**
	 * Records that the batches of each group, claimed and never sent, are about to be
	 * sent merged as one batch with the id of the group's first: from now on they are
	 * claimed together and sent with that id. A group of one batch is sent alone, under
	 * its own id; from then on it must be claimed as a group of its own (its
	 * {@link StoredBatch#mergedInto()} its own id), which a store may record or infer (a
	 * batch claimed before may have been sent alone). Called by the worker only, before
	 * the request that carries them is sent.
	 * @param groups the groups, of one batch or more
	 * @throws BatchStoreException if the store failed; the groups must not be sent
	 */
	void merged(List<List<StoredBatch>> groups);

	/**
	 * Removes batches that mParticle accepted. Called by the worker only.
	 * @param batches claimed batches
	 * @throws BatchStoreException if the store failed; the batches return when their
	 * claim ends, and are sent again with the same ids
	 */
	void acknowledge(List<StoredBatch> batches);

	/**
	 * Gives back claimed batches to be sent again: each has one more attempt and is due
	 * at the given time. Called by the worker only.
	 * @param batches claimed batches
	 * @param nextAttemptAt when they may be claimed again
	 * @throws BatchStoreException if the store failed
	 */
	void release(List<StoredBatch> batches, Instant nextAttemptAt);

	/**
	 * Settles claimed batches that will never be delivered: mParticle refused them, or
	 * the dispatcher gave up on them. The failure handler has been given them. A durable
	 * store keeps them, with the reason, for inspection and replay; the memory store
	 * forgets them. Called by the worker only.
	 * @param batches claimed batches
	 * @param reason why
	 * @param message what happened, without data or secrets
	 * @throws BatchStoreException if the store failed
	 */
	void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message);

	/**
	 * Returns what the store holds that has not been settled, for the dispatcher's
	 * decisions and its {@link EventDispatcher#status() status}. Called by the worker
	 * only; a store that must ask a database may answer from what it last saw.
	 * @param now the current time
	 * @return the backlog
	 */
	Backlog backlog(Instant now);

	/**
	 * Returns how often the dispatcher should look for batches that it was not told about
	 * through {@link Listener#available()}, such as those that other processes appended
	 * or whose lease expired.
	 * @return the interval, or {@code null} to rely on the listener alone
	 */
	default @Nullable Duration pollInterval() {
		return null;
	}

	/**
	 * Tells whether the batches outlive the process, as in a database: then a dispatcher
	 * that shuts down before it could deliver them leaves them in the store, released for
	 * the next start (or another instance) to send, instead of failing them and handing
	 * them to the failure handler.
	 * @return whether the store is durable; {@code false} by default
	 */
	default boolean isDurable() {
		return false;
	}

	/**
	 * For a store that several processes share: reports the batches that this process
	 * appended and that another process has settled since, so that their handles here
	 * complete. Called by the worker at every {@linkplain #pollInterval() poll}; a store
	 * answers from a cheap check, as often as it sees fit, and reports each batch once.
	 * @return the batches settled elsewhere since the last call; none by default
	 * @throws BatchStoreException if the store failed
	 */
	default List<SettledElsewhere> settledElsewhere() {
		return List.of();
	}

	/**
	 * Stops accepting batches: later appends return {@link Append#CLOSED}, and callers
	 * waiting for room return. Claimed batches may still be settled. May be called from
	 * any thread.
	 */
	void close();

	/**
	 * What {@link #append} did.
	 */
	enum Append {

		/**
		 * Stored.
		 */
		APPENDED,

		/**
		 * Not stored: the store is full and its overflow policy rejected the batch.
		 */
		FULL,

		/**
		 * Not stored: the store was {@linkplain #close() closed}.
		 */
		CLOSED

	}

	/**
	 * What a store holds that is not settled.
	 *
	 * @param batches the batches, claimed or not
	 * @param bytes their size in bytes
	 * @param waitingBatches the batches not claimed
	 * @param waitingBytes the size of the batches not claimed
	 * @param oldestWaitingAcceptedAt when the oldest batch not claimed was accepted, or
	 * {@code null} if none waits
	 * @param nextDueAt the earliest time at which a batch not claimed is due, or
	 * {@code null} if none waits
	 */
	record Backlog(int batches, long bytes, int waitingBatches, long waitingBytes,
			@Nullable Instant oldestWaitingAcceptedAt, @Nullable Instant nextDueAt) {

	}

	/**
	 * A batch that this process appended and another process settled.
	 *
	 * @param sourceRequestId the batch's id
	 * @param deadReason why it will never be delivered, or {@code null} if it is no
	 * longer in the store: delivered, or dropped to make room, which the other process
	 * reports
	 * @param message what happened, for a dead batch, or {@code null}
	 */
	record SettledElsewhere(String sourceRequestId, DispatchFailure.@Nullable Reason deadReason,
			@Nullable String message) {

	}

	/**
	 * What a store reports to its dispatcher. Its methods may be called from any thread
	 * and return at once.
	 */
	interface Listener {

		/**
		 * Batches may have become claimable: appended, committed, or returned.
		 */
		void available();

		/**
		 * Batches for which {@link #append} returned {@link Append#APPENDED} will never
		 * be stored, such as those appended in a transaction that rolled back.
		 * @param batches the batches
		 */
		void discarded(List<StoredBatch> batches);

		/**
		 * Batches were removed unsent to make room, under
		 * {@link OverflowPolicy#DROP_OLDEST}.
		 * @param batches the batches
		 */
		void dropped(List<StoredBatch> batches);

	}

}

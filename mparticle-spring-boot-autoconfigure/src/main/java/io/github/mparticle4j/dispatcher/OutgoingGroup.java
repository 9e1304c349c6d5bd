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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;

/**
 * Stored batches of one user sent as one batch, under one {@code source_request_id}: a
 * batch on its own, batches merged by the engine, or a group recorded as merged before it
 * was first sent. Writes itself as ranges of the arrays its batches hold, without copying
 * them.
 * <p>
 * Confined to the dispatcher's worker, which packs, sends and settles groups.
 *
 * @author mparticle4j contributors
 */
final class OutgoingGroup {

	private static final byte[] SOURCE_REQUEST_ID = "{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OPEN_FIRST_BATCH = "[{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OPEN_NEXT_BATCH = ",{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] COMMA = { ',' };

	private static final byte[] CLOSE_BATCH = { ']', '}' };

	private static final byte[] CLOSE_ARRAY = { ']' };

	private final StoredBatch first;

	final ArrayList<StoredBatch> batches = new ArrayList<>(1);

	// the room of batches: doubled when full, as a group of one event per batch may
	// merge hundreds
	private int capacity = 1;

	/**
	 * Whether batches may still merge into this group: it was never sent, and its first
	 * batch may be merged.
	 */
	private final boolean open;

	/**
	 * Whether the store knows the membership of this group, or need not: a group of one
	 * batch, or one that the store gave back as merged.
	 */
	boolean recorded;

	private int eventsSize;

	private int nonEmptyEvents;

	private OutgoingGroup(StoredBatch first, boolean open, boolean recorded) {
		this.first = first;
		this.open = open;
		this.recorded = recorded;
		add(first);
	}

	/**
	 * Starts a group with a batch that was never sent, which others of its user may join.
	 * @param first the batch
	 * @return the group
	 */
	static OutgoingGroup fresh(StoredBatch first) {
		boolean open = first.mergeable() && first.attempts() == 0 && first.mergedInto() == null;
		return new OutgoingGroup(first, open, !open);
	}

	/**
	 * Starts a group whose membership is fixed: a batch sent before, or the first of a
	 * group recorded as merged.
	 * @param first the batch
	 * @return the group
	 */
	static OutgoingGroup fixed(StoredBatch first) {
		return new OutgoingGroup(first, false, true);
	}

	/**
	 * Returns the size in bytes of a batch with the given parts.
	 * @param idSize the size of the id as JSON
	 * @param envelopeSize the size of the envelope
	 * @param eventsSize the size of the events, without brackets or separating commas
	 * @param nonEmptyEvents how many of the merged batches have events
	 * @return the size of the batch as JSON
	 */
	static int sizeOf(int idSize, int envelopeSize, int eventsSize, int nonEmptyEvents) {
		// {"source_request_id":ID, + envelope without { and ]} + events + commas + ]}
		return SOURCE_REQUEST_ID.length + idSize + 1 + (envelopeSize - 3) + eventsSize + Math.max(0, nonEmptyEvents - 1)
				+ 2;
	}

	/**
	 * Adds a batch that was never sent if it has the same envelope and the result stays
	 * within 128 KB.
	 * @param batch the batch
	 * @return whether it was added
	 */
	boolean tryMerge(StoredBatch batch) {
		if (!this.open || !batch.mergeable() || batch.attempts() > 0 || batch.mergedInto() != null
				|| batch.mergeKey() != this.first.mergeKey()
				|| !Arrays.equals(batch.envelope(), this.first.envelope())) {
			return false;
		}
		int nonEmpty = this.nonEmptyEvents + ((batch.eventsLength() > 0) ? 1 : 0);
		if (sizeOf(this.first.sourceRequestIdJson().length, this.first.envelope().length,
				this.eventsSize + batch.eventsLength(), nonEmpty) > BatchValidator.MAX_BATCH_SIZE) {
			return false;
		}
		add(batch);
		this.recorded = false;
		return true;
	}

	/**
	 * Adds a member of the group that the store gave back as merged.
	 * @param batch the batch
	 */
	void addMember(StoredBatch batch) {
		add(batch);
	}

	private void add(StoredBatch batch) {
		if (this.batches.size() == this.capacity) {
			this.capacity = Math.max(8, 2 * this.capacity);
			this.batches.ensureCapacity(this.capacity);
		}
		this.batches.add(batch);
		this.eventsSize += batch.eventsLength();
		if (batch.eventsLength() > 0) {
			this.nonEmptyEvents++;
		}
	}

	String sourceRequestId() {
		return this.first.sourceRequestId();
	}

	long mergeKey() {
		return this.first.mergeKey();
	}

	StoredBatch first() {
		return this.first;
	}

	int size() {
		return sizeOf(this.first.sourceRequestIdJson().length, this.first.envelope().length, this.eventsSize,
				this.nonEmptyEvents);
	}

	/**
	 * Returns the most attempts that a batch of this group has had.
	 * @return the attempts
	 */
	int attempts() {
		int attempts = 0;
		for (StoredBatch batch : this.batches) {
			attempts = Math.max(attempts, batch.attempts());
		}
		return attempts;
	}

	/**
	 * Splits a group of several batches in two, for the bisection of a request that
	 * mParticle refused. Each half is sent under the id of its first batch.
	 * @return the two halves, whose membership the store does not know yet
	 */
	List<OutgoingGroup> split() {
		int half = this.batches.size() / 2;
		OutgoingGroup left = fixed(this.batches.get(0));
		OutgoingGroup right = fixed(this.batches.get(half));
		for (int i = 1; i < this.batches.size(); i++) {
			if (i != half) {
				((i < half) ? left : right).add(this.batches.get(i));
			}
		}
		left.recorded = left.batches.size() < 2;
		right.recorded = right.batches.size() < 2;
		return List.of(left, right);
	}

	/**
	 * Writes this group on its own.
	 * @return the JSON
	 */
	byte[] toJson() {
		Pieces pieces = new Pieces(pieces());
		addPieces(pieces, SOURCE_REQUEST_ID);
		int size = size();
		return pieces.toRequest(size, new int[] { size }).toByteArray();
	}

	/**
	 * Makes one bulk request of groups, a JSON array of their batches, as ranges of the
	 * bytes the groups hold.
	 * @param groups the groups
	 * @return the request
	 */
	static BulkRequest writeRequest(List<OutgoingGroup> groups) {
		int[] sizes = new int[groups.size()];
		List<String> ids = new ArrayList<>(groups.size());
		int size = 2 + groups.size() - 1;
		int count = 1;
		for (int i = 0; i < groups.size(); i++) {
			OutgoingGroup group = groups.get(i);
			sizes[i] = group.size();
			size += sizes[i];
			count += group.pieces();
			ids.add(group.sourceRequestId());
		}
		Pieces body = new Pieces(count);
		for (int i = 0; i < groups.size(); i++) {
			groups.get(i).addPieces(body, (i == 0) ? OPEN_FIRST_BATCH : OPEN_NEXT_BATCH);
		}
		body.add(CLOSE_ARRAY, 0, CLOSE_ARRAY.length);
		return new BulkRequest(body.toRequest(size, sizes), ids);
	}

	/**
	 * Returns the size of a request of the given groups.
	 * @param groupSizes the sum of the groups' sizes
	 * @param groups the number of groups
	 * @return the size of the body
	 */
	static long requestSize(long groupSizes, int groups) {
		return groupSizes + 2 + Math.max(0, groups - 1);
	}

	// how many pieces addPieces adds
	private int pieces() {
		return 5 + Math.max(0, 2 * this.nonEmptyEvents - 1);
	}

	// this group as one batch after the opening, which ends in "source_request_id":,
	// as ranges of the arrays: the envelope without its opening brace and closing "]}"
	private void addPieces(Pieces body, byte[] opening) {
		byte[] id = this.first.sourceRequestIdJson();
		byte[] envelope = this.first.envelope();
		body.add(opening, 0, opening.length);
		body.add(id, 0, id.length);
		body.add(COMMA, 0, 1);
		body.add(envelope, 1, envelope.length - 3);
		boolean first = true;
		for (StoredBatch batch : this.batches) {
			byte[] events = batch.events();
			if (events.length > 0) {
				if (!first) {
					body.add(COMMA, 0, 1);
				}
				body.add(events, 0, events.length);
				first = false;
			}
		}
		body.add(CLOSE_BATCH, 0, CLOSE_BATCH.length);
	}

	/**
	 * The pieces of a body as they are added, in arrays sized in advance.
	 */
	private static final class Pieces {

		private final byte[][] arrays;

		private final int[] offsets;

		private final int[] lengths;

		private int count;

		Pieces(int capacity) {
			this.arrays = new byte[capacity][];
			this.offsets = new int[capacity];
			this.lengths = new int[capacity];
		}

		void add(byte[] array, int offset, int length) {
			this.arrays[this.count] = array;
			this.offsets[this.count] = offset;
			this.lengths[this.count] = length;
			this.count++;
		}

		SerializedRequest toRequest(int size, int[] batchSizes) {
			if (this.count != this.arrays.length) {
				throw new IllegalStateException(this.count + " pieces of " + this.arrays.length);
			}
			return new SerializedRequest(this.arrays, this.offsets, this.lengths, size, batchSizes);
		}

	}

}

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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One batch as it is sent: one or more {@link PendingBatch pending batches} of the same
 * envelope, merged, with their events in enqueue order. It takes the id of its first
 * batch; once {@link #seal() sealed} for a request, it is sent with that id and the same
 * content until it is settled.
 * <p>
 * Groups waiting to be sent form a list in the order of their first batch, linked through
 * the groups themselves. Not thread-safe: guarded by the {@link DispatchQueue}.
 *
 * @author mparticle4j contributors
 */
final class BatchGroup {

	private static final byte[] SOURCE_REQUEST_ID = "{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OPEN_FIRST_BATCH = "[{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OPEN_NEXT_BATCH = ",{\"source_request_id\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] COMMA = { ',' };

	private static final byte[] CLOSE_BATCH = { ']', '}' };

	private static final byte[] CLOSE_ARRAY = { ']' };

	final BatchEnvelope envelope;

	final boolean mergeable;

	final List<PendingBatch> batches = new ArrayList<>(1);

	private int eventsSize;

	private int nonEmptyEvents;

	private boolean sealed;

	@Nullable BatchGroup previous;

	@Nullable BatchGroup next;

	BatchGroup(PendingBatch first) {
		this.envelope = first.envelope;
		this.mergeable = !first.ownId;
		add(first);
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
	 * Adds a batch to this group if it may be merged and the result stays within 128 KB.
	 * @param batch the batch, with the same envelope
	 * @return whether it was added
	 */
	boolean tryMerge(PendingBatch batch) {
		if (!this.mergeable || batch.ownId || this.sealed) {
			return false;
		}
		int nonEmpty = this.nonEmptyEvents + ((batch.events.length > 0) ? 1 : 0);
		if (sizeOf(first().sourceRequestIdJsonLength, this.envelope.json().length,
				this.eventsSize + batch.events.length, nonEmpty) > BatchValidator.MAX_BATCH_SIZE) {
			return false;
		}
		batch.envelope = this.envelope;
		add(batch);
		return true;
	}

	private void add(PendingBatch batch) {
		this.batches.add(batch);
		this.eventsSize += batch.events.length;
		if (batch.events.length > 0) {
			this.nonEmptyEvents++;
		}
	}

	/**
	 * Removes the first batch, to make room in a full queue.
	 * @return the batch
	 */
	PendingBatch removeFirst() {
		PendingBatch batch = this.batches.remove(0);
		this.eventsSize -= batch.events.length;
		if (batch.events.length > 0) {
			this.nonEmptyEvents--;
		}
		return batch;
	}

	PendingBatch first() {
		return this.batches.get(0);
	}

	String sourceRequestId() {
		return first().sourceRequestId().value();
	}

	long enqueuedAt() {
		return first().enqueuedAt;
	}

	int size() {
		return sizeOf(first().sourceRequestIdJsonLength, this.envelope.json().length, this.eventsSize,
				this.nonEmptyEvents);
	}

	/**
	 * Returns the serialized size of the batches of this group as enqueued.
	 * @return the size in bytes
	 */
	long pendingBytes() {
		long bytes = 0;
		for (PendingBatch batch : this.batches) {
			bytes += batch.size;
		}
		return bytes;
	}

	/**
	 * Fixes the content and id of this group, for a request: nothing is merged into it
	 * any more.
	 */
	void seal() {
		this.sealed = true;
	}

	boolean isSealed() {
		return this.sealed;
	}

	/**
	 * Splits a sealed group of several batches in two, for the bisection of a request
	 * that mParticle refused.
	 * @return the two halves, sealed
	 */
	List<BatchGroup> split() {
		int half = this.batches.size() / 2;
		BatchGroup left = new BatchGroup(this.batches.get(0));
		BatchGroup right = new BatchGroup(this.batches.get(half));
		for (int i = 1; i < this.batches.size(); i++) {
			if (i != half) {
				((i < half) ? left : right).add(this.batches.get(i));
			}
		}
		left.seal();
		right.seal();
		return List.of(left, right);
	}

	/**
	 * Writes this group on its own.
	 * @return the JSON
	 */
	byte[] toJson() {
		List<ByteBuffer> segments = new ArrayList<>(5 + 2 * this.batches.size());
		addSegments(segments, SOURCE_REQUEST_ID);
		int size = size();
		return new SerializedRequest(segments.toArray(new ByteBuffer[0]), size, new int[] { size }).toByteArray();
	}

	/**
	 * Makes the body of one bulk request of groups, a JSON array of their batches, as
	 * views of the bytes the groups hold.
	 * @param groups the groups
	 * @return the request
	 */
	static SerializedRequest writeRequest(List<BatchGroup> groups) {
		int[] sizes = new int[groups.size()];
		int size = 2 + groups.size() - 1;
		int segments = 1;
		for (int i = 0; i < groups.size(); i++) {
			BatchGroup group = groups.get(i);
			sizes[i] = group.size();
			size += sizes[i];
			segments += 5 + 2 * group.batches.size();
		}
		List<ByteBuffer> body = new ArrayList<>(segments);
		for (int i = 0; i < groups.size(); i++) {
			groups.get(i).addSegments(body, (i == 0) ? OPEN_FIRST_BATCH : OPEN_NEXT_BATCH);
		}
		body.add(ByteBuffer.wrap(CLOSE_ARRAY));
		return new SerializedRequest(body.toArray(new ByteBuffer[0]), size, sizes);
	}

	// this group as one batch after the opening, which ends in "source_request_id":,
	// as views of the arrays: the envelope without its opening brace and closing "]}"
	private void addSegments(List<ByteBuffer> body, byte[] opening) {
		byte[] id = first().sourceRequestId().json();
		byte[] envelope = this.envelope.json();
		body.add(ByteBuffer.wrap(opening));
		body.add(ByteBuffer.wrap(id));
		body.add(ByteBuffer.wrap(COMMA));
		body.add(ByteBuffer.wrap(envelope, 1, envelope.length - 3));
		boolean first = true;
		for (PendingBatch batch : this.batches) {
			if (batch.events.length > 0) {
				if (!first) {
					body.add(ByteBuffer.wrap(COMMA));
				}
				body.add(ByteBuffer.wrap(batch.events));
				first = false;
			}
		}
		body.add(ByteBuffer.wrap(CLOSE_BATCH));
	}

}

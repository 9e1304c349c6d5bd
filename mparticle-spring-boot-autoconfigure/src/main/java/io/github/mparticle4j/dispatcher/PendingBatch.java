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

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A batch accepted by an {@link EventDispatcher} and not yet settled: its serialized
 * parts, its id, when it was enqueued, and the handle given to the caller.
 * <p>
 * A {@code source_request_id} that the dispatcher makes for a batch is made when it is
 * first needed: when the batch is the first of a group that is sent, or is reported. A
 * batch that merges into another user's group before then never needs one.
 *
 * @author mparticle4j contributors
 */
final class PendingBatch {

	/**
	 * What a queued batch takes in memory besides its JSON, counted against the queue's
	 * byte bound: this object, its id as a string and as JSON, its handle, its envelope's
	 * and events' array headers and, for the first batch of a group, the group, its list
	 * and its entry in the map of open groups (about 410 bytes with compressed
	 * references), rounded up.
	 */
	static final int FOOTPRINT = 512;

	/**
	 * The length of a made id as a JSON string: a random UUID in quotes.
	 */
	static final int MADE_ID_JSON_LENGTH = 38;

	private @Nullable SourceRequestId sourceRequestId;

	/**
	 * The length of the id as a JSON string, quotes included, known before the id is
	 * made.
	 */
	final int sourceRequestIdJsonLength;

	/**
	 * Whether the caller gave the id; such a batch is never merged.
	 */
	final boolean ownId;

	/**
	 * The envelope: once merged, the group's, so that equal envelopes are held once.
	 */
	BatchEnvelope envelope;

	/**
	 * The events as JSON array content, without the brackets; empty for no events.
	 */
	final byte[] events;

	final int size;

	final long enqueuedAt;

	final CompletableFuture<Delivery> handle = new CompletableFuture<>();

	long sequence;

	/**
	 * Creates a pending batch.
	 * @param ownId the id that the caller gave the batch, or {@code null} to make one
	 * when needed
	 * @param envelope the envelope
	 * @param events the events as JSON array content
	 * @param enqueuedAt when it was enqueued, in the dispatcher's nanoseconds
	 */
	PendingBatch(@Nullable SourceRequestId ownId, BatchEnvelope envelope, byte[] events, long enqueuedAt) {
		this.sourceRequestId = ownId;
		this.ownId = ownId != null;
		this.sourceRequestIdJsonLength = (ownId != null) ? ownId.json().length : MADE_ID_JSON_LENGTH;
		this.envelope = envelope;
		this.events = events;
		this.enqueuedAt = enqueuedAt;
		this.size = BatchGroup.sizeOf(this.sourceRequestIdJsonLength, envelope.json().length, events.length, 1);
	}

	/**
	 * Returns the batch's {@code source_request_id}, making it if the caller gave none.
	 * @return the id
	 */
	synchronized SourceRequestId sourceRequestId() {
		SourceRequestId id = this.sourceRequestId;
		if (id == null) {
			id = SourceRequestId.of(UUID.randomUUID().toString());
			this.sourceRequestId = id;
		}
		return id;
	}

	/**
	 * Tells whether the batch has an id yet: its own, or one made for it.
	 * @return whether it has one
	 */
	synchronized boolean hasSourceRequestId() {
		return this.sourceRequestId != null;
	}

	/**
	 * A {@code source_request_id}, and the same as a JSON string.
	 *
	 * @param value the id
	 * @param json the id as a JSON string, quotes included
	 */
	record SourceRequestId(String value, byte[] json) {

		static SourceRequestId of(String value) {
			return new SourceRequestId(value, quote(value));
		}

		private static byte[] quote(String id) {
			byte[] content = JsonStringEncoder.getInstance().quoteAsUTF8(id);
			byte[] quoted = new byte[content.length + 2];
			quoted[0] = '"';
			System.arraycopy(content, 0, quoted, 1, content.length);
			quoted[quoted.length - 1] = '"';
			return quoted;
		}

	}

}

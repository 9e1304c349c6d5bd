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

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A batch as a {@link BatchStore} keeps it: its {@code source_request_id}, fixed when the
 * dispatcher accepted it, its JSON in two parts, and what became of its attempts so far.
 * <p>
 * The JSON is split so that batches of the same user can be merged without parsing: the
 * {@linkplain #envelope() envelope} is the batch without its events and its
 * {@code source_request_id}, ending in {@code "events":[]}}, and the
 * {@linkplain #events() events} are the content of its {@code events} array, without the
 * brackets. Batches with equal envelopes belong to the same user, with the same
 * attributes, device and consent, and share a {@linkplain #mergeKey() merge key}.
 * <p>
 * Immutable, but for a reference that the dispatcher's in-memory store keeps to its own
 * entry; the arrays it returns must not be modified: batches of the same user that the
 * dispatcher accepted share one envelope array. A store that keeps batches elsewhere
 * makes new instances with
 * {@link #StoredBatch(String, long, boolean, byte[], byte[], Instant, int, Instant, String)}.
 *
 * @author mparticle4j contributors
 */
public final class StoredBatch {

	private final String sourceRequestId;

	private final byte[] sourceRequestIdJson;

	private final long mergeKey;

	private final boolean mergeable;

	private final byte[] envelope;

	private final byte[] events;

	// the time of acceptance, without an Instant per batch
	private final long acceptedAtSecond;

	private final int acceptedAtNano;

	private final int attempts;

	private final @Nullable Instant nextAttemptAt;

	private final @Nullable String mergedInto;

	// read without reaching into the arrays, which the worker would otherwise read from
	// the core of the caller that wrote them
	private final int size;

	private final int eventsLength;

	/**
	 * The {@link MemoryBatchStore}'s entry for this instance, so that it finds it without
	 * a lookup: set before the store's worker sees the instance, then only by that
	 * worker. No other store uses it.
	 */
	@Nullable Object memoryStoreEntry;

	/**
	 * Creates a stored batch.
	 * @param sourceRequestId the batch's {@code source_request_id}, text that JSON can
	 * carry
	 * @param mergeKey a hash of the envelope: equal for equal envelopes
	 * @param mergeable whether it may be merged with other batches of its user; not when
	 * the caller gave its own id
	 * @param envelope the batch without its events and id, ending in {@code "events":[]}}
	 * @param events the content of its events array, without brackets; empty for none
	 * @param acceptedAt when the dispatcher accepted it
	 * @param attempts the requests that carried it so far
	 * @param nextAttemptAt when it may be sent again, or {@code null} at once
	 * @param mergedInto the id of the batch it is sent merged into, or {@code null} if it
	 * is sent on its own or was never sent
	 * @throws IllegalArgumentException if the id holds a lone surrogate
	 */
	public StoredBatch(String sourceRequestId, long mergeKey, boolean mergeable, byte[] envelope, byte[] events,
			Instant acceptedAt, int attempts, @Nullable Instant nextAttemptAt, @Nullable String mergedInto) {
		this.sourceRequestId = Objects.requireNonNull(sourceRequestId, "'sourceRequestId' must not be null");
		this.sourceRequestIdJson = quote(sourceRequestId);
		this.mergeKey = mergeKey;
		this.mergeable = mergeable;
		this.envelope = Objects.requireNonNull(envelope, "'envelope' must not be null");
		this.events = Objects.requireNonNull(events, "'events' must not be null");
		Objects.requireNonNull(acceptedAt, "'acceptedAt' must not be null");
		this.acceptedAtSecond = acceptedAt.getEpochSecond();
		this.acceptedAtNano = acceptedAt.getNano();
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		this.mergedInto = mergedInto;
		this.size = sizeOf(this.sourceRequestIdJson, envelope, events);
		this.eventsLength = events.length;
	}

	// a batch accepted now, never attempted
	private StoredBatch(String sourceRequestId, long mergeKey, boolean mergeable, byte[] envelope, byte[] events,
			long acceptedAtNanos) {
		this.sourceRequestId = sourceRequestId;
		this.sourceRequestIdJson = quote(sourceRequestId);
		this.mergeKey = mergeKey;
		this.mergeable = mergeable;
		this.envelope = envelope;
		this.events = events;
		this.acceptedAtSecond = Math.floorDiv(acceptedAtNanos, 1_000_000_000L);
		this.acceptedAtNano = (int) Math.floorMod(acceptedAtNanos, 1_000_000_000L);
		this.attempts = 0;
		this.nextAttemptAt = null;
		this.mergedInto = null;
		this.size = sizeOf(this.sourceRequestIdJson, envelope, events);
		this.eventsLength = events.length;
	}

	/**
	 * Returns a batch that the dispatcher accepted, never attempted.
	 * @param sourceRequestId the batch's {@code source_request_id}
	 * @param mergeKey the {@linkplain BatchEnvelopes#hash64 hash} of its envelope
	 * @param mergeable whether it may be merged with other batches of its user
	 * @param envelope the batch without its events and id
	 * @param events the content of its events array
	 * @param acceptedAtNanos when it was accepted, in nanoseconds since the epoch
	 * @return the batch
	 * @throws IllegalArgumentException if the id holds a lone surrogate
	 */
	static StoredBatch accepted(String sourceRequestId, long mergeKey, boolean mergeable, byte[] envelope,
			byte[] events, long acceptedAtNanos) {
		return new StoredBatch(sourceRequestId, mergeKey, mergeable, envelope, events, acceptedAtNanos);
	}

	// a copy with other attempts, sharing the id's JSON
	private StoredBatch(StoredBatch batch, int attempts, @Nullable Instant nextAttemptAt, @Nullable String mergedInto) {
		this.sourceRequestId = batch.sourceRequestId;
		this.sourceRequestIdJson = batch.sourceRequestIdJson;
		this.mergeKey = batch.mergeKey;
		this.mergeable = batch.mergeable;
		this.envelope = batch.envelope;
		this.events = batch.events;
		this.acceptedAtSecond = batch.acceptedAtSecond;
		this.acceptedAtNano = batch.acceptedAtNano;
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		this.mergedInto = mergedInto;
		this.size = batch.size;
		this.eventsLength = batch.eventsLength;
	}

	private static int sizeOf(byte[] sourceRequestIdJson, byte[] envelope, byte[] events) {
		// {"source_request_id":"ID", + envelope without its { and ]} + events + ]}
		return 21 + sourceRequestIdJson.length + 1 + (envelope.length - 3) + events.length + 2;
	}

	/**
	 * Returns the {@code source_request_id} that every attempt sends.
	 * @return the id
	 */
	public String sourceRequestId() {
		return this.sourceRequestId;
	}

	/**
	 * Returns a hash of the envelope, equal for batches that may be merged. Batches with
	 * equal keys are merged only if their envelopes are equal too.
	 * @return the key
	 */
	public long mergeKey() {
		return this.mergeKey;
	}

	/**
	 * Returns whether the batch may be merged with other batches of its user: not when
	 * the caller gave it its own {@code source_request_id}.
	 * @return whether it may be merged
	 */
	public boolean mergeable() {
		return this.mergeable;
	}

	/**
	 * Returns the batch without its events and id, ending in {@code "events":[]}}.
	 * @return the JSON, not to be modified
	 */
	public byte[] envelope() {
		return this.envelope;
	}

	/**
	 * Returns the content of the batch's events array, without brackets.
	 * @return the JSON, not to be modified; empty for no events
	 */
	public byte[] events() {
		return this.events;
	}

	/**
	 * Returns when the dispatcher accepted the batch.
	 * @return the time
	 */
	public Instant acceptedAt() {
		return Instant.ofEpochSecond(this.acceptedAtSecond, this.acceptedAtNano);
	}

	/**
	 * Returns when the dispatcher accepted the batch, in nanoseconds since the epoch, as
	 * {@link #accepted} takes it.
	 * @return the time
	 */
	long acceptedAtNanos() {
		return this.acceptedAtSecond * 1_000_000_000L + this.acceptedAtNano;
	}

	/**
	 * Returns how many requests carried the batch so far.
	 * @return the attempts
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * Returns when the batch may be sent again.
	 * @return the time, or {@code null} if at once
	 */
	public @Nullable Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	/**
	 * Returns the id of the batch that this one is sent merged into, once it has been: it
	 * is sent again only in that batch. The first batch of a merged group names itself.
	 * @return the id, or {@code null}
	 */
	public @Nullable String mergedInto() {
		return this.mergedInto;
	}

	/**
	 * Returns the size of the batch sent on its own, in bytes.
	 * @return the size
	 */
	public int size() {
		return this.size;
	}

	/**
	 * Returns the length of {@link #events()}.
	 * @return the length in bytes
	 */
	int eventsLength() {
		return this.eventsLength;
	}

	/**
	 * Returns the id as a JSON string, quotes included.
	 * @return the JSON, not to be modified
	 */
	byte[] sourceRequestIdJson() {
		return this.sourceRequestIdJson;
	}

	private static byte[] quote(String id) {
		if (isPlain(id)) {
			// such as the ids the dispatcher makes: one array, no escaping
			byte[] quoted = new byte[id.length() + 2];
			quoted[0] = '"';
			for (int i = 0; i < id.length(); i++) {
				quoted[i + 1] = (byte) id.charAt(i);
			}
			quoted[quoted.length - 1] = '"';
			return quoted;
		}
		byte[] content = JsonStringEncoder.getInstance().quoteAsUTF8(id);
		byte[] quoted = new byte[content.length + 2];
		quoted[0] = '"';
		System.arraycopy(content, 0, quoted, 1, content.length);
		quoted[quoted.length - 1] = '"';
		return quoted;
	}

	// printable ASCII without a quote or a backslash: JSON as it is
	private static boolean isPlain(String id) {
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Returns this batch released after an attempt.
	 * @param nextAttemptAt when it may be sent again
	 * @return the batch with one more attempt
	 */
	public StoredBatch released(Instant nextAttemptAt) {
		return new StoredBatch(this, this.attempts + 1, nextAttemptAt, this.mergedInto);
	}

	/**
	 * Returns this batch released after an attempt, recorded as merged into another or
	 * not.
	 * @param nextAttemptAt when it may be sent again
	 * @param mergedInto the id of the batch it is sent in, or {@code null}
	 * @return the batch with one more attempt
	 */
	StoredBatch released(Instant nextAttemptAt, @Nullable String mergedInto) {
		return new StoredBatch(this, this.attempts + 1, nextAttemptAt, mergedInto);
	}

	/**
	 * Returns this batch recorded as merged into another.
	 * @param sourceRequestId the id of the batch it is sent in
	 * @return the batch
	 */
	public StoredBatch mergedInto(String sourceRequestId) {
		return new StoredBatch(this, this.attempts, this.nextAttemptAt, sourceRequestId);
	}

	@Override
	public String toString() {
		return "StoredBatch[sourceRequestId=" + this.sourceRequestId + ", attempts=" + this.attempts + ", size="
				+ size() + "]";
	}

}

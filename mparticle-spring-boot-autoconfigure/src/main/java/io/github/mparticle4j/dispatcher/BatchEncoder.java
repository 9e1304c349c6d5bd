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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

/**
 * Validates a batch as {@link EventsApi#uploadEvents(Batch)} would and serializes it, in
 * one pass, into two parts: its {@link BatchEnvelopes envelope} and its events, so that
 * batches of the same user can be merged and requests assembled from the bytes without
 * serializing again.
 *
 * @author mparticle4j contributors
 */
final class BatchEncoder {

	private static final byte[] EVENTS_START = "{\"events\":[".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EVENTS_END = "]}".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] FIRST_EVENTS_START = "\"events\":[".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] NEXT_EVENTS_START = ",\"events\":[".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EMPTY_EVENTS_END = "\"events\":[]}".getBytes(StandardCharsets.US_ASCII);

	private static final int BUFFER_SIZE = 8 * 1024;

	// the largest batch allowed, with room for the brackets around its events
	private static final int MAX_KEPT_BUFFER_SIZE = BatchValidator.MAX_BATCH_SIZE + 1024;

	private final RequestWriter writer = new RequestWriter();

	// more than one per core: a caller that the scheduler takes off its core in the
	// middle of a batch keeps its buffer meanwhile
	private final BufferPool buffers = new BufferPool(Math.max(8, 2 * Runtime.getRuntime().availableProcessors()),
			BUFFER_SIZE, MAX_KEPT_BUFFER_SIZE);

	private final BatchValidator validator = new BatchValidator();

	private final BatchEnvelopes envelopes = new BatchEnvelopes();

	private final Batch.@Nullable Environment defaultEnvironment;

	BatchEncoder(Batch.@Nullable Environment defaultEnvironment) {
		this.defaultEnvironment = defaultEnvironment;
	}

	/**
	 * Validates and serializes a batch, and gives it its {@code source_request_id} if it
	 * has none.
	 * @param batch the batch
	 * @param ids where ids come from
	 * @param acceptedAt the time of acceptance
	 * @return the batch to store
	 * @throws MParticleValidationException if the batch breaks a rule of the Events API
	 */
	StoredBatch encode(Batch batch, SourceRequestIds ids, Instant acceptedAt) {
		return encode(batch, ids, acceptedAt.getEpochSecond() * 1_000_000_000L + acceptedAt.getNano());
	}

	/**
	 * Validates and serializes a batch, and gives it its {@code source_request_id} if it
	 * has none.
	 * @param batch the batch
	 * @param ids where ids come from
	 * @param acceptedAtNanos the time of acceptance, in nanoseconds since the epoch
	 * @return the batch to store
	 * @throws MParticleValidationException if the batch breaks a rule of the Events API
	 */
	StoredBatch encode(Batch batch, SourceRequestIds ids, long acceptedAtNanos) {
		// read, never copied: the writer gives it its defaults as it writes
		List<Violation> violations = new ArrayList<>(0);
		this.validator.validate(batch, BatchValidator.Path.root("batch"), this.defaultEnvironment != null, violations);
		if (!violations.isEmpty()) {
			throw new MParticleValidationException(violations);
		}
		String ownId = batch.getSourceRequestId();
		RequestWriter.Buffer buffer = this.buffers.acquire();
		byte[] envelope;
		byte[] eventsJson;
		try {
			// {...,"events":[...]} with where "events" starts, the last property
			int mark = this.writer.writeMarkingLast(buffer, batch, this.defaultEnvironment, "events");
			int open = (mark < 0) ? -1 : buffer.regionEquals(mark, NEXT_EVENTS_START) ? mark + NEXT_EVENTS_START.length
					: buffer.regionEquals(mark, FIRST_EVENTS_START) ? mark + FIRST_EVENTS_START.length : -1;
			if (open >= 0 && buffer.regionEquals(buffer.size() - EVENTS_END.length, EVENTS_END)) {
				// the envelope is the batch up to its events' opening bracket, closed
				envelope = buffer.copyOfRange(0, open + EVENTS_END.length);
				System.arraycopy(EVENTS_END, 0, envelope, open, EVENTS_END.length);
				eventsJson = buffer.copyOfRange(open, buffer.size() - EVENTS_END.length);
			}
			else {
				buffer.reset();
				byte[][] parts = writeApart(buffer, withDefaults(batch));
				envelope = parts[0];
				eventsJson = parts[1];
			}
		}
		finally {
			this.buffers.release(buffer);
		}
		// hashed and shared while the caller's core still holds the bytes
		long key = BatchEnvelopes.hash64(envelope);
		envelope = this.envelopes.share(envelope, key);
		StoredBatch stored;
		try {
			stored = StoredBatch.accepted((ownId != null) ? ownId : ids.next(), key, ownId == null, envelope,
					eventsJson, acceptedAtNanos);
		}
		catch (IllegalArgumentException ex) {
			throw new MParticleValidationException(List.of(new Violation("batch.source_request_id",
					"must be text that JSON can carry, without a lone surrogate")));
		}
		this.validator.validateSizes(new int[] { stored.size() }, stored.size(), "batch", false, violations);
		if (!violations.isEmpty()) {
			throw new MParticleValidationException(violations);
		}
		return stored;
	}

	private Batch withDefaults(Batch batch) {
		Batch copy = batch.copy().sourceRequestId(null);
		if (copy.getEnvironment() == null && this.defaultEnvironment != null) {
			copy.environment(this.defaultEnvironment);
		}
		return copy;
	}

	// the envelope and the events written as two batches, one after the other
	private byte[][] writeApart(RequestWriter.Buffer buffer, Batch copy) {
		Batch events = new Batch().events(copy.getEvents());
		copy.events(null);
		int envelopeEnd = this.writer.writeAdjacent(buffer, copy, events);
		// {...,"events":[]}{"events":[...]}
		if (!buffer.regionEquals(envelopeEnd - EMPTY_EVENTS_END.length, EMPTY_EVENTS_END)
				|| !buffer.regionEquals(envelopeEnd, EVENTS_START)
				|| !buffer.regionEquals(buffer.size() - EVENTS_END.length, EVENTS_END)) {
			throw new IllegalStateException("A batch did not serialize as an envelope and its events");
		}
		return new byte[][] { buffer.copyOfRange(0, envelopeEnd),
				buffer.copyOfRange(envelopeEnd + EVENTS_START.length, buffer.size() - EVENTS_END.length) };
	}

	/**
	 * Serializes a batch whole, for the failure handler of a batch that could not be
	 * encoded.
	 * @param batch the batch
	 * @return the JSON, or an empty array if it cannot be serialized
	 */
	byte[] toBytes(Batch batch) {
		try {
			return this.writer.toBytes(batch);
		}
		catch (RuntimeException ex) {
			return new byte[0];
		}
	}

}

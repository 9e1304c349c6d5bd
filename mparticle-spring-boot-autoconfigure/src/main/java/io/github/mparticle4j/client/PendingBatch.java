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

package io.github.mparticle4j.client;

import java.util.concurrent.CompletableFuture;

/**
 * A batch accepted by an {@link EventDispatcher} and not yet settled: its serialized
 * parts, its id, when it was enqueued, and the handle given to the caller.
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

	final String sourceRequestId;

	/**
	 * The id as a JSON string, quotes included.
	 */
	final byte[] sourceRequestIdJson;

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

	PendingBatch(String sourceRequestId, byte[] sourceRequestIdJson, boolean ownId, BatchEnvelope envelope,
			byte[] events, long enqueuedAt) {
		this.sourceRequestId = sourceRequestId;
		this.sourceRequestIdJson = sourceRequestIdJson;
		this.ownId = ownId;
		this.envelope = envelope;
		this.events = events;
		this.enqueuedAt = enqueuedAt;
		this.size = BatchGroup.sizeOf(sourceRequestIdJson.length, envelope.json().length, events.length, 1);
	}

}

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
import java.util.List;
import java.util.Locale;

import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches that an {@link EventDispatcher} could not deliver, and why: what a
 * {@link DispatchFailureHandler} receives.
 *
 * @param dispatcher the name of the dispatcher, such as the name of its mParticle input
 * @param reason why they were not delivered
 * @param message what happened, without data or secrets
 * @param batches the batches, as enqueued
 * @param cause the failure of the request that carried them, or {@code null}
 * @author mparticle4j contributors
 */
public record DispatchFailure(String dispatcher, Reason reason, String message, List<FailedBatch> batches,
		@Nullable Throwable cause) {

	/**
	 * Creates a failure.
	 * @param dispatcher the name of the dispatcher
	 * @param reason the reason
	 * @param message the message
	 * @param batches the batches
	 * @param cause the cause, or {@code null}
	 */
	public DispatchFailure {
		batches = List.copyOf(batches);
	}

	/**
	 * Returns the {@code source_request_id} of each batch.
	 * @return the ids
	 */
	public List<String> sourceRequestIds() {
		return this.batches.stream().map(FailedBatch::sourceRequestId).toList();
	}

	/**
	 * Why batches were not delivered. Drops ({@link #isDrop()}) are batches that were
	 * never sent, or not sent to the end; failures are batches that mParticle refused.
	 */
	public enum Reason {

		/**
		 * The batch broke a rule of the Events API and was rejected by
		 * {@link EventDispatcher#enqueue}.
		 */
		INVALID(false),

		/**
		 * The queue was full and the policy rejected the new batch.
		 */
		QUEUE_FULL(true),

		/**
		 * The store could not keep the batch, such as a database that could not be
		 * reached; {@link EventDispatcher#enqueue} refused it and nothing was kept.
		 */
		STORE_FAILED(true),

		/**
		 * The queue was full and the policy evicted this batch, the oldest, to make room.
		 */
		OVERFLOW(true),

		/**
		 * The dispatcher was shut down before it could deliver the batch.
		 */
		SHUTDOWN(true),

		/**
		 * The transaction that enqueued the batch rolled back, so the batch was never
		 * stored and is not sent: what the application asked for, not a loss, and so left
		 * out of the dispatcher's drop summaries.
		 */
		ROLLED_BACK(true),

		/**
		 * mParticle rejected the batch as malformed ({@code 400}).
		 */
		BAD_REQUEST(false),

		/**
		 * mParticle rejected the credentials ({@code 401} or {@code 403}).
		 */
		UNAUTHORIZED(false),

		/**
		 * mParticle answered with another status that retrying cannot fix.
		 */
		REJECTED(false);

		private final boolean drop;

		Reason(boolean drop) {
			this.drop = drop;
		}

		/**
		 * Returns whether batches with this reason were dropped rather than refused.
		 * @return whether this is a drop
		 */
		public boolean isDrop() {
			return this.drop;
		}

		/**
		 * Returns the reason as it appears in metric tags and health details, such as
		 * {@code queue_full}.
		 * @return the tag value
		 */
		public String tagValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A batch that was not delivered: its id and its JSON, exactly as it would have been
	 * sent on its own.
	 *
	 * @param sourceRequestId the {@code source_request_id} it had, or was sent with
	 * @param json the batch as JSON, UTF-8
	 */
	public record FailedBatch(String sourceRequestId, byte[] json) {

		private static final JsonMapper MAPPER = JsonMapper.builder().build();

		/**
		 * Returns the JSON as a string.
		 * @return the JSON
		 */
		public String jsonString() {
			return new String(this.json, StandardCharsets.UTF_8);
		}

		/**
		 * Reads the JSON back into a batch, for example to send it again later.
		 * @return the batch
		 */
		public Batch toBatch() {
			return MAPPER.readValue(this.json, Batch.class);
		}

		@Override
		public String toString() {
			return "FailedBatch[sourceRequestId=" + this.sourceRequestId + ", " + this.json.length + " bytes]";
		}

	}

}

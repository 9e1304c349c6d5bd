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

import java.util.List;

import io.github.mparticle4j.client.MParticleException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown, through the handle that {@link EventDispatcher#enqueue} returned, when an
 * enqueued batch was not delivered. The {@link #getReason() reason} says whether it was
 * dropped or refused; the cause, when there is one, is the failure of the request that
 * carried it.
 *
 * @author mparticle4j contributors
 */
public class DeliveryFailedException extends MParticleException {

	private final DispatchFailure.Reason reason;

	private final String sourceRequestId;

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param reason the reason
	 * @param sourceRequestId the {@code source_request_id} of the batch
	 * @param attempts the number of requests made for it
	 * @param cause the cause, or {@code null}
	 */
	public DeliveryFailedException(String message, DispatchFailure.Reason reason, String sourceRequestId, int attempts,
			@Nullable Throwable cause) {
		super(message, attempts, List.of(sourceRequestId), cause);
		this.reason = reason;
		this.sourceRequestId = sourceRequestId;
	}

	/**
	 * Does not fill in the stack trace. The exception reports what became of a batch,
	 * mostly on a thread that has nothing to do with the caller; a trace would make a
	 * rejected {@code enqueue} cost more than an accepted one. The cause, when there is
	 * one, has its own trace.
	 * @return this exception
	 */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

	/**
	 * Returns why the batch was not delivered.
	 * @return the reason
	 */
	public DispatchFailure.Reason getReason() {
		return this.reason;
	}

	/**
	 * Returns the {@code source_request_id} of the batch: its own, or the one given to
	 * the batch it was merged into.
	 * @return the id
	 */
	public String getSourceRequestId() {
		return this.sourceRequestId;
	}

}

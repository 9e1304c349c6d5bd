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

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Base of the exceptions reported by {@link EventsApi}. Messages never contain the API
 * secret, the {@code Authorization} header, or the data of the batches.
 *
 * @author mparticle4j contributors
 */
public abstract class MParticleException extends RuntimeException {

	private final int attempts;

	private final List<String> sourceRequestIds;

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 * @param cause the cause, or {@code null}
	 */
	protected MParticleException(String message, int attempts, List<String> sourceRequestIds,
			@Nullable Throwable cause) {
		super(message, cause);
		this.attempts = attempts;
		this.sourceRequestIds = List.copyOf(sourceRequestIds);
	}

	/**
	 * Returns how many requests were made before giving up; 0 if nothing was sent.
	 * @return the number of attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Returns the {@code source_request_id} of each batch of the failed request, in
	 * order. Resending batches with the same ids lets mParticle drop any that it did
	 * receive.
	 * @return the ids, empty if nothing was sent
	 */
	public List<String> getSourceRequestIds() {
		return this.sourceRequestIds;
	}

}

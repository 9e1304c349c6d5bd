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
 * Thrown when mParticle rejects a request as malformed ({@code 400 Bad Request}). Not
 * retried: the same request would be rejected again.
 *
 * @author mparticle4j contributors
 */
public class MParticleBadRequestException extends MParticleResponseException {

	private final List<ApiError> errors;

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param errors the errors listed in the response body, empty if it had none
	 * @param responseBody the start of the response body, or {@code null}
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 */
	public MParticleBadRequestException(String message, List<ApiError> errors, @Nullable String responseBody,
			int attempts, List<String> sourceRequestIds) {
		super(message, 400, responseBody, attempts, sourceRequestIds);
		this.errors = List.copyOf(errors);
	}

	/**
	 * Returns the errors that mParticle listed in the response body ({@code {"errors":
	 * [{"code": ..., "message": ...}]}}).
	 * @return the errors, empty if the body was absent or not in that form
	 */
	public List<ApiError> getErrors() {
		return this.errors;
	}

	/**
	 * One error reported by mParticle.
	 *
	 * @param code the error code, such as {@code BAD_REQUEST}; mParticle publishes no
	 * list of codes
	 * @param message the description of the error
	 */
	public record ApiError(@Nullable String code, @Nullable String message) {

		@Override
		public String toString() {
			return (this.code != null) ? this.code + ": " + this.message : String.valueOf(this.message);
		}

	}

}

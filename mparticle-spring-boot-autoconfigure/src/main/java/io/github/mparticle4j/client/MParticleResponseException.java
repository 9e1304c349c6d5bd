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
 * Thrown when mParticle answers with an error status. Subclasses cover the documented
 * statuses; this class itself is used for unexpected ones, such as a 404 from a wrong
 * base URL.
 *
 * @author mparticle4j contributors
 */
public class MParticleResponseException extends MParticleException {

	private final int statusCode;

	private final @Nullable String responseBody;

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param statusCode the HTTP status of the last response
	 * @param responseBody the start of the body of the last response, or {@code null} if
	 * it had none
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 */
	public MParticleResponseException(String message, int statusCode, @Nullable String responseBody, int attempts,
			List<String> sourceRequestIds) {
		super(message, attempts, sourceRequestIds, null);
		this.statusCode = statusCode;
		this.responseBody = responseBody;
	}

	/**
	 * Returns the HTTP status of the last response.
	 * @return the status code
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Returns the start (at most 1024 characters) of the body of the last response.
	 * @return the body, or {@code null} if it was empty
	 */
	public @Nullable String getResponseBody() {
		return this.responseBody;
	}

}

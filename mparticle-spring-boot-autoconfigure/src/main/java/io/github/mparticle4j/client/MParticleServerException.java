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
 * Thrown when mParticle still answers with a server error ({@code 5xx}) after the client
 * has retried as often as it may.
 *
 * @author mparticle4j contributors
 */
public class MParticleServerException extends MParticleResponseException {

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param statusCode the 5xx status of the last response
	 * @param responseBody the start of the response body, or {@code null}
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 */
	public MParticleServerException(String message, int statusCode, @Nullable String responseBody, int attempts,
			List<String> sourceRequestIds) {
		super(message, statusCode, responseBody, attempts, sourceRequestIds);
	}

}

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

/**
 * Thrown when no usable response arrived after the client retried as often as it may: the
 * connection failed or was reset, the response was empty or malformed, or a timeout
 * expired. mParticle may or may not have received the data; resending the batches with
 * the same {@link #getSourceRequestIds() source request ids} is safe.
 *
 * @author mparticle4j contributors
 */
public class MParticleTransportException extends MParticleException {

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 * @param cause the last failure
	 */
	public MParticleTransportException(String message, int attempts, List<String> sourceRequestIds, Throwable cause) {
		super(message, attempts, sourceRequestIds, cause);
	}

}

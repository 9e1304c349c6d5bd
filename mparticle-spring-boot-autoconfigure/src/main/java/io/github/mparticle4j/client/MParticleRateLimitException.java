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

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when mParticle still answers {@code 429 Too Many Requests} after the client has
 * retried as often as it may, or when the client is still waiting out an earlier 429 for
 * longer than the request may take.
 *
 * @author mparticle4j contributors
 */
public class MParticleRateLimitException extends MParticleResponseException {

	private final @Nullable Duration retryAfter;

	private final @Nullable String rateLimitExceeded;

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param retryAfter the wait asked for by the {@code Retry-After} header, or
	 * {@code null}
	 * @param rateLimitExceeded the limit that was hit, from the
	 * {@code X-mp-rate-limit-exceeded} header, or {@code null}
	 * @param responseBody the start of the response body, or {@code null}
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the {@code source_request_id} of each batch of the request
	 */
	public MParticleRateLimitException(String message, @Nullable Duration retryAfter,
			@Nullable String rateLimitExceeded, @Nullable String responseBody, int attempts,
			List<String> sourceRequestIds) {
		super(message, 429, responseBody, attempts, sourceRequestIds);
		this.retryAfter = retryAfter;
		this.rateLimitExceeded = rateLimitExceeded;
	}

	/**
	 * Returns how long mParticle asked the client to wait ({@code Retry-After}).
	 * @return the wait, or {@code null} if the response did not say
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns which limit was hit ({@code X-mp-rate-limit-exceeded}), such as
	 * {@code app}, {@code org} or {@code acceleration}.
	 * @return the limit, or {@code null} if the response did not say
	 */
	public @Nullable String getRateLimitExceeded() {
		return this.rateLimitExceeded;
	}

}

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

import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.client.internal.StatusLines;
import io.github.mparticle4j.client.internal.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * What one attempt to send a request came to: a value, so that HTTP error statuses never
 * travel as exceptions inside the client.
 *
 * @author mparticle4j contributors
 */
sealed interface Outcome {

	/**
	 * Describes the outcome for logs and messages, without any data.
	 * @return the description
	 */
	String describe();

	/**
	 * mParticle accepted the request ({@code 2xx}).
	 *
	 * @param status the status code
	 * @param rateLimitPercentageUsed the reported rate-limit usage, or {@code null}
	 */
	record Accepted(int status, @Nullable Integer rateLimitPercentageUsed) implements Outcome {

		@Override
		public String describe() {
			return Integer.toString(this.status);
		}

	}

	/**
	 * mParticle answered with an error status.
	 *
	 * @param status the status code
	 * @param retryAfter the wait from {@code Retry-After}, or {@code null}
	 * @param rateLimitExceeded the value of {@code X-mp-rate-limit-exceeded}, or
	 * {@code null}
	 * @param body the start of the response body, or {@code null}
	 */
	record Rejected(int status, @Nullable Duration retryAfter, @Nullable String rateLimitExceeded,
			@Nullable String body) implements Outcome {

		boolean isRetryable() {
			return Verdict.ofStatus(this.status).isRetryable();
		}

		@Override
		public String describe() {
			StringBuilder description = new StringBuilder(StatusLines.of(this.status));
			if (this.rateLimitExceeded != null) {
				description.append(", limit '").append(this.rateLimitExceeded).append('\'');
			}
			if (this.retryAfter != null) {
				description.append(", Retry-After ").append(Durations.format(this.retryAfter));
			}
			return description.toString();
		}

	}

	/**
	 * No usable response: the connection failed, was reset or timed out, or the response
	 * could not be read.
	 *
	 * @param failure the failure
	 * @param description what happened, without data
	 */
	record TransportFailure(Throwable failure, String description) implements Outcome {

		@Override
		public String describe() {
			return this.description;
		}

	}

}

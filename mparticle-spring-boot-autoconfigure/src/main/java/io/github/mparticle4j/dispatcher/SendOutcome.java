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

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What came of one attempt of a {@link DispatchTransport} to send a {@link BulkRequest}.
 * A value, never an exception: the dispatcher decides from it whether the batches are
 * delivered, sent again, or given up.
 *
 * @author mparticle4j contributors
 */
public sealed interface SendOutcome {

	/**
	 * Describes the outcome for logs and messages, without data or secrets.
	 * @return the description
	 */
	String describe();

	/**
	 * mParticle accepted the request: a {@code 2xx}.
	 *
	 * @param status the status code
	 * @param rateLimitPercentageUsed the value of
	 * {@code X-mp-rate-limit-percentage-used}, or {@code null}
	 */
	record Accepted(int status, @Nullable Integer rateLimitPercentageUsed) implements SendOutcome {

		@Override
		public String describe() {
			return Integer.toString(this.status);
		}

	}

	/**
	 * mParticle answered with another status.
	 *
	 * @param status the status code
	 * @param retryAfter the wait that {@code Retry-After} asked for, or {@code null}
	 * @param rateLimitExceeded the value of {@code X-mp-rate-limit-exceeded}, or
	 * {@code null}
	 * @param body the start of the body, or {@code null}
	 */
	record Rejected(int status, @Nullable Duration retryAfter, @Nullable String rateLimitExceeded,
			@Nullable String body) implements SendOutcome {

		@Override
		public String describe() {
			StringBuilder description = new StringBuilder().append(this.status);
			if (this.rateLimitExceeded != null) {
				description.append(", limit '").append(this.rateLimitExceeded).append('\'');
			}
			if (this.retryAfter != null) {
				description.append(", Retry-After ").append(this.retryAfter.toMillis()).append(" ms");
			}
			if (this.body != null && !this.body.isBlank()) {
				description.append(": ").append(this.body);
			}
			return description.toString();
		}

	}

	/**
	 * No usable answer: the connection failed, was reset or timed out, or the answer
	 * could not be read.
	 *
	 * @param cause what failed
	 * @param description what happened, without data or secrets
	 */
	record TransportFailure(Throwable cause, String description) implements SendOutcome {

		/**
		 * Creates an outcome.
		 * @param cause what failed
		 * @param description what happened
		 */
		public TransportFailure {
			Objects.requireNonNull(cause, "'cause' must not be null");
			Objects.requireNonNull(description, "'description' must not be null");
		}

		@Override
		public String describe() {
			return this.description;
		}

	}

}

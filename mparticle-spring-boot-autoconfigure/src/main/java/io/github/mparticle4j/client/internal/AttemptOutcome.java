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

package io.github.mparticle4j.client.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one attempt of the client to send a bulk request for the dispatcher: an
 * answer with its status and headers, or a failure with no usable answer.
 *
 * @param status the status code, or 0 if there was no usable answer
 * @param rateLimitPercentageUsed {@code X-mp-rate-limit-percentage-used}, or {@code null}
 * @param retryAfter the wait from {@code Retry-After}, or {@code null}
 * @param rateLimitExceeded {@code X-mp-rate-limit-exceeded}, or {@code null}
 * @param body the start of the body of an error answer, or {@code null}
 * @param failure what failed when there was no usable answer, or {@code null}
 * @param description what happened, without data or secrets
 * @author mparticle4j contributors
 */
public record AttemptOutcome(int status, @Nullable Integer rateLimitPercentageUsed, @Nullable Duration retryAfter,
		@Nullable String rateLimitExceeded, @Nullable String body, @Nullable Throwable failure, String description) {

}

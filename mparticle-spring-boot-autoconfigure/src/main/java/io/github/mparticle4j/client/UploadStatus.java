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

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an {@link EventsApi} client has seen of the Events API: a snapshot of the outcome
 * of its uploads. Requests rejected by validation are not uploads and do not count.
 *
 * @param successfulUploads how many uploads mParticle accepted
 * @param failedUploads how many uploads failed after all retries
 * @param consecutiveFailures how many uploads in a row failed, 0 after a success
 * @param lastSuccess when an upload last succeeded, or {@code null}
 * @param lastFailure when an upload last failed, or {@code null}
 * @param lastFailureReason why the last failed upload failed: the status code and
 * mParticle's error codes, or the kind of transport failure, and the number of attempts;
 * never a response body, data or secrets; or {@code null}
 * @param authenticationFailed whether mParticle rejected the credentials (401 or 403) and
 * no upload has succeeded since
 * @param rateLimitPercentageUsed the last reported use of the most consumed rate limit
 * ({@code X-mp-rate-limit-percentage-used}), or {@code null}
 * @author mparticle4j contributors
 */
public record UploadStatus(long successfulUploads, long failedUploads, int consecutiveFailures,
		@Nullable Instant lastSuccess, @Nullable Instant lastFailure, @Nullable String lastFailureReason,
		boolean authenticationFailed, @Nullable Integer rateLimitPercentageUsed) {

	/**
	 * The status of a client that has not uploaded anything yet.
	 */
	public static final UploadStatus UNKNOWN = new UploadStatus(0, 0, 0, null, null, null, false, null);

}

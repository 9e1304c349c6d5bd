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
 * The outcome of an upload that mParticle accepted.
 * <p>
 * mParticle answers {@code 202 Accepted} as soon as it has received a request, and
 * processes it afterwards. In a bulk upload, batches that fail in processing are not
 * reported in the response.
 *
 * @param statusCode the HTTP status of the response, normally 202
 * @param attempts how many requests were made, 1 when the first one succeeded
 * @param sourceRequestIds the {@code source_request_id} of each batch sent, in order,
 * including those the client generated
 * @param requestSize the size of the request body in bytes
 * @param rateLimitPercentageUsed the share of the most consumed rate limit, from the
 * {@code X-mp-rate-limit-percentage-used} response header, or {@code null} if absent
 * @author mparticle4j contributors
 */
public record UploadResult(int statusCode, int attempts, List<String> sourceRequestIds, int requestSize,
		@Nullable Integer rateLimitPercentageUsed) {

	/**
	 * Creates a result.
	 * @param statusCode the HTTP status
	 * @param attempts the number of requests made
	 * @param sourceRequestIds the ids of the batches sent
	 * @param requestSize the size of the request body in bytes
	 * @param rateLimitPercentageUsed the rate limit usage, or {@code null}
	 */
	public UploadResult {
		sourceRequestIds = List.copyOf(sourceRequestIds);
	}

}

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

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the {@link UploadStatus} of one client up to date.
 *
 * @author mparticle4j contributors
 */
final class StatusTracker {

	private final AtomicReference<UploadStatus> status = new AtomicReference<>(UploadStatus.UNKNOWN);

	private final Clock clock;

	StatusTracker(Clock clock) {
		this.clock = clock;
	}

	UploadStatus get() {
		return this.status.get();
	}

	void success(UploadResult result) {
		this.status.updateAndGet((current) -> new UploadStatus(current.successfulUploads() + 1,
				current.failedUploads(), 0, this.clock.instant(), current.lastFailure(), current.lastFailureReason(),
				false, (result.rateLimitPercentageUsed() != null) ? result.rateLimitPercentageUsed()
						: current.rateLimitPercentageUsed()));
	}

	void failure(MParticleException failure) {
		boolean authentication = failure instanceof MParticleAuthenticationException;
		this.status.updateAndGet((current) -> new UploadStatus(current.successfulUploads(),
				current.failedUploads() + 1, current.consecutiveFailures() + 1, current.lastSuccess(),
				this.clock.instant(), failure.getMessage(), authentication || current.authenticationFailed(),
				current.rateLimitPercentageUsed()));
	}

}

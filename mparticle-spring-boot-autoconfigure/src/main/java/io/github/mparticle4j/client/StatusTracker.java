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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;

/**
 * Keeps the {@link UploadStatus} of one client up to date, and logs when it changes
 * between working and failing: a {@code WARN} when uploads start to fail or the
 * credentials are rejected, an {@code INFO} when they work again; nothing for the
 * failures in between, which the caller sees anyway.
 * <p>
 * The reasons it records are safe to show anywhere, such as public health details: the
 * status code, mParticle's error codes, or the kind of transport failure; never a
 * response body, which could echo data.
 *
 * @author mparticle4j contributors
 */
final class StatusTracker {

	private static final Log logger = LogFactory.getLog(StatusTracker.class);

	private static final boolean NETTY_PRESENT = ReactorNettyConnector.isPresent(StatusTracker.class.getClassLoader());

	private final AtomicReference<UploadStatus> status = new AtomicReference<>(UploadStatus.UNKNOWN);

	private final Clock clock;

	private final String name;

	StatusTracker(Clock clock, String name) {
		this.clock = clock;
		this.name = name;
	}

	UploadStatus get() {
		return this.status.get();
	}

	void success(UploadResult result) {
		UploadStatus previous = this.status.getAndUpdate((current) -> new UploadStatus(current.successfulUploads() + 1,
				current.failedUploads(), 0, this.clock.instant(), current.lastFailure(), current.lastFailureReason(),
				false, (result.rateLimitPercentageUsed() != null) ? result.rateLimitPercentageUsed()
						: current.rateLimitPercentageUsed()));
		if (previous.consecutiveFailures() > 0 && logger.isInfoEnabled()) {
			logger.info("mParticle uploads to " + this.name + " succeed again, after " + previous.consecutiveFailures()
					+ " failed " + ((previous.consecutiveFailures() != 1) ? "uploads" : "upload") + " in a row");
		}
	}

	void failure(MParticleException failure) {
		boolean authentication = failure instanceof MParticleAuthenticationException;
		String reason = reason(failure);
		UploadStatus previous = this.status
			.getAndUpdate((current) -> new UploadStatus(current.successfulUploads(), current.failedUploads() + 1,
					current.consecutiveFailures() + 1, current.lastSuccess(), this.clock.instant(), reason,
					authentication || current.authenticationFailed(), current.rateLimitPercentageUsed()));
		if (authentication && !previous.authenticationFailed()) {
			logger.warn("mParticle rejected the credentials for " + this.name + " (" + reason
					+ "); uploads will fail until the API key and secret are fixed");
		}
		else if (!authentication && previous.consecutiveFailures() == 0) {
			logger.warn("mParticle uploads to " + this.name + " are failing (" + reason
					+ "); further failures are not logged here until an upload succeeds again");
		}
	}

	/**
	 * Describes a failure without anything that the server or the caller sent.
	 * @param failure the failure
	 * @return the description
	 */
	static String reason(MParticleException failure) {
		String attempts = " after " + failure.getAttempts() + ((failure.getAttempts() != 1) ? " attempts" : " attempt");
		if (failure instanceof MParticleResponseException response) {
			StringBuilder reason = new StringBuilder().append(response.getStatusCode());
			HttpStatus known = HttpStatus.resolve(response.getStatusCode());
			if (known != null) {
				reason.append(' ').append(known.getReasonPhrase());
			}
			if (failure instanceof MParticleBadRequestException badRequest) {
				List<String> codes = badRequest.getErrors()
					.stream()
					.map(MParticleBadRequestException.ApiError::code)
					.filter(Objects::nonNull)
					.distinct()
					.toList();
				if (!codes.isEmpty()) {
					reason.append(", error codes ").append(codes);
				}
			}
			return reason.append(attempts).toString();
		}
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return "no response (" + kind(failure, cause) + ")" + attempts;
	}

	private static String kind(MParticleException failure, Throwable cause) {
		if (cause instanceof TimeoutException || (NETTY_PRESENT && ReactorNettyConnector.isResponseTimeout(cause))) {
			return "timeout";
		}
		if (NETTY_PRESENT && ReactorNettyConnector.isConnectionReset(cause)) {
			return "connection reset";
		}
		return (cause != failure) ? cause.getClass().getSimpleName() : "transport failure";
	}

}

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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.client.internal.ResponseBodies;

import org.springframework.web.reactive.function.client.WebClientException;

/**
 * Turns the failure of an upload into the {@link MParticleException} that the caller
 * gets, with a message that says what happened without data or secrets.
 *
 * @author mparticle4j contributors
 */
final class UploadFailures {

	private final URI baseUrl;

	private final Duration timeout;

	UploadFailures(URI baseUrl, Duration timeout) {
		this.baseUrl = baseUrl;
		this.timeout = timeout;
	}

	/**
	 * Returns the exception for an upload whose last attempt had the given outcome.
	 * @param upload the upload
	 * @param outcome the outcome of the last attempt
	 * @param outOfTime whether a retry was allowed but there was no time left for it
	 * @return the exception
	 */
	MParticleException failed(Upload upload, Outcome outcome, boolean outOfTime) {
		int attempts = upload.attempts();
		String after = " after " + attempts(attempts) + (outOfTime
				? "; no time was left for another attempt within the timeout of " + Durations.format(this.timeout)
				: "");
		List<String> ids = upload.sourceRequestIds();
		if (outcome instanceof Outcome.TransportFailure transport) {
			return new MParticleTransportException(upload.describe() + " failed" + after + ": " + transport.describe(),
					attempts, ids, transport.failure());
		}
		Outcome.Rejected rejected = (Outcome.Rejected) outcome;
		int status = rejected.status();
		String body = rejected.body();
		if (status == 400) {
			List<MParticleBadRequestException.ApiError> errors = ResponseBodies.errors(body);
			return new MParticleBadRequestException("mParticle rejected " + upload.describe() + " as malformed ("
					+ rejected.describe() + ")" + ResponseBodies.summary(errors, body), errors, body, attempts, ids);
		}
		if (status == 401 || status == 403) {
			return new MParticleAuthenticationException(
					"mParticle rejected the credentials of " + upload.describe() + " (" + rejected.describe() + "): "
							+ ((status == 401) ? "the Authorization header is missing or unreadable"
									: "the API key or secret is wrong, or the input is disabled"),
					status, body, attempts, ids);
		}
		if (status == 429) {
			return new MParticleRateLimitException(
					"mParticle rate-limited " + upload.describe() + " (" + rejected.describe() + ")" + after,
					rejected.retryAfter(), rejected.rateLimitExceeded(), body, attempts, ids);
		}
		if (status >= 500) {
			return new MParticleServerException(
					"mParticle answered " + rejected.describe() + " to " + upload.describe() + after, status, body,
					attempts, ids);
		}
		return new MParticleResponseException("mParticle answered " + rejected.describe() + " to " + upload.describe()
				+ " at " + this.baseUrl + "; check the base URL", status, body, attempts, ids);
	}

	/**
	 * Returns the exception for an upload that did not complete within the timeout.
	 * @param upload the upload
	 * @return the exception
	 */
	MParticleTransportException timedOut(Upload upload) {
		String last = (upload.lastFailure() != null) ? "; last failure: " + upload.lastFailure() : "";
		return new MParticleTransportException(
				upload.describe() + " did not complete within the timeout of " + Durations.format(this.timeout) + " ("
						+ attempts(upload.attempts()) + ")" + last,
				upload.attempts(), upload.sourceRequestIds(),
				new TimeoutException("Overall timeout of " + this.timeout));
	}

	/**
	 * Returns the exception for an upload that a rate-limit wait would keep past its
	 * deadline.
	 * @param upload the upload
	 * @param wait the wait that mParticle asked for
	 * @return the exception
	 */
	MParticleRateLimitException heldBack(Upload upload, Duration wait) {
		return new MParticleRateLimitException(
				"This client was asked by mParticle to wait another " + Durations.format(wait)
						+ " after a 429 response, longer than the time left for " + upload.describe(),
				wait, null, null, upload.attempts(), upload.sourceRequestIds());
	}

	/**
	 * Describes a transport failure without data: the kind of failure and its message.
	 * @param failure the failure
	 * @param responseTimeout the response timeout, for timeouts
	 * @param isResponseTimeout whether a failure is the connector's own response timeout
	 * @return the description
	 */
	static String describe(Throwable failure, Duration responseTimeout, Predicate<Throwable> isResponseTimeout) {
		Throwable cause = failure;
		while (cause instanceof WebClientException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof TimeoutException || isResponseTimeout.test(cause)) {
			return "no response within " + Durations.format(responseTimeout);
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	static String attempts(int attempts) {
		return attempts + ((attempts != 1) ? " attempts" : " attempt");
	}

}

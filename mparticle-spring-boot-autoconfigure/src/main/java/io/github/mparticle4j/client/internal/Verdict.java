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

/**
 * What the outcome of one attempt to send a request means, decided in this one place for
 * the client's retry loop and for the dispatcher: whether sending again may help, and
 * whether the credentials or settings must be fixed first.
 *
 * @author mparticle4j contributors
 */
public enum Verdict {

	/**
	 * mParticle accepted the request ({@code 2xx}).
	 */
	ACCEPTED,

	/**
	 * mParticle asked to slow down ({@code 429}): sending again after its
	 * {@code Retry-After} may help.
	 */
	RATE_LIMITED,

	/**
	 * A server error ({@code 5xx}), or no usable response: sending again may help.
	 */
	RETRY,

	/**
	 * mParticle rejected the credentials ({@code 401} or {@code 403}): sending again
	 * helps only once someone fixes them.
	 */
	CREDENTIALS_REJECTED,

	/**
	 * The connection failed because of the settings, such as an untrusted TLS
	 * certificate: sending again helps only once someone fixes them.
	 */
	SETTINGS_FAILED,

	/**
	 * mParticle refused the request as malformed ({@code 400}).
	 */
	BAD_REQUEST,

	/**
	 * mParticle refused the request with another status: sending it again will not help.
	 */
	REFUSED;

	/**
	 * Returns the verdict on an answer with the given status.
	 * @param status the HTTP status code
	 * @return the verdict
	 */
	public static Verdict ofStatus(int status) {
		if (status >= 200 && status < 300) {
			return ACCEPTED;
		}
		if (status == 429) {
			return RATE_LIMITED;
		}
		if (status >= 500) {
			return RETRY;
		}
		if (status == 401 || status == 403) {
			return CREDENTIALS_REJECTED;
		}
		return (status == 400) ? BAD_REQUEST : REFUSED;
	}

	/**
	 * Returns the verdict on an attempt that got no usable response.
	 * @param failure what failed
	 * @return {@link #SETTINGS_FAILED} for a TLS failure that the settings cause, else
	 * {@link #RETRY}
	 */
	public static Verdict ofTransportFailure(Throwable failure) {
		return (TlsFailures.settingsFailure(failure) != null) ? SETTINGS_FAILED : RETRY;
	}

	/**
	 * Returns whether sending again, after a wait, may succeed without anyone fixing
	 * anything.
	 * @return whether to retry
	 */
	public boolean isRetryable() {
		return this == RATE_LIMITED || this == RETRY;
	}

	/**
	 * Returns whether the credentials or settings must be fixed before sending again
	 * helps.
	 * @return whether it is a failure of the settings
	 */
	public boolean isSettingsFailure() {
		return this == CREDENTIALS_REJECTED || this == SETTINGS_FAILED;
	}

}

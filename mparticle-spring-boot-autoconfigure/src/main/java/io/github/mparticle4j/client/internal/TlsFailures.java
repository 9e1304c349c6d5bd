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

import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes a failure of the TLS settings: a certificate that is not trusted, or a
 * handshake that fails. Retrying cannot fix one, so the client does not retry it within
 * an upload and the dispatcher pauses the input for it.
 *
 * @author mparticle4j contributors
 */
public final class TlsFailures {

	private TlsFailures() {
	}

	/**
	 * Returns the cause of a failure that is a failure of the TLS settings.
	 * @param failure the failure
	 * @return the TLS cause, or {@code null} if the failure has none
	 */
	public static @Nullable Throwable settingsFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLHandshakeException || cause instanceof CertificateException) {
				return cause;
			}
		}
		return null;
	}

}

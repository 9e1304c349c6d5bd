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

/**
 * The key and secret of an mParticle input (a platform input or a custom feed), sent as
 * HTTP Basic credentials. {@link #toString()} never shows the secret.
 *
 * @param key the API key
 * @param secret the API secret
 * @author mparticle4j contributors
 */
public record ApiCredentials(String key, String secret) {

	/**
	 * Creates credentials.
	 * @param key the API key, not blank
	 * @param secret the API secret, not blank
	 * @throws IllegalArgumentException if either is blank
	 */
	public ApiCredentials {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("The mParticle API key must not be blank");
		}
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("The mParticle API secret must not be blank");
		}
		if (key.indexOf(':') >= 0) {
			throw new IllegalArgumentException("The mParticle API key must not contain ':'");
		}
	}

	@Override
	public String toString() {
		return "ApiCredentials[key=" + this.key + ", secret=******]";
	}

}

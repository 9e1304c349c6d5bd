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

/**
 * The mParticle data centers ("pods") that host the Events API. Use the pod your
 * organization was provisioned on: mParticle does not route Events API calls between
 * pods.
 *
 * @author mparticle4j contributors
 */
public enum Pod {

	/** United States, US1 (also reachable as {@code s2s.mparticle.com}). */
	US1("https://s2s.us1.mparticle.com/v2"),

	/** United States, US2. */
	US2("https://s2s.us2.mparticle.com/v2"),

	/** Europe, EU1. */
	EU1("https://s2s.eu1.mparticle.com/v2"),

	/** Australia, AU1. */
	AU1("https://s2s.au1.mparticle.com/v2");

	private final URI baseUrl;

	Pod(String baseUrl) {
		this.baseUrl = URI.create(baseUrl);
	}

	/**
	 * Returns the base URL of the Events API on this pod, ending in {@code /v2}.
	 * @return the base URL
	 */
	public URI baseUrl() {
		return this.baseUrl;
	}

}

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

package io.github.mparticle4j.test.autoconfigure;

import java.net.URI;

import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.test.standin.LocalEventsApi;

/**
 * {@link MParticleConnectionDetails} for a {@link LocalEventsApi}.
 *
 * @author mparticle4j contributors
 */
final class LocalEventsApiConnectionDetails implements MParticleConnectionDetails {

	private final LocalEventsApi localEventsApi;

	LocalEventsApiConnectionDetails(LocalEventsApi localEventsApi) {
		this.localEventsApi = localEventsApi;
	}

	@Override
	public URI getBaseUrl() {
		return this.localEventsApi.baseUrl();
	}

	@Override
	public String getApiKey() {
		return LocalEventsApi.API_KEY;
	}

	@Override
	public String getApiSecret() {
		return LocalEventsApi.API_SECRET;
	}

}

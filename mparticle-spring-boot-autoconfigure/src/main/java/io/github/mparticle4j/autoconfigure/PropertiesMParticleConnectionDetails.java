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

package io.github.mparticle4j.autoconfigure;

import java.net.URI;

import org.springframework.util.StringUtils;

/**
 * Adapts {@link MParticleProperties} to {@link MParticleConnectionDetails}.
 *
 * @author mparticle4j contributors
 */
final class PropertiesMParticleConnectionDetails implements MParticleConnectionDetails {

	private final MParticleProperties properties;

	PropertiesMParticleConnectionDetails(MParticleProperties properties) {
		this.properties = properties;
	}

	@Override
	public URI getBaseUrl() {
		URI baseUrl = this.properties.getBaseUrl();
		return (baseUrl != null) ? baseUrl : this.properties.getPod().baseUrl();
	}

	@Override
	public String getApiKey() {
		String key = this.properties.getApiKey();
		if (!StringUtils.hasText(key)) {
			throw new MissingMParticleCredentialsException("mparticle.api-key");
		}
		return key;
	}

	@Override
	public String getApiSecret() {
		String secret = this.properties.getApiSecret();
		if (!StringUtils.hasText(secret)) {
			throw new MissingMParticleCredentialsException("mparticle.api-secret");
		}
		return secret;
	}

}

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

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to the mParticle Events API. Define a bean of this type to
 * supply them without properties, for example from a secret store or in tests.
 *
 * @author mparticle4j contributors
 */
public interface MParticleConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the base URL of the Events API, such as
	 * {@code https://s2s.us1.mparticle.com/v2}.
	 * @return the base URL
	 */
	URI getBaseUrl();

	/**
	 * Returns the API key of the mParticle input.
	 * @return the API key
	 */
	String getApiKey();

	/**
	 * Returns the API secret of the mParticle input.
	 * @return the API secret
	 */
	String getApiSecret();

}

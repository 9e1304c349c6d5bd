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

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the client is enabled but its API key or secret is not configured, or is a
 * placeholder that nothing resolved.
 *
 * @author mparticle4j contributors
 */
class MissingMParticleCredentialsException extends IllegalStateException {

	private final String property;

	private final @Nullable String unresolvedPlaceholder;

	MissingMParticleCredentialsException(String property, @Nullable String unresolvedPlaceholder) {
		super("The mParticle Events API client is enabled but '" + property + "' is " + ((unresolvedPlaceholder != null)
				? "the unresolved placeholder '" + unresolvedPlaceholder + "'" : "not set"));
		this.property = property;
		this.unresolvedPlaceholder = unresolvedPlaceholder;
	}

	String getProperty() {
		return this.property;
	}

	@Nullable String getUnresolvedPlaceholder() {
		return this.unresolvedPlaceholder;
	}

}

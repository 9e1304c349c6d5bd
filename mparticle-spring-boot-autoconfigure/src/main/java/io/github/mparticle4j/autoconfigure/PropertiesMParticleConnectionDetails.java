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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Adapts the properties of an input to {@link MParticleConnectionDetails}. A key or
 * secret that is not set, blank, or still holds an unresolved placeholder is reported as
 * missing, naming the property; except in log mode, which sends nothing and so runs
 * without credentials: there a missing one is {@link #LOG_MODE_CREDENTIAL}. The
 * properties may be those of a named input, under {@code mparticle.inputs.<name>.}, whose
 * key and secret are never inherited.
 *
 * @author mparticle4j contributors
 */
final class PropertiesMParticleConnectionDetails implements MParticleConnectionDetails {

	/**
	 * A placeholder that Spring left as it was because nothing resolved it, such as
	 * <code>${MPARTICLE_API_KEY}</code> with the variable unset.
	 */
	private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

	/**
	 * The key and the secret of a client in log mode that has none configured.
	 */
	static final String LOG_MODE_CREDENTIAL = "log-mode";

	private final MParticleInput input;

	PropertiesMParticleConnectionDetails(MParticleProperties properties) {
		this(MParticleInput.defaultInput(properties));
	}

	/**
	 * Creates the details of an input.
	 * @param input the input, such as a named one, whose properties are under
	 * {@code mparticle.inputs.<name>.}
	 */
	PropertiesMParticleConnectionDetails(MParticleInput input) {
		this.input = input;
	}

	@Override
	public URI getBaseUrl() {
		return this.input.baseUrl();
	}

	@Override
	public String getApiKey() {
		return required(this.input.prefix() + "api-key", this.input.settings().getApiKey());
	}

	@Override
	public String getApiSecret() {
		return required(this.input.prefix() + "api-secret", this.input.settings().getApiSecret());
	}

	private String required(String property, @Nullable String value) {
		boolean logMode = this.input.mode() == MParticleInputProperties.Mode.LOG;
		if (!StringUtils.hasText(value)) {
			if (logMode) {
				return LOG_MODE_CREDENTIAL;
			}
			throw new MissingMParticleCredentialsException(property, null);
		}
		Matcher placeholder = UNRESOLVED_PLACEHOLDER.matcher(value);
		if (placeholder.find()) {
			if (logMode) {
				return LOG_MODE_CREDENTIAL;
			}
			throw new MissingMParticleCredentialsException(property, placeholder.group());
		}
		return value;
	}

}

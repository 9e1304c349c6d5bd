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

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the mParticle Events API client: the settings of the
 * default input, which are also the defaults of every named input, and the named inputs
 * ({@code mparticle.inputs.<name>.*}), each with the same settings.
 *
 * @author mparticle4j contributors
 */
@ConfigurationProperties("mparticle")
public class MParticleProperties extends MParticleInputProperties {

	/**
	 * Whether to auto-configure the mParticle Events API client.
	 */
	private boolean enabled = true;

	/**
	 * Named inputs, each with its own API key and secret, such as one per platform, and
	 * the same settings as the top level (mode, environment, pod, base-url, timeouts,
	 * retry.*, log.*, dispatcher.*). Every other setting that an input does not set is
	 * taken from the top-level properties.
	 */
	private final Map<String, MParticleInputProperties> inputs = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, MParticleInputProperties> getInputs() {
		return this.inputs;
	}

}

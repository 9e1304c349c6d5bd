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

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the mParticle API secrets in {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever {@code show-values} says: the properties
 * {@code mparticle.api-secret} and {@code mparticle.inputs.<name>.api-secret} under every
 * relaxed name, including the environment variables {@code MPARTICLE_API_SECRET} and
 * {@code MPARTICLE_INPUTS_<NAME>_API_SECRET}, and the {@code apiSecret} of the bound
 * {@link MParticleProperties} and of each of its inputs.
 *
 * @author mparticle4j contributors
 */
final class MParticleSecretSanitizingFunction implements SanitizingFunction {

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
		boolean secret = key.equals("mparticleapisecret")
				|| (key.startsWith("mparticleinputs") && key.endsWith("apisecret"))
				|| (key.equals("apisecret") && data.getPropertySource() == null);
		return secret ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
	}

}

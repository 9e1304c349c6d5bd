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

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Masks the mParticle API secrets in {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever {@code show-values} says:
 * <ul>
 * <li>by name: the properties {@code mparticle.api-secret} and
 * {@code mparticle.inputs.<name>.api-secret} under every relaxed name, including the
 * environment variables {@code MPARTICLE_API_SECRET} and
 * {@code MPARTICLE_INPUTS_<NAME>_API_SECRET}, and the {@code apiSecret} of the bound
 * properties and of each of their inputs;</li>
 * <li>by value: every entry, under any name and in any property source, whose value holds
 * the configured secret of an input, such as the environment variable that
 * {@code api-secret: ${MPARTICLE_IOS_API_SECRET}} reads, a system property, a file of a
 * config tree, or {@code sun.java.command} when the secret was given on the command
 * line.</li>
 * </ul>
 * The configured secrets are bound from the environment each time, placeholders resolved,
 * so that a secret that changes is masked too; the function keeps no state.
 *
 * @author mparticle4j contributors
 */
final class MParticleSecretSanitizingFunction implements SanitizingFunction {

	private static final Bindable<Map<String, Object>> INPUTS = Bindable.mapOf(String.class, Object.class);

	private final Supplier<Set<String>> secrets;

	/**
	 * Creates a function that masks the secrets configured in an environment.
	 * @param environment the environment
	 */
	MParticleSecretSanitizingFunction(Environment environment) {
		this(() -> secrets(environment));
	}

	/**
	 * Creates a function that masks the given secrets.
	 * @param secrets supplies the configured secrets
	 */
	MParticleSecretSanitizingFunction(Supplier<Set<String>> secrets) {
		this.secrets = secrets;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		return (isSecretByName(data) || holdsASecret(data.getValue())) ? data.withValue(SanitizableData.SANITIZED_VALUE)
				: data;
	}

	private static boolean isSecretByName(SanitizableData data) {
		String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
		return key.equals("mparticleapisecret") || (key.startsWith("mparticleinputs") && key.endsWith("apisecret"))
				|| (key.equals("apisecret") && data.getPropertySource() == null);
	}

	private boolean holdsASecret(@Nullable Object value) {
		if (value == null) {
			return false;
		}
		// a String, or the Value of a config tree, whose text is the file's
		String text = value.toString();
		for (String secret : this.secrets.get()) {
			if (text.contains(secret)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Binds the secrets of the default input and of every named input, leaving out those
	 * that are blank or unresolved placeholders.
	 * @param environment the environment
	 * @return the secrets, without surrounding white space
	 */
	static Set<String> secrets(Environment environment) {
		Binder binder = Binder.get(environment);
		Set<String> secrets = new LinkedHashSet<>();
		add(secrets, binder, "mparticle.api-secret");
		Set<String> inputs = binder.bind("mparticle.inputs", INPUTS).map(Map::keySet).orElse(Set.of());
		for (String input : inputs) {
			add(secrets, binder, "mparticle.inputs." + input + ".api-secret");
		}
		return secrets;
	}

	private static void add(Set<String> secrets, Binder binder, String property) {
		String secret = binder.bind(property, String.class).map(String::strip).orElse("");
		if (!secret.isEmpty() && !secret.contains("${")) {
			secrets.add(secret);
		}
	}

}

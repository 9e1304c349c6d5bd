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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failure caused by missing mParticle credentials: which properties
 * to set, and what works without credentials: the test annotations in tests, log mode or
 * the local stand-in when running locally. It says what {@code mparticle.enabled=false}
 * does, since an application whose beans need the starter's cannot start with it.
 *
 * @author mparticle4j contributors
 */
class MissingMParticleCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingMParticleCredentialsException> {

	private static final String PREFIX = "mparticle.inputs.";

	private static final String WITHOUT_AN_ACCOUNT = """
			Without credentials:
			- In tests, annotate the test class with @AutoConfigureRecordingEventsApi (it records what would be sent) \
			or @AutoConfigureLocalEventsApi (it sends to a local stand-in), both from mparticle-spring-boot-test; \
			neither needs credentials.
			- To run the application locally, set mparticle.mode=log (each batch is validated and logged, nothing \
			is sent), or send to the local stand-in with mparticle.local-stand-in.enabled=true and \
			mparticle-spring-boot-test on the class path (for local development only).
			mparticle.enabled=false removes the starter's beans (EventsApi, EventDispatcher, MParticleInputs), so \
			it only suits an application that injects none of them.""";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingMParticleCredentialsException cause) {
		String placeholder = cause.getUnresolvedPlaceholder();
		String description = "The mParticle Events API client is enabled, but the property '" + cause.getProperty()
				+ ((placeholder != null)
						? "' is the placeholder '" + placeholder
								+ "', which nothing resolved (the environment variable or property it names is not set)"
						: "' is not set")
				+ ", so the client has no credentials to send data with.";
		String input = input(cause.getProperty());
		String action = ((input != null) ? """
				Set both %1$sapi-key and %1$sapi-secret to the key and secret of the mParticle input that '%2$s' \
				sends to, for example from the environment variables %3$sAPI_KEY and %3$sAPI_SECRET, or remove \
				the named input '%2$s'. A named input never inherits the top-level key and secret.
				""".formatted(PREFIX + input + ".", input,
				"MPARTICLE_INPUTS_" + input.toUpperCase(Locale.ROOT).replace('-', '_') + "_") : """
						Set both mparticle.api-key and mparticle.api-secret to the key and secret of an mParticle \
						input (platform input or custom feed), for example from the environment variables \
						MPARTICLE_API_KEY and MPARTICLE_API_SECRET, or define an MParticleConnectionDetails bean. With \
						named inputs (mparticle.inputs), leave both unset if the application has no default input.
						""") + WITHOUT_AN_ACCOUNT;
		return new FailureAnalysis(description, action, cause);
	}

	private static @Nullable String input(String property) {
		if (!property.startsWith(PREFIX)) {
			return null;
		}
		String rest = property.substring(PREFIX.length());
		return rest.substring(0, rest.lastIndexOf('.'));
	}

}

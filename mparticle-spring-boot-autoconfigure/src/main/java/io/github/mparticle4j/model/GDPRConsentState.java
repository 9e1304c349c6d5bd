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

package io.github.mparticle4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The GDPR consent state of one purpose, such as {@code location_collection}: whether the
 * user agreed ({@code consented = true}) or refused. Purposes must be set up in the
 * workspace's privacy settings first. See
 * {@link ConsentState#gdpr(String, GDPRConsentState)}.
 *
 * @author mparticle4j contributors
 */
public final class GDPRConsentState extends AbstractConsentState<GDPRConsentState> {

	/**
	 * Creates a consent state with its two required fields.
	 * @param consented whether the user consented
	 * @param timestampUnixtimeMs when the consent was given or refused, in milliseconds
	 * since the epoch
	 */
	public GDPRConsentState(boolean consented, long timestampUnixtimeMs) {
		super(consented, timestampUnixtimeMs);
	}

	@JsonCreator
	private GDPRConsentState() {
	}

}

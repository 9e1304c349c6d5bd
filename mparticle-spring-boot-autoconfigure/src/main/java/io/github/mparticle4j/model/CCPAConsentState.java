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
 * The CCPA consent state, stored under the purpose {@code data_sale_opt_out}. Note the
 * meaning of {@code consented}: {@code true} records that the user has <em>opted out</em>
 * of the sale of their data. See {@link ConsentState#ccpa(CCPAConsentState)}.
 *
 * @author mparticle4j contributors
 */
public final class CCPAConsentState extends AbstractConsentState<CCPAConsentState> {

	/**
	 * Creates a consent state with its two required fields.
	 * @param consented whether the user consented
	 * @param timestampUnixtimeMs when the consent was given or refused, in milliseconds
	 * since the epoch
	 */
	public CCPAConsentState(boolean consented, long timestampUnixtimeMs) {
		super(consented, timestampUnixtimeMs);
	}

	@JsonCreator
	private CCPAConsentState() {
	}

}

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

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * The user's consent under GDPR and CCPA ({@code consent_state}): <pre class="code">
 * "consent_state": {
 *   "gdpr": { "&lt;purpose&gt;": { "consented": true, "timestamp_unixtime_ms": ... } },
 *   "ccpa": { "data_sale_opt_out": { "consented": true, "timestamp_unixtime_ms": ... } }
 * }
 * </pre> Consent can only be updated with the credentials of a platform input or a custom
 * feed, not with those of a partner feed.
 *
 * @author mparticle4j contributors
 */
public final class ConsentState extends ModelObject {

	/**
	 * The only CCPA purpose, under which {@link #ccpa(CCPAConsentState)} is stored.
	 */
	public static final String CCPA_DATA_SALE_OPT_OUT = "data_sale_opt_out";

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("gdpr")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, GDPRConsentState> gdpr;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("ccpa")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, CCPAConsentState> ccpa;

	/**
	 * Creates an empty consent state.
	 */
	public ConsentState() {
	}

	/**
	 * Sets the GDPR consent state of one purpose, replacing any state for the same
	 * purpose.
	 * @param purpose the purpose, exactly as configured in the workspace's privacy
	 * settings
	 * @param state the consent state
	 * @return this consent state
	 */
	public ConsentState gdpr(String purpose, GDPRConsentState state) {
		this.gdpr = ModelCollections.put(this.gdpr, "GDPR purpose", purpose, state);
		return this;
	}

	/**
	 * Returns the GDPR consent states, keyed by purpose.
	 * @return an unmodifiable view, empty if there are none
	 */
	public Map<String, GDPRConsentState> getGdpr() {
		return ModelCollections.view(this.gdpr);
	}

	/**
	 * Sets the CCPA consent state (purpose {@value #CCPA_DATA_SALE_OPT_OUT}).
	 * @param state the consent state, whose {@code consented = true} means the user opted
	 * out of the sale of their data
	 * @return this consent state
	 */
	public ConsentState ccpa(CCPAConsentState state) {
		this.ccpa = ModelCollections.put(this.ccpa, "CCPA purpose", CCPA_DATA_SALE_OPT_OUT, state);
		return this;
	}

	/**
	 * Returns the CCPA consent state (purpose {@value #CCPA_DATA_SALE_OPT_OUT}).
	 * @return the consent state, or {@code null} if unset
	 */
	public @Nullable CCPAConsentState getCcpa() {
		return (this.ccpa != null) ? this.ccpa.get(CCPA_DATA_SALE_OPT_OUT) : null;
	}

}

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

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The consent a user gave or refused for one purpose under one regulation: the fields
 * that {@link GDPRConsentState} and {@link CCPAConsentState} share.
 *
 * @param <S> the concrete type, returned by the fluent setters
 * @author mparticle4j contributors
 */
public abstract sealed class AbstractConsentState<S extends AbstractConsentState<S>> extends ModelObject
		permits GDPRConsentState, CCPAConsentState {

	@JsonProperty("consented")
	private @Nullable Boolean consented;

	@JsonProperty("document")
	private @Nullable String document;

	@JsonProperty("timestamp_unixtime_ms")
	private @Nullable Long timestampUnixtimeMs;

	@JsonProperty("location")
	private @Nullable String location;

	@JsonProperty("hardware_id")
	private @Nullable String hardwareId;

	AbstractConsentState(boolean consented, long timestampUnixtimeMs) {
		this.consented = consented;
		this.timestampUnixtimeMs = timestampUnixtimeMs;
	}

	AbstractConsentState() {
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}

	/**
	 * Sets whether the user consented ({@code consented}).
	 * @param consented the value, or {@code null} to leave it unset
	 * @return this consent state
	 */
	public S consented(@Nullable Boolean consented) {
		this.consented = consented;
		return self();
	}

	/**
	 * Returns whether the user consented ({@code consented}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getConsented() {
		return this.consented;
	}

	/**
	 * Sets the document, or its version, that the user consented to ({@code document}).
	 * @param document the value, or {@code null} to leave it unset
	 * @return this consent state
	 */
	public S document(@Nullable String document) {
		this.document = document;
		return self();
	}

	/**
	 * Returns the document that the user consented to ({@code document}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDocument() {
		return this.document;
	}

	/**
	 * Sets when the consent was given or refused ({@code timestamp_unixtime_ms}).
	 * @param timestampUnixtimeMs milliseconds since the epoch, or {@code null}
	 * @return this consent state
	 */
	public S timestampUnixtimeMs(@Nullable Long timestampUnixtimeMs) {
		this.timestampUnixtimeMs = timestampUnixtimeMs;
		return self();
	}

	/**
	 * Sets when the consent was given or refused ({@code timestamp_unixtime_ms}), to
	 * millisecond precision.
	 * @param timestamp the instant
	 * @return this consent state
	 * @throws IllegalArgumentException if the instant is too far from the epoch to be
	 * written in milliseconds
	 */
	public S timestamp(Instant timestamp) {
		return timestampUnixtimeMs(ModelCollections.epochMilli("timestamp_unixtime_ms", timestamp));
	}

	/**
	 * Returns when the consent was given or refused ({@code timestamp_unixtime_ms}).
	 * @return milliseconds since the epoch, or {@code null}
	 */
	public @Nullable Long getTimestampUnixtimeMs() {
		return this.timestampUnixtimeMs;
	}

	/**
	 * Sets the physical or digital place where consent was collected ({@code location}),
	 * such as a URL.
	 * @param location the value, or {@code null} to leave it unset
	 * @return this consent state
	 */
	public S location(@Nullable String location) {
		this.location = location;
		return self();
	}

	/**
	 * Returns the place where consent was collected ({@code location}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getLocation() {
		return this.location;
	}

	/**
	 * Sets the identifier of the device or browser on which consent was collected
	 * ({@code hardware_id}), such as {@code IDFA:<uuid>}. It is context only and does not
	 * identify the user.
	 * @param hardwareId the value, or {@code null} to leave it unset
	 * @return this consent state
	 */
	public S hardwareId(@Nullable String hardwareId) {
		this.hardwareId = hardwareId;
		return self();
	}

	/**
	 * Returns the identifier of the device on which consent was collected
	 * ({@code hardware_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getHardwareId() {
		return this.hardwareId;
	}

}

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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One identity of a user with its metadata, as used in a {@link UserIdentityChangeEvent}.
 *
 * @author mparticle4j contributors
 */
public final class UserIdentity extends ModelObject {

	@JsonProperty("identity_type")
	private @Nullable IdentityType identityType;

	@JsonProperty("identity")
	private @Nullable String identity;

	@JsonProperty("timestamp_unixtime_ms")
	private @Nullable Long timestampUnixtimeMs;

	@JsonProperty("created_this_batch")
	private @Nullable Boolean createdThisBatch;

	/**
	 * Creates a new instance.
	 * @param identityType the type of the identity
	 * @param identity the identity value
	 */
	public UserIdentity(IdentityType identityType, String identity) {
		this.identityType = Objects.requireNonNull(identityType, "'identityType' must not be null");
		this.identity = Objects.requireNonNull(identity, "'identity' must not be null");
	}

	@JsonCreator
	private UserIdentity() {
	}

	/**
	 * Sets the type of the identity ({@code identity_type}).
	 * @param identityType the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public UserIdentity identityType(@Nullable IdentityType identityType) {
		this.identityType = identityType;
		return this;
	}

	/**
	 * Returns the type of the identity ({@code identity_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable IdentityType getIdentityType() {
		return this.identityType;
	}

	/**
	 * Sets the identity value ({@code identity}).
	 * @param identity the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public UserIdentity identity(@Nullable String identity) {
		this.identity = identity;
		return this;
	}

	/**
	 * Returns the identity value ({@code identity}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getIdentity() {
		return this.identity;
	}

	/**
	 * Sets when the identity was set, in milliseconds since the epoch
	 * ({@code timestamp_unixtime_ms}).
	 * @param timestampUnixtimeMs the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public UserIdentity timestampUnixtimeMs(@Nullable Long timestampUnixtimeMs) {
		this.timestampUnixtimeMs = timestampUnixtimeMs;
		return this;
	}

	/**
	 * Returns when the identity was set, in milliseconds since the epoch
	 * ({@code timestamp_unixtime_ms}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getTimestampUnixtimeMs() {
		return this.timestampUnixtimeMs;
	}

	/**
	 * Sets whether the identity was created in this batch ({@code created_this_batch}).
	 * @param createdThisBatch the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public UserIdentity createdThisBatch(@Nullable Boolean createdThisBatch) {
		this.createdThisBatch = createdThisBatch;
		return this;
	}

	/**
	 * Returns whether the identity was created in this batch
	 * ({@code created_this_batch}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getCreatedThisBatch() {
		return this.createdThisBatch;
	}

}

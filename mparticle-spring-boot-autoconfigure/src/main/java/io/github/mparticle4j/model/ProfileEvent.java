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
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A change of the user's profile, such as a login or logout ({@code profile}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("profile")
public final class ProfileEvent extends Event<ProfileEvent> {

	@JsonProperty("previous_mpid")
	private @Nullable Long previousMpid;

	@JsonProperty("current_mpid")
	private @Nullable Long currentMpid;

	@JsonProperty("profile_event_type")
	private @Nullable ProfileEventType profileEventType;

	/**
	 * Creates a new {@code profile} event.
	 * @param profileEventType the kind of change
	 */
	public ProfileEvent(ProfileEventType profileEventType) {
		this.profileEventType = Objects.requireNonNull(profileEventType, "'profileEventType' must not be null");
	}

	@JsonCreator
	private ProfileEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.PROFILE;
	}

	/**
	 * Sets the mParticle id of the user before the change ({@code previous_mpid}).
	 * @param previousMpid the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ProfileEvent previousMpid(@Nullable Long previousMpid) {
		this.previousMpid = previousMpid;
		return this;
	}

	/**
	 * Returns the mParticle id of the user before the change ({@code previous_mpid}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getPreviousMpid() {
		return this.previousMpid;
	}

	/**
	 * Sets the mParticle id of the user after the change ({@code current_mpid}).
	 * @param currentMpid the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ProfileEvent currentMpid(@Nullable Long currentMpid) {
		this.currentMpid = currentMpid;
		return this;
	}

	/**
	 * Returns the mParticle id of the user after the change ({@code current_mpid}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getCurrentMpid() {
		return this.currentMpid;
	}

	/**
	 * Sets the kind of change ({@code profile_event_type}).
	 * @param profileEventType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ProfileEvent profileEventType(@Nullable ProfileEventType profileEventType) {
		this.profileEventType = profileEventType;
		return this;
	}

	/**
	 * Returns the kind of change ({@code profile_event_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ProfileEventType getProfileEventType() {
		return this.profileEventType;
	}

	/**
	 * The kind of a profile change ({@code profile_event_type}).
	 */
	public enum ProfileEventType {

		/** The user signed up. */
		SIGNUP("signup"),

		/** The user logged in. */
		LOGIN("login"),

		/** The user logged out. */
		LOGOUT("logout"),

		/** The profile was updated. */
		UPDATE("update"),

		/** The profile was deleted. */
		DELETE("delete");

		private final String value;

		ProfileEventType(String value) {
			this.value = value;
		}

		/**
		 * Returns the string that represents this constant on the wire.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

		/**
		 * Returns the constant for a wire value, matching case-insensitively when there
		 * is no exact match.
		 * @param value the wire value
		 * @return the constant, or {@code null} if {@code value} is not one of the
		 * documented values (which is how unknown values in JSON input are read)
		 */
		@JsonCreator
		public static @Nullable ProfileEventType fromValue(@Nullable String value) {
			return WireValues.find(values(), ProfileEventType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

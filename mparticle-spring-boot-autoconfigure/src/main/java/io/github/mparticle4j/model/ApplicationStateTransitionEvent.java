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
 * A change of the app's state, such as a launch or a move to the background
 * ({@code application_state_transition}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("application_state_transition")
public final class ApplicationStateTransitionEvent extends Event<ApplicationStateTransitionEvent> {

	@JsonProperty("application_transition_type")
	private @Nullable ApplicationTransitionType applicationTransitionType;

	@JsonProperty("is_first_run")
	private @Nullable Boolean firstRun;

	@JsonProperty("is_upgrade")
	private @Nullable Boolean upgrade;

	@JsonProperty("successfully_closed")
	private @Nullable Boolean successfullyClosed;

	@JsonProperty("push_notification_payload")
	private @Nullable String pushNotificationPayload;

	@JsonProperty("launch_referral")
	private @Nullable String launchReferral;

	/**
	 * Creates a new {@code application_state_transition} event.
	 * @param applicationTransitionType the kind of transition
	 */
	public ApplicationStateTransitionEvent(ApplicationTransitionType applicationTransitionType) {
		this.applicationTransitionType = Objects.requireNonNull(applicationTransitionType,
				"'applicationTransitionType' must not be null");
	}

	@JsonCreator
	private ApplicationStateTransitionEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.APPLICATION_STATE_TRANSITION;
	}

	/**
	 * Sets the kind of transition ({@code application_transition_type}).
	 * @param applicationTransitionType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent applicationTransitionType(
			@Nullable ApplicationTransitionType applicationTransitionType) {
		this.applicationTransitionType = applicationTransitionType;
		return this;
	}

	/**
	 * Returns the kind of transition ({@code application_transition_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ApplicationTransitionType getApplicationTransitionType() {
		return this.applicationTransitionType;
	}

	/**
	 * Sets whether this is the first launch after install, for
	 * {@link ApplicationTransitionType#APPLICATION_INITIALIZED} ({@code is_first_run}).
	 * @param firstRun the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent firstRun(@Nullable Boolean firstRun) {
		this.firstRun = firstRun;
		return this;
	}

	/**
	 * Returns whether this is the first launch after install, for
	 * {@link ApplicationTransitionType#APPLICATION_INITIALIZED} ({@code is_first_run}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getFirstRun() {
		return this.firstRun;
	}

	/**
	 * Sets whether this is the first launch after an upgrade, for
	 * {@link ApplicationTransitionType#APPLICATION_INITIALIZED} ({@code is_upgrade}).
	 * @param upgrade the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent upgrade(@Nullable Boolean upgrade) {
		this.upgrade = upgrade;
		return this;
	}

	/**
	 * Returns whether this is the first launch after an upgrade, for
	 * {@link ApplicationTransitionType#APPLICATION_INITIALIZED} ({@code is_upgrade}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getUpgrade() {
		return this.upgrade;
	}

	/**
	 * Sets whether the previous session closed cleanly ({@code successfully_closed}).
	 * @param successfullyClosed the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent successfullyClosed(@Nullable Boolean successfullyClosed) {
		this.successfullyClosed = successfullyClosed;
		return this;
	}

	/**
	 * Returns whether the previous session closed cleanly ({@code successfully_closed}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getSuccessfullyClosed() {
		return this.successfullyClosed;
	}

	/**
	 * Sets the payload of the push notification that launched the app, as JSON text
	 * ({@code push_notification_payload}).
	 * @param pushNotificationPayload the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent pushNotificationPayload(@Nullable String pushNotificationPayload) {
		this.pushNotificationPayload = pushNotificationPayload;
		return this;
	}

	/**
	 * Returns the payload of the push notification that launched the app, as JSON text
	 * ({@code push_notification_payload}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPushNotificationPayload() {
		return this.pushNotificationPayload;
	}

	/**
	 * Sets the referral URL that launched the app ({@code launch_referral}).
	 * @param launchReferral the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ApplicationStateTransitionEvent launchReferral(@Nullable String launchReferral) {
		this.launchReferral = launchReferral;
		return this;
	}

	/**
	 * Returns the referral URL that launched the app ({@code launch_referral}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getLaunchReferral() {
		return this.launchReferral;
	}

	/**
	 * The kind of an application state transition ({@code application_transition_type}).
	 */
	public enum ApplicationTransitionType {

		/** The app was launched. */
		APPLICATION_INITIALIZED("application_initialized"),

		/** The app exited. */
		APPLICATION_EXIT("application_exit"),

		/** The app moved to the background. */
		APPLICATION_BACKGROUND("application_background"),

		/** The app moved to the foreground. */
		APPLICATION_FOREGROUND("application_foreground");

		private final String value;

		ApplicationTransitionType(String value) {
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
		public static @Nullable ApplicationTransitionType fromValue(@Nullable String value) {
			return WireValues.find(values(), ApplicationTransitionType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

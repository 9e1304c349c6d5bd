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
 * A push notification sent to, received by or acted on by the user
 * ({@code push_message}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("push_message")
public final class PushMessageEvent extends Event<PushMessageEvent> {

	@JsonProperty("push_message_token")
	private @Nullable String pushMessageToken;

	@JsonProperty("push_message_type")
	private @Nullable PushMessageType pushMessageType;

	@JsonProperty("message")
	private @Nullable String message;

	@JsonProperty("network")
	private @Nullable String network;

	@JsonProperty("push_notification_payload")
	private @Nullable String pushNotificationPayload;

	@JsonProperty("application_state")
	private @Nullable ApplicationState applicationState;

	@JsonProperty("action_identifier")
	private @Nullable String actionIdentifier;

	/**
	 * A {@link PushMessageBehavior}, or the integer bit mask read from JSON.
	 */
	@JsonProperty("push_message_behavior")
	private @Nullable Object pushMessageBehavior;

	/**
	 * Creates a new {@code push_message} event.
	 * @param pushMessageType what happened to the message
	 */
	public PushMessageEvent(PushMessageType pushMessageType) {
		this.pushMessageType = Objects.requireNonNull(pushMessageType, "'pushMessageType' must not be null");
	}

	@JsonCreator
	private PushMessageEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.PUSH_MESSAGE;
	}

	/**
	 * Sets the push token the message was sent to ({@code push_message_token}).
	 * @param pushMessageToken the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent pushMessageToken(@Nullable String pushMessageToken) {
		this.pushMessageToken = pushMessageToken;
		return this;
	}

	/**
	 * Returns the push token the message was sent to ({@code push_message_token}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPushMessageToken() {
		return this.pushMessageToken;
	}

	/**
	 * Sets what happened to the message ({@code push_message_type}).
	 * @param pushMessageType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent pushMessageType(@Nullable PushMessageType pushMessageType) {
		this.pushMessageType = pushMessageType;
		return this;
	}

	/**
	 * Returns what happened to the message ({@code push_message_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable PushMessageType getPushMessageType() {
		return this.pushMessageType;
	}

	/**
	 * Sets the text shown to the user ({@code message}).
	 * @param message the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent message(@Nullable String message) {
		this.message = message;
		return this;
	}

	/**
	 * Returns the text shown to the user ({@code message}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getMessage() {
		return this.message;
	}

	/**
	 * Sets the push network: {@code apn} (Apple) or {@code gcm} (Google)
	 * ({@code network}).
	 * @param network the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent network(@Nullable String network) {
		this.network = network;
		return this;
	}

	/**
	 * Returns the push network: {@code apn} (Apple) or {@code gcm} (Google)
	 * ({@code network}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getNetwork() {
		return this.network;
	}

	/**
	 * Sets the notification payload, as JSON text ({@code push_notification_payload}).
	 * @param pushNotificationPayload the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent pushNotificationPayload(@Nullable String pushNotificationPayload) {
		this.pushNotificationPayload = pushNotificationPayload;
		return this;
	}

	/**
	 * Returns the notification payload, as JSON text ({@code push_notification_payload}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPushNotificationPayload() {
		return this.pushNotificationPayload;
	}

	/**
	 * Sets the state of the app when the message arrived ({@code application_state}).
	 * @param applicationState the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent applicationState(@Nullable ApplicationState applicationState) {
		this.applicationState = applicationState;
		return this;
	}

	/**
	 * Returns the state of the app when the message arrived ({@code application_state}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ApplicationState getApplicationState() {
		return this.applicationState;
	}

	/**
	 * Sets the identifier of the action taken, at most 100 characters
	 * ({@code action_identifier}).
	 * @param actionIdentifier the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent actionIdentifier(@Nullable String actionIdentifier) {
		this.actionIdentifier = actionIdentifier;
		return this;
	}

	/**
	 * Returns the identifier of the action taken, at most 100 characters
	 * ({@code action_identifier}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getActionIdentifier() {
		return this.actionIdentifier;
	}

	/**
	 * Sets how the message was delivered or opened ({@code push_message_behavior}).
	 * @param pushMessageBehavior the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushMessageEvent pushMessageBehavior(@Nullable PushMessageBehavior pushMessageBehavior) {
		this.pushMessageBehavior = pushMessageBehavior;
		return this;
	}

	/**
	 * Returns how the message was delivered or opened ({@code push_message_behavior}).
	 * @return the value, or {@code null} if unset or if the value read from JSON is an
	 * integer bit mask (see {@link #getPushMessageBehaviorValue()})
	 */
	public @Nullable PushMessageBehavior getPushMessageBehavior() {
		return (this.pushMessageBehavior instanceof PushMessageBehavior behavior) ? behavior : null;
	}

	/**
	 * Returns how the message was delivered or opened as it is written
	 * ({@code push_message_behavior}): the wire value of a {@link PushMessageBehavior},
	 * or the integer bit mask read from JSON, such as {@code 2}, which mParticle's JSON
	 * reference uses and which is written back unchanged.
	 * @return the value as a string, or {@code null} if unset
	 */
	public @Nullable String getPushMessageBehaviorValue() {
		return (this.pushMessageBehavior != null) ? this.pushMessageBehavior.toString() : null;
	}

	@JsonProperty("push_message_behavior")
	private void readPushMessageBehavior(@Nullable Object value) {
		if (value == null || value instanceof String) {
			this.pushMessageBehavior = PushMessageBehavior.fromValue((String) value);
			return;
		}
		Number mask = ModelCollections.integer(value);
		if (mask == null) {
			throw new IllegalArgumentException(
					"The value of 'push_message_behavior' must be a string or an integer bit mask, not " + value);
		}
		this.pushMessageBehavior = mask;
	}

	/**
	 * What happened to a push message ({@code push_message_type}).
	 */
	public enum PushMessageType {

		/** The message was sent. */
		SENT("sent"),

		/** The message was received. */
		RECEIVED("received"),

		/** The user acted on the message. */
		ACTION("action");

		private final String value;

		PushMessageType(String value) {
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
		public static @Nullable PushMessageType fromValue(@Nullable String value) {
			return WireValues.find(values(), PushMessageType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The state of the app when a push message arrived ({@code application_state}).
	 */
	public enum ApplicationState {

		/** The app was not running. */
		NOT_RUNNING("not_running"),

		/** The app was in the background. */
		BACKGROUND("background"),

		/** The app was in the foreground. */
		FOREGROUND("foreground");

		private final String value;

		ApplicationState(String value) {
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
		public static @Nullable ApplicationState fromValue(@Nullable String value) {
			return WireValues.find(values(), ApplicationState::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * How a push message was delivered or opened ({@code push_message_behavior}), as
	 * listed by the published JSON schema.
	 */
	public enum PushMessageBehavior {

		/** The message was received. */
		RECEIVED("Received"),

		/** The user opened the app from the message. */
		DIRECT_OPEN("DirectOpen"),

		/** The message was read. */
		READ("Read"),

		/** The app was opened soon after the message arrived. */
		INFLUENCED_OPEN("InfluencedOpen"),

		/** The message was displayed. */
		DISPLAYED("Displayed");

		private final String value;

		PushMessageBehavior(String value) {
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
		public static @Nullable PushMessageBehavior fromValue(@Nullable String value) {
			return WireValues.find(values(), PushMessageBehavior::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

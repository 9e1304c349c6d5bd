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
 * A custom event ({@code custom_event}): something the user did that is not a commerce,
 * screen or session event, such as clicking a button or reading an article.
 * <p>
 * Attribution events are custom events of type {@link CustomEventType#ATTRIBUTION}: name
 * them {@code attribution} (install attribution, with {@code campaign} and
 * {@code publisher} custom attributes) or {@code re-engagement}.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("custom_event")
public final class AppEvent extends Event<AppEvent> {

	@JsonProperty("event_name")
	private @Nullable String eventName;

	@JsonProperty("custom_event_type")
	private @Nullable CustomEventType customEventType;

	/**
	 * Creates a new {@code custom_event} event.
	 * @param customEventType the category of the event
	 * @param eventName the name of the event, at most 256 characters
	 */
	public AppEvent(CustomEventType customEventType, String eventName) {
		this.customEventType = Objects.requireNonNull(customEventType, "'customEventType' must not be null");
		this.eventName = Objects.requireNonNull(eventName, "'eventName' must not be null");
	}

	@JsonCreator
	private AppEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.CUSTOM_EVENT;
	}

	/**
	 * Sets the name of the event, at most 256 characters ({@code event_name}).
	 * @param eventName the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public AppEvent eventName(@Nullable String eventName) {
		this.eventName = eventName;
		return this;
	}

	/**
	 * Returns the name of the event, at most 256 characters ({@code event_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getEventName() {
		return this.eventName;
	}

	/**
	 * Sets the category of the event ({@code custom_event_type}).
	 * @param customEventType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public AppEvent customEventType(@Nullable CustomEventType customEventType) {
		this.customEventType = customEventType;
		return this;
	}

	/**
	 * Returns the category of the event ({@code custom_event_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable CustomEventType getCustomEventType() {
		return this.customEventType;
	}

	/**
	 * The category of a custom event ({@code custom_event_type}).
	 */
	public enum CustomEventType {

		/** Navigation within the app or site. */
		NAVIGATION("navigation"),

		/** A location-related action. */
		LOCATION("location"),

		/** A search. */
		SEARCH("search"),

		/** A transaction that is not modelled as a commerce event. */
		TRANSACTION("transaction"),

		/** Content created or consumed by the user. */
		USER_CONTENT("user_content"),

		/** A change of user preferences. */
		USER_PREFERENCE("user_preference"),

		/** A social interaction. */
		SOCIAL("social"),

		/** Any other event. */
		OTHER("other"),

		/** A media event. */
		MEDIA("media"),

		/** An install, re-engagement or engagement attribution. */
		ATTRIBUTION("attribution");

		private final String value;

		CustomEventType(String value) {
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
		public static @Nullable CustomEventType fromValue(@Nullable String value) {
			return WireValues.find(values(), CustomEventType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

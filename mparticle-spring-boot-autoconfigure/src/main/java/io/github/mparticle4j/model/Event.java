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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * An event in a {@link Batch}: the common fields that every event type carries, with a
 * subclass per {@link EventType} for the rest.
 * <p>
 * On the wire an event is the envelope {@code {"event_type": "...", "data": {...}}},
 * where {@code data} holds the fields of this object. The envelope is written and read by
 * {@link Batch}; callers only ever deal with event objects. Reading picks the subclass
 * from {@code event_type}, which may be written in its documented lower-case form
 * ({@code custom_event}) or upper-case ({@code CUSTOM_EVENT}), the form in which
 * mParticle's Java SDK sends it; writing always uses the documented form. Any other
 * {@code event_type}, including a mixed-case one, fails the read, as the Events API
 * rejects types it does not know. (A mapper with Jackson's
 * {@code ACCEPT_CASE_INSENSITIVE_VALUES} feature enabled reads every spelling that
 * differs only in case.)
 *
 * @param <E> the concrete event type, returned by the fluent setters
 * @author mparticle4j contributors
 */
@JsonSubTypes({ @JsonSubTypes.Type(value = AppEvent.class, names = "CUSTOM_EVENT"),
		@JsonSubTypes.Type(value = CommerceEvent.class, names = "COMMERCE_EVENT"),
		@JsonSubTypes.Type(value = SessionStartEvent.class, names = "SESSION_START"),
		@JsonSubTypes.Type(value = SessionEndEvent.class, names = "SESSION_END"),
		@JsonSubTypes.Type(value = ScreenViewEvent.class, names = "SCREEN_VIEW"),
		@JsonSubTypes.Type(value = UninstallEvent.class, names = "UNINSTALL"),
		@JsonSubTypes.Type(value = CrashReportEvent.class, names = "CRASH_REPORT"),
		@JsonSubTypes.Type(value = OptOutEvent.class, names = "OPT_OUT"),
		@JsonSubTypes.Type(value = FirstRunEvent.class, names = "FIRST_RUN"),
		@JsonSubTypes.Type(value = PushRegistrationEvent.class, names = "PUSH_REGISTRATION"),
		@JsonSubTypes.Type(value = PushMessageEvent.class, names = "PUSH_MESSAGE"),
		@JsonSubTypes.Type(value = ApplicationStateTransitionEvent.class, names = "APPLICATION_STATE_TRANSITION"),
		@JsonSubTypes.Type(value = NetworkPerformanceEvent.class, names = "NETWORK_PERFORMANCE"),
		@JsonSubTypes.Type(value = BreadcrumbEvent.class, names = "BREADCRUMB"),
		@JsonSubTypes.Type(value = ProfileEvent.class, names = "PROFILE"),
		@JsonSubTypes.Type(value = UserAttributeChangeEvent.class, names = "USER_ATTRIBUTE_CHANGE"),
		@JsonSubTypes.Type(value = UserIdentityChangeEvent.class, names = "USER_IDENTITY_CHANGE") })
public abstract sealed class Event<E extends Event<E>> extends ModelObject permits AppEvent, CommerceEvent,
		SessionStartEvent, SessionEndEvent, ScreenViewEvent, UninstallEvent, CrashReportEvent, OptOutEvent,
		FirstRunEvent, PushRegistrationEvent, PushMessageEvent, ApplicationStateTransitionEvent,
		NetworkPerformanceEvent, BreadcrumbEvent, ProfileEvent, UserAttributeChangeEvent, UserIdentityChangeEvent {

	@JsonProperty("timestamp_unixtime_ms")
	private @Nullable Long timestampUnixtimeMs;

	@JsonProperty("source_message_id")
	private @Nullable String sourceMessageId;

	@JsonProperty("session_uuid")
	private @Nullable String sessionUuid;

	@JsonProperty("session_id")
	private @Nullable Long sessionId;

	@JsonProperty("event_num")
	private @Nullable Long eventNum;

	@JsonProperty("location")
	private @Nullable GeoLocation location;

	@JsonProperty("device_current_state")
	private @Nullable DeviceCurrentState deviceCurrentState;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("custom_attributes")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, String> customAttributes;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("custom_flags")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, String> customFlags;

	Event() {
	}

	/**
	 * Returns the type of this event, written as the envelope's {@code event_type}.
	 * @return the event type
	 */
	public abstract EventType getEventType();

	@SuppressWarnings("unchecked")
	final E self() {
		return (E) this;
	}

	/**
	 * Sets when the event happened ({@code timestamp_unixtime_ms}). mParticle uses the
	 * time it received the event when this is not set.
	 * @param timestampUnixtimeMs milliseconds since the epoch, or {@code null}
	 * @return this event
	 */
	public E timestampUnixtimeMs(@Nullable Long timestampUnixtimeMs) {
		this.timestampUnixtimeMs = timestampUnixtimeMs;
		return self();
	}

	/**
	 * Sets when the event happened ({@code timestamp_unixtime_ms}), to millisecond
	 * precision.
	 * @param timestamp the instant
	 * @return this event
	 * @throws IllegalArgumentException if the instant is too far from the epoch to be
	 * written in milliseconds
	 */
	public E timestamp(Instant timestamp) {
		return timestampUnixtimeMs(ModelCollections.epochMilli("timestamp_unixtime_ms", timestamp));
	}

	/**
	 * Returns when the event happened ({@code timestamp_unixtime_ms}).
	 * @return milliseconds since the epoch, or {@code null}
	 */
	public @Nullable Long getTimestampUnixtimeMs() {
		return this.timestampUnixtimeMs;
	}

	/**
	 * Sets the event's unique id ({@code source_message_id}), usually a random UUID.
	 * @param sourceMessageId the id, or {@code null}
	 * @return this event
	 */
	public E sourceMessageId(@Nullable String sourceMessageId) {
		this.sourceMessageId = sourceMessageId;
		return self();
	}

	/**
	 * Returns the event's unique id ({@code source_message_id}).
	 * @return the id, or {@code null}
	 */
	public @Nullable String getSourceMessageId() {
		return this.sourceMessageId;
	}

	/**
	 * Sets the UUID of the session the event belongs to ({@code session_uuid}).
	 * @param sessionUuid the session UUID, or {@code null}
	 * @return this event
	 */
	public E sessionUuid(@Nullable String sessionUuid) {
		this.sessionUuid = sessionUuid;
		return self();
	}

	/**
	 * Returns the UUID of the session the event belongs to ({@code session_uuid}).
	 * @return the session UUID, or {@code null}
	 */
	public @Nullable String getSessionUuid() {
		return this.sessionUuid;
	}

	/**
	 * Sets the numeric id of the session ({@code session_id}). The start and end events
	 * of a session must carry the same value.
	 * @param sessionId the session id, or {@code null}
	 * @return this event
	 */
	public E sessionId(@Nullable Long sessionId) {
		this.sessionId = sessionId;
		return self();
	}

	/**
	 * Returns the numeric id of the session ({@code session_id}).
	 * @return the session id, or {@code null}
	 */
	public @Nullable Long getSessionId() {
		return this.sessionId;
	}

	/**
	 * Sets the zero-based position of the event in its session ({@code event_num}).
	 * mParticle's SDKs set it for their own data; server-to-server callers may set it.
	 * @param eventNum the position, or {@code null}
	 * @return this event
	 */
	public E eventNum(@Nullable Long eventNum) {
		this.eventNum = eventNum;
		return self();
	}

	/**
	 * Returns the zero-based position of the event in its session ({@code event_num}).
	 * @return the position, or {@code null}
	 */
	public @Nullable Long getEventNum() {
		return this.eventNum;
	}

	/**
	 * Sets where the event happened ({@code location}).
	 * @param location the location, or {@code null}
	 * @return this event
	 */
	public E location(@Nullable GeoLocation location) {
		this.location = location;
		return self();
	}

	/**
	 * Returns where the event happened ({@code location}).
	 * @return the location, or {@code null}
	 */
	public @Nullable GeoLocation getLocation() {
		return this.location;
	}

	/**
	 * Sets the state of the device when the event happened
	 * ({@code device_current_state}).
	 * @param deviceCurrentState the device state, or {@code null}
	 * @return this event
	 */
	public E deviceCurrentState(@Nullable DeviceCurrentState deviceCurrentState) {
		this.deviceCurrentState = deviceCurrentState;
		return self();
	}

	/**
	 * Returns the state of the device when the event happened
	 * ({@code device_current_state}).
	 * @return the device state, or {@code null}
	 */
	public @Nullable DeviceCurrentState getDeviceCurrentState() {
		return this.deviceCurrentState;
	}

	/**
	 * Adds a custom attribute ({@code custom_attributes}), replacing any attribute with
	 * the same name.
	 * @param name the attribute name
	 * @param value the attribute value
	 * @return this event
	 */
	public E customAttribute(String name, String value) {
		this.customAttributes = ModelCollections.put(this.customAttributes, "custom attribute", name, value);
		return self();
	}

	/**
	 * Adds a custom attribute ({@code custom_attributes}) whose value is a number, sent
	 * as its decimal string as the Events API recommends.
	 * @param name the attribute name
	 * @param value the attribute value
	 * @return this event
	 */
	public E customAttribute(String name, Number value) {
		return customAttribute(name, ModelCollections.numberToString(name, value));
	}

	/**
	 * Adds a custom attribute ({@code custom_attributes}) whose value is a boolean, sent
	 * as {@code "true"} or {@code "false"}.
	 * @param name the attribute name
	 * @param value the attribute value
	 * @return this event
	 */
	public E customAttribute(String name, boolean value) {
		return customAttribute(name, Boolean.toString(value));
	}

	/**
	 * Replaces all custom attributes ({@code custom_attributes}).
	 * @param customAttributes the attributes, or {@code null} for none
	 * @return this event
	 */
	public E customAttributes(@Nullable Map<String, String> customAttributes) {
		this.customAttributes = ModelCollections.copy(customAttributes, "custom attribute");
		return self();
	}

	/**
	 * Returns the custom attributes ({@code custom_attributes}).
	 * @return an unmodifiable view of the attributes, empty if there are none
	 */
	public Map<String, String> getCustomAttributes() {
		return ModelCollections.view(this.customAttributes);
	}

	/**
	 * Adds a custom flag ({@code custom_flags}): a hint for one integration, such as
	 * {@code Google.Category}, that is forwarded to it but not used in audiences.
	 * @param name the flag name
	 * @param value the flag value
	 * @return this event
	 */
	public E customFlag(String name, String value) {
		this.customFlags = ModelCollections.put(this.customFlags, "custom flag", name, value);
		return self();
	}

	/**
	 * Replaces all custom flags ({@code custom_flags}).
	 * @param customFlags the flags, or {@code null} for none
	 * @return this event
	 */
	public E customFlags(@Nullable Map<String, String> customFlags) {
		this.customFlags = ModelCollections.copy(customFlags, "custom flag");
		return self();
	}

	/**
	 * Returns the custom flags ({@code custom_flags}).
	 * @return an unmodifiable view of the flags, empty if there are none
	 */
	public Map<String, String> getCustomFlags() {
		return ModelCollections.view(this.customFlags);
	}

}

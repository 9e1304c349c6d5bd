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
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The {@code event_type} of an event: selects the shape of its {@code data} object. Each
 * constant corresponds to one {@link Event} subclass.
 *
 * @author mparticle4j contributors
 */
public enum EventType {

	/** {@link AppEvent}. */
	CUSTOM_EVENT("custom_event"),

	/** {@link CommerceEvent}. */
	COMMERCE_EVENT("commerce_event"),

	/** {@link SessionStartEvent}. */
	SESSION_START("session_start"),

	/** {@link SessionEndEvent}. */
	SESSION_END("session_end"),

	/** {@link ScreenViewEvent}. */
	SCREEN_VIEW("screen_view"),

	/** {@link UninstallEvent}. */
	UNINSTALL("uninstall"),

	/** {@link CrashReportEvent}. */
	CRASH_REPORT("crash_report"),

	/** {@link OptOutEvent}. */
	OPT_OUT("opt_out"),

	/** {@link FirstRunEvent}. */
	FIRST_RUN("first_run"),

	/** {@link PushRegistrationEvent}. */
	PUSH_REGISTRATION("push_registration"),

	/** {@link PushMessageEvent}. */
	PUSH_MESSAGE("push_message"),

	/** {@link ApplicationStateTransitionEvent}. */
	APPLICATION_STATE_TRANSITION("application_state_transition"),

	/** {@link NetworkPerformanceEvent}. */
	NETWORK_PERFORMANCE("network_performance"),

	/** {@link BreadcrumbEvent}. */
	BREADCRUMB("breadcrumb"),

	/** {@link ProfileEvent}. */
	PROFILE("profile"),

	/** {@link UserAttributeChangeEvent}. */
	USER_ATTRIBUTE_CHANGE("user_attribute_change"),

	/** {@link UserIdentityChangeEvent}. */
	USER_IDENTITY_CHANGE("user_identity_change");

	private final String value;

	EventType(String value) {
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
	 * Returns the constant for a wire value.
	 * @param value the wire value
	 * @return the constant, or {@code null} if {@code value} is not a known event type
	 */
	@JsonCreator
	public static @Nullable EventType fromValue(@Nullable String value) {
		return WireValues.find(values(), EventType::value, value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}

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
import org.jspecify.annotations.Nullable;

/**
 * A breadcrumb ({@code breadcrumb}): a marker of what the user was doing, reported on its
 * own or inside a {@link CrashReportEvent}.
 * <p>
 * Besides its {@code data} object, a breadcrumb can be read from the other shapes in
 * which mParticle's artefacts put breadcrumbs into a crash report: an event envelope
 * {@code {"event_type": "breadcrumb", "data": {...}}}, and a plain string, which becomes
 * the label.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("breadcrumb")
public final class BreadcrumbEvent extends Event<BreadcrumbEvent> {

	@JsonProperty("session_number")
	private @Nullable Integer sessionNumber;

	@JsonProperty("label")
	private @Nullable String label;

	/**
	 * Creates a new {@code breadcrumb} event.
	 * @param label the text of the breadcrumb
	 */
	public BreadcrumbEvent(String label) {
		this.label = Objects.requireNonNull(label, "'label' must not be null");
	}

	@JsonCreator
	private BreadcrumbEvent() {
	}

	/**
	 * Reads a breadcrumb that is a plain string, as mParticle's Java SDK and OpenAPI
	 * specification model the breadcrumbs of a crash report, into its label.
	 * @param label the breadcrumb's label
	 * @return the breadcrumb
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static BreadcrumbEvent fromLabel(String label) {
		return new BreadcrumbEvent(label);
	}

	/**
	 * Reads the {@code data} of a breadcrumb written as an event envelope, as in a crash
	 * report's {@code breadcrumbs}.
	 * @param data the envelope's data
	 */
	@JsonProperty("data")
	private void readEnvelopeData(@Nullable BreadcrumbEvent data) {
		if (data != null) {
			copySetPropertiesFrom(data);
		}
	}

	/**
	 * Checks the {@code event_type} of a breadcrumb written as an event envelope.
	 * @param eventType the envelope's event type
	 */
	@JsonProperty("event_type")
	private void readEnvelopeEventType(@Nullable String eventType) {
		if (EventType.fromValue(eventType) != EventType.BREADCRUMB) {
			throw new IllegalArgumentException(
					"A breadcrumb must have the event_type 'breadcrumb', not '" + eventType + "'");
		}
	}

	@Override
	public EventType getEventType() {
		return EventType.BREADCRUMB;
	}

	/**
	 * Sets the number of the session the breadcrumb belongs to ({@code session_number}).
	 * @param sessionNumber the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public BreadcrumbEvent sessionNumber(@Nullable Integer sessionNumber) {
		this.sessionNumber = sessionNumber;
		return this;
	}

	/**
	 * Returns the number of the session the breadcrumb belongs to
	 * ({@code session_number}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getSessionNumber() {
		return this.sessionNumber;
	}

	/**
	 * Sets the text of the breadcrumb ({@code label}).
	 * @param label the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public BreadcrumbEvent label(@Nullable String label) {
		this.label = label;
		return this;
	}

	/**
	 * Returns the text of the breadcrumb ({@code label}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getLabel() {
		return this.label;
	}

}

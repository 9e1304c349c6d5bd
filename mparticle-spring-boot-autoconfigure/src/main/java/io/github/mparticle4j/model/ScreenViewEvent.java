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
 * A screen or page view ({@code screen_view}). Screen names count towards the limit of
 * 1000 unique event and screen names per workspace.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("screen_view")
public final class ScreenViewEvent extends Event<ScreenViewEvent> {

	@JsonProperty("screen_name")
	private @Nullable String screenName;

	@JsonProperty("activity_type")
	private @Nullable String activityType;

	/**
	 * Creates a new {@code screen_view} event.
	 * @param screenName the name of the screen, at most 256 characters
	 */
	public ScreenViewEvent(String screenName) {
		this.screenName = Objects.requireNonNull(screenName, "'screenName' must not be null");
	}

	@JsonCreator
	private ScreenViewEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.SCREEN_VIEW;
	}

	/**
	 * Sets the name of the screen, at most 256 characters ({@code screen_name}).
	 * @param screenName the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ScreenViewEvent screenName(@Nullable String screenName) {
		this.screenName = screenName;
		return this;
	}

	/**
	 * Returns the name of the screen, at most 256 characters ({@code screen_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getScreenName() {
		return this.screenName;
	}

	/**
	 * Sets the activity type set by mobile SDKs, such as {@code activity_started}
	 * ({@code activity_type}).
	 * @param activityType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public ScreenViewEvent activityType(@Nullable String activityType) {
		this.activityType = activityType;
		return this;
	}

	/**
	 * Returns the activity type set by mobile SDKs, such as {@code activity_started}
	 * ({@code activity_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getActivityType() {
		return this.activityType;
	}

}

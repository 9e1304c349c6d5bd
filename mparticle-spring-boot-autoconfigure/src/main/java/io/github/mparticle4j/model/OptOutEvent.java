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
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * A change of the user's opt-out status ({@code opt_out}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("opt_out")
public final class OptOutEvent extends Event<OptOutEvent> {

	@JsonProperty("is_opted_out")
	private @Nullable Boolean optedOut;

	/**
	 * Creates a new {@code opt_out} event.
	 * @param optedOut whether the user has opted out
	 */
	public OptOutEvent(boolean optedOut) {
		this.optedOut = optedOut;
	}

	@JsonCreator
	private OptOutEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.OPT_OUT;
	}

	/**
	 * Sets whether the user has opted out ({@code is_opted_out}).
	 * @param optedOut the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public OptOutEvent optedOut(@Nullable Boolean optedOut) {
		this.optedOut = optedOut;
		return this;
	}

	/**
	 * Returns whether the user has opted out ({@code is_opted_out}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getOptedOut() {
		return this.optedOut;
	}

}

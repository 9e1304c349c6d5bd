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

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * The end of a session ({@code session_end}). Set the same {@link #sessionUuid(String)
 * session UUID} and {@link #sessionId(Long) session id} as on the matching
 * {@link SessionStartEvent}.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("session_end")
public final class SessionEndEvent extends Event<SessionEndEvent> {

	@JsonProperty("session_duration_ms")
	private @Nullable Long sessionDurationMs;

	/**
	 * Creates a new {@code session_end} event.
	 */
	public SessionEndEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.SESSION_END;
	}

	/**
	 * Sets the length of the session in milliseconds ({@code session_duration_ms}).
	 * @param sessionDurationMs the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public SessionEndEvent sessionDurationMs(@Nullable Long sessionDurationMs) {
		this.sessionDurationMs = sessionDurationMs;
		return this;
	}

	/**
	 * Returns the length of the session in milliseconds ({@code session_duration_ms}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getSessionDurationMs() {
		return this.sessionDurationMs;
	}

}

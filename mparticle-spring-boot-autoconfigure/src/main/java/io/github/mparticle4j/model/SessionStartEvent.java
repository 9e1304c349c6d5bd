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

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The start of a session ({@code session_start}). It carries only the common event
 * fields; set the same {@link #sessionUuid(String) session UUID} and
 * {@link #sessionId(Long) session id} on the matching {@link SessionEndEvent}.
 * mParticle's own SDKs use the session UUID as the {@link #sourceMessageId(String) source
 * message id} of this event.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("session_start")
public final class SessionStartEvent extends Event<SessionStartEvent> {

	/**
	 * Creates a new {@code session_start} event.
	 */
	public SessionStartEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.SESSION_START;
	}

}

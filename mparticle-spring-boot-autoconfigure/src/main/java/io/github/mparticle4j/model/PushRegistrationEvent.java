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
 * A push notification registration or unregistration ({@code push_registration}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("push_registration")
public final class PushRegistrationEvent extends Event<PushRegistrationEvent> {

	@JsonProperty("register")
	private @Nullable Boolean register;

	@JsonProperty("registration_token")
	private @Nullable String registrationToken;

	/**
	 * Creates a new {@code push_registration} event.
	 * @param register whether the token is registered ({@code true}) or removed
	 * ({@code false})
	 * @param registrationToken the push registration token
	 */
	public PushRegistrationEvent(boolean register, String registrationToken) {
		this.register = register;
		this.registrationToken = Objects.requireNonNull(registrationToken, "'registrationToken' must not be null");
	}

	@JsonCreator
	private PushRegistrationEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.PUSH_REGISTRATION;
	}

	/**
	 * Sets whether the token is registered ({@code true}) or removed ({@code false})
	 * ({@code register}).
	 * @param register the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushRegistrationEvent register(@Nullable Boolean register) {
		this.register = register;
		return this;
	}

	/**
	 * Returns whether the token is registered ({@code true}) or removed ({@code false})
	 * ({@code register}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getRegister() {
		return this.register;
	}

	/**
	 * Sets the push registration token ({@code registration_token}).
	 * @param registrationToken the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public PushRegistrationEvent registrationToken(@Nullable String registrationToken) {
		this.registrationToken = registrationToken;
		return this;
	}

	/**
	 * Returns the push registration token ({@code registration_token}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getRegistrationToken() {
		return this.registrationToken;
	}

}

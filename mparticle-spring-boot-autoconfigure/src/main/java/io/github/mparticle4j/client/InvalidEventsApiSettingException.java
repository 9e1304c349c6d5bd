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

package io.github.mparticle4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link EventsApiBuilder#build()} when a setting cannot be used, naming the
 * setting (the builder method, such as {@code connectTimeout}) and the rule it breaks.
 *
 * @author mparticle4j contributors
 */
public class InvalidEventsApiSettingException extends IllegalArgumentException {

	private final String setting;

	private final @Nullable Object value;

	private final String reason;

	/**
	 * Creates an exception.
	 * @param setting the name of the setting, as the builder method is named
	 * @param value the value that was given
	 * @param reason the rule it breaks, such as {@code must be positive}
	 */
	public InvalidEventsApiSettingException(String setting, @Nullable Object value, String reason) {
		super("'" + setting + "' " + reason);
		this.setting = setting;
		this.value = value;
		this.reason = reason;
	}

	/**
	 * Returns the name of the setting, as the builder method is named.
	 * @return the setting
	 */
	public String getSetting() {
		return this.setting;
	}

	/**
	 * Returns the value that was given.
	 * @return the value
	 */
	public @Nullable Object getValue() {
		return this.value;
	}

	/**
	 * Returns the rule that the value breaks. It may name other settings in quotes, such
	 * as {@code 'maxBackoff'}.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

}

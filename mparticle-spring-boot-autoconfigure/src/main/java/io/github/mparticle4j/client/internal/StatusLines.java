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

package io.github.mparticle4j.client.internal;

import org.springframework.http.HttpStatus;

/**
 * Writes an HTTP status as logs and exceptions show it, such as {@code 400 Bad Request}.
 *
 * @author mparticle4j contributors
 */
public final class StatusLines {

	private StatusLines() {
	}

	/**
	 * Returns the status with its reason phrase, if it is a known one.
	 * @param status the status code
	 * @return the status line, such as {@code 400 Bad Request} or {@code 599}
	 */
	public static String of(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? status + " " + known.getReasonPhrase() : Integer.toString(status);
	}

}

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

package io.github.mparticle4j.sample.web;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request to the sample is missing a field or has an invalid one.
 *
 * @author mparticle4j contributors
 */
class InvalidRequestException extends RuntimeException {

	private final @Nullable String field;

	/**
	 * Creates an exception about one field.
	 * @param field the path of the field in the request body, such as
	 * {@code users[0].customerId}
	 * @param message the message, naming the field
	 */
	InvalidRequestException(@Nullable String field, String message) {
		super(message);
		this.field = field;
	}

	@Nullable String getField() {
		return this.field;
	}

}

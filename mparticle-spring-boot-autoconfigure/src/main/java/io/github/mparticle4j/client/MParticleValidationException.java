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

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when batches break the rules or limits of the Events API. Nothing was sent. All
 * violations are reported together, each with the JSON path of the offending value, such
 * as {@code batches[3].events[0].data.event_name}, and the rule it breaks.
 *
 * @author mparticle4j contributors
 */
public class MParticleValidationException extends MParticleException {

	private final List<Violation> violations;

	/**
	 * Creates an exception for the given violations.
	 * @param violations the violations, not empty
	 */
	public MParticleValidationException(List<Violation> violations) {
		super(message(violations), 0, List.of(), null);
		this.violations = List.copyOf(violations);
	}

	private static String message(List<Violation> violations) {
		return violations.stream()
			.map((violation) -> "  " + violation)
			.collect(Collectors.joining(System.lineSeparator(),
					"Nothing was sent: " + violations.size() + ((violations.size() != 1) ? " violations" : " violation")
							+ " of the mParticle Events API rules:" + System.lineSeparator(),
					""));
	}

	/**
	 * Returns the violations.
	 * @return the violations, in the order they were found
	 */
	public List<Violation> getViolations() {
		return this.violations;
	}

	/**
	 * One broken rule.
	 *
	 * @param path the JSON path of the offending value, such as
	 * {@code batches[0].user_attributes}
	 * @param rule what the value must be, such as {@code must have at most 100 attributes
	 * (has 101)}
	 */
	public record Violation(String path, String rule) {

		@Override
		public String toString() {
			return this.path + ": " + this.rule;
		}

	}

}

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

package io.github.mparticle4j.autoconfigure;

import java.util.List;

/**
 * Thrown when the inputs of a running application differ from those that its beans were
 * registered for when it was processed ahead of time (AOT). Names every input that
 * differs.
 *
 * @author mparticle4j contributors
 * @see RegisteredInputs#check
 */
class MParticleInputsChangedException extends IllegalStateException {

	private final List<String> changes;

	private final List<String> built;

	/**
	 * Creates an exception.
	 * @param changes what differs, one entry per input, each naming its property
	 * @param built the named inputs that the application was built with
	 */
	MParticleInputsChangedException(List<String> changes, List<String> built) {
		super(description(changes, built) + " " + action());
		this.changes = List.copyOf(changes);
		this.built = List.copyOf(built);
	}

	List<String> getChanges() {
		return this.changes;
	}

	List<String> getBuilt() {
		return this.built;
	}

	static String description(List<String> changes, List<String> built) {
		return "The mParticle inputs differ from those that the application was processed ahead of time (AOT) "
				+ "with: " + String.join("; ", changes) + ". The named inputs it was built with are "
				+ (built.isEmpty() ? "none" : built) + ".";
	}

	static String action() {
		return "An application run with -Dspring.aot.enabled=true, or as a native image, fixes which inputs exist "
				+ "(their EventsApi and EventDispatcher beans) when process-aot runs; their keys, secrets and other "
				+ "settings are still read at run time. Configure the same inputs (mparticle.inputs.<name>, "
				+ "mparticle.api-key, dispatcher.enabled, mparticle.enabled) when the application is built, for "
				+ "example in application.yml with the secrets left to placeholders, or process it again.";
	}

}

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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The inputs that the auto-configuration registered beans for: whether the default input
 * is configured, the named inputs, and those of them that have a dispatcher. The
 * {@link MParticleInputsRegistrar} records them in a bean definition, so that an
 * application processed ahead of time (AOT), whose bean definitions were fixed at build
 * time, can {@link #check(Environment) check} them against its environment at run time:
 * an input added or removed after the build then fails start-up with a report that names
 * it, instead of being dropped in silence; so does {@code mparticle.enabled=false} set
 * only at run time, which would otherwise be ignored. On the JVM without AOT, both come
 * from the same environment. Immutable.
 *
 * @author mparticle4j contributors
 */
final class RegisteredInputs {

	/**
	 * The name of the bean that holds the inputs of the bean definitions.
	 */
	static final String BEAN_NAME = "mparticleRegisteredInputs";

	private final boolean defaultInput;

	private final boolean defaultDispatcher;

	private final List<String> names;

	private final List<String> dispatchers;

	RegisteredInputs(boolean defaultInput, boolean defaultDispatcher, String[] names, String[] dispatchers) {
		this.defaultInput = defaultInput;
		this.defaultDispatcher = defaultDispatcher;
		this.names = List.of(names);
		this.dispatchers = List.of(dispatchers);
	}

	/**
	 * Returns the inputs that an environment configures.
	 * @param environment the environment
	 * @return the inputs
	 */
	static RegisteredInputs of(Environment environment) {
		Set<String> names = MParticleInputsRegistrar.names(environment);
		boolean defaultInput = DefaultInputCondition.outcome(environment).isMatch();
		boolean defaultDispatcher = defaultInput && MParticleInputsRegistrar.dispatcherEnabled(environment);
		return new RegisteredInputs(defaultInput, defaultDispatcher, names.toArray(String[]::new),
				names.stream()
					.filter((name) -> MParticleInputsRegistrar.dispatcherEnabled(environment, name))
					.toArray(String[]::new));
	}

	boolean isDefaultInput() {
		return this.defaultInput;
	}

	boolean isDefaultDispatcher() {
		return this.defaultDispatcher;
	}

	String[] getNames() {
		return this.names.toArray(String[]::new);
	}

	String[] getDispatchers() {
		return this.dispatchers.toArray(String[]::new);
	}

	/**
	 * Checks that an environment configures the inputs that the beans were registered
	 * for.
	 * @param environment the environment of the running application
	 * @throws MParticleInputsChangedException if it configures others
	 */
	void check(Environment environment) {
		RegisteredInputs configured = of(environment);
		List<String> changes = new ArrayList<>();
		// these beans exist only if the starter was enabled when they were registered
		if (!Binder.get(environment).bind("mparticle.enabled", Boolean.class).orElse(true)) {
			changes.add("mparticle.enabled is false but was not when the application was built");
		}
		for (String name : configured.names) {
			if (!this.names.contains(name)) {
				changes.add("mparticle.inputs." + name + " is set but was not when the application was built");
			}
		}
		for (String name : this.names) {
			if (!configured.names.contains(name)) {
				changes.add("mparticle.inputs." + name + " was set when the application was built but is not now");
			}
			else if (this.dispatchers.contains(name) != configured.dispatchers.contains(name)) {
				changes.add("the dispatcher of the input '" + name + "' was "
						+ (this.dispatchers.contains(name) ? "enabled" : "disabled")
						+ " when the application was built (mparticle.inputs." + name
						+ ".dispatcher.enabled, mparticle.dispatcher.enabled)");
			}
		}
		if (this.defaultInput != configured.defaultInput) {
			changes.add("the default input (mparticle.api-key, mparticle.api-secret) was "
					+ (this.defaultInput ? "" : "not ") + "configured when the application was built");
		}
		else if (this.defaultDispatcher != configured.defaultDispatcher) {
			changes.add("the dispatcher of the default input was " + (this.defaultDispatcher ? "enabled" : "disabled")
					+ " when the application was built (mparticle.dispatcher.enabled)");
		}
		if (!changes.isEmpty()) {
			throw new MParticleInputsChangedException(changes, this.names);
		}
	}

	@Override
	public String toString() {
		return "RegisteredInputs[default=" + this.defaultInput + ", names=" + this.names + ", dispatchers="
				+ this.dispatchers + "]";
	}

}

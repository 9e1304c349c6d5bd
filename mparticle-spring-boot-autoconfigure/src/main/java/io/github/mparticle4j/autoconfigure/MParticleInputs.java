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

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The mParticle inputs of the application, to look a client up by name at run time. Each
 * named input ({@code mparticle.inputs.<name>.*}) is also an {@link EventsApi} bean named
 * after it, to inject with {@code @Qualifier("<name>")}; the default input
 * ({@code mparticle.api-key}, {@code mparticle.api-secret}) is the primary
 * {@link EventsApi}. Each input's {@link EventDispatcher}, unless disabled, is the bean
 * {@code <name>EventDispatcher}, also injectable with {@code @Qualifier("<name>")}; the
 * default input's is the primary {@link EventDispatcher},
 * {@code mparticleEventDispatcher}.
 * <p>
 * The inputs are decided when the bean definitions are registered: in an application
 * processed ahead of time (AOT), at build time. One that is added or removed at run time
 * fails start-up with a report that names it, rather than being missing from here.
 *
 * @author mparticle4j contributors
 */
public final class MParticleInputs {

	private final ListableBeanFactory beanFactory;

	private final Set<String> names;

	MParticleInputs(ListableBeanFactory beanFactory, Set<String> names) {
		this.beanFactory = beanFactory;
		this.names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
	}

	/**
	 * Returns the names of the named inputs.
	 * @return the names, in the order of the configuration, empty when only the default
	 * input is configured
	 */
	public Set<String> names() {
		return this.names;
	}

	/**
	 * Returns the client of a named input.
	 * @param name the name of the input, as in {@code mparticle.inputs.<name>}
	 * @return the client
	 * @throws IllegalArgumentException if there is no input of that name
	 */
	public EventsApi get(String name) {
		checkName(name);
		return this.beanFactory.getBean(name, EventsApi.class);
	}

	/**
	 * Returns the client of the default input: the {@link EventsApi} bean that is not a
	 * named input.
	 * @return the client, or {@code null} if only named inputs are configured
	 */
	public @Nullable EventsApi getDefault() {
		List<String> others = Arrays.stream(this.beanFactory.getBeanNamesForType(EventsApi.class))
			.filter((name) -> !this.names.contains(name))
			.toList();
		return (others.size() == 1) ? this.beanFactory.getBean(others.get(0), EventsApi.class) : null;
	}

	/**
	 * Returns the dispatcher of a named input.
	 * @param name the name of the input, as in {@code mparticle.inputs.<name>}
	 * @return the dispatcher
	 * @throws IllegalArgumentException if there is no input of that name
	 * @throws IllegalStateException if the input's dispatcher is disabled
	 */
	public EventDispatcher getDispatcher(String name) {
		checkName(name);
		String beanName = MParticleEventDispatcherFactory.beanName(name);
		if (!this.beanFactory.containsBean(beanName)) {
			throw new IllegalStateException("The mParticle input '" + name + "' has no dispatcher: "
					+ "mparticle.inputs." + name + ".dispatcher.enabled or mparticle.dispatcher.enabled is false");
		}
		return this.beanFactory.getBean(beanName, EventDispatcher.class);
	}

	/**
	 * Returns the dispatcher of the default input: the {@link EventDispatcher} bean that
	 * is not a named input's.
	 * @return the dispatcher, or {@code null} if the default input has none
	 */
	public @Nullable EventDispatcher getDefaultDispatcher() {
		List<String> others = Arrays.stream(this.beanFactory.getBeanNamesForType(EventDispatcher.class))
			.filter((
					name) -> this.names.stream().map(MParticleEventDispatcherFactory::beanName).noneMatch(name::equals))
			.toList();
		return (others.size() == 1) ? this.beanFactory.getBean(others.get(0), EventDispatcher.class) : null;
	}

	private void checkName(String name) {
		if (!this.names.contains(name)) {
			throw new IllegalArgumentException("No mParticle input named '" + name + "'; the named inputs are "
					+ this.names.stream().sorted().toList() + " (mparticle.inputs.<name>)");
		}
	}

}

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

import java.time.Duration;

import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;

import org.springframework.core.Ordered;

/**
 * The standard {@link EventDispatcherBuilderCustomizer}: applies the dispatcher
 * properties of the input that it customizes ({@code mparticle.dispatcher.*}, then the
 * input's own {@code mparticle.inputs.<name>.dispatcher.*}) to the builder. It runs first
 * (order 0), so that the application's customizers can override it.
 *
 * @author mparticle4j contributors
 * @see MParticleInput#toPropertyException
 */
final class PropertiesEventDispatcherBuilderCustomizer implements EventDispatcherBuilderCustomizer, Ordered {

	private final MParticleProperties properties;

	private final Duration defaultShutdownTimeout;

	/**
	 * Creates a customizer.
	 * @param properties the properties
	 * @param defaultShutdownTimeout the shutdown timeout of an input that sets none
	 */
	PropertiesEventDispatcherBuilderCustomizer(MParticleProperties properties, Duration defaultShutdownTimeout) {
		this.properties = properties;
		this.defaultShutdownTimeout = defaultShutdownTimeout;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customize(EventDispatcherBuilder builder) {
		customize(MParticleInput.DEFAULT_NAME, builder);
	}

	@Override
	public void customize(String input, EventDispatcherBuilder builder) {
		MParticleInput.of(this.properties, input).applyTo(builder, this.defaultShutdownTimeout);
	}

}

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

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * {@link EventDispatcherBuilder} of each auto-configured {@link EventDispatcher}.
 * Customizers run after the {@code mparticle.dispatcher.*} properties (or those of the
 * named input, {@code mparticle.inputs.<name>.dispatcher.*}) have been applied, in order,
 * so they can override any of them. A customizer that
 * {@link EventDispatcherBuilder#addListener adds a listener} keeps the one that records
 * the dispatcher's metrics; one that {@link EventDispatcherBuilder#listener sets} a
 * listener replaces it.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface EventDispatcherBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder to customize
	 */
	void customize(EventDispatcherBuilder builder);

	/**
	 * Customizes the builder of one input. Override it to tell the inputs apart; by
	 * default, it calls {@link #customize(EventDispatcherBuilder)}, the same for every
	 * input.
	 * @param input the name of the input: {@code <name>} of
	 * {@code mparticle.inputs.<name>}, or {@code default} for the default input
	 * ({@code mparticle.*})
	 * @param builder the builder to customize
	 */
	default void customize(String input, EventDispatcherBuilder builder) {
		customize(builder);
	}

}

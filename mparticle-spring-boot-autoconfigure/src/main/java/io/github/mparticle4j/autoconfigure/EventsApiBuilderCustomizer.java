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

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * {@link EventsApiBuilder} of the auto-configured {@link EventsApi}. Customizers run
 * after the {@code mparticle.*} properties have been applied, in order, so they can
 * override any of them.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface EventsApiBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder to customize
	 */
	void customize(EventsApiBuilder builder);

	/**
	 * Customizes the builder of one input. Override it to tell the inputs apart; by
	 * default, it calls {@link #customize(EventsApiBuilder)}, the same for every input.
	 * @param input the name of the input: {@code <name>} of
	 * {@code mparticle.inputs.<name>}, or {@code default} for the default input
	 * ({@code mparticle.*})
	 * @param builder the builder to customize
	 */
	default void customize(String input, EventsApiBuilder builder) {
		customize(builder);
	}

}

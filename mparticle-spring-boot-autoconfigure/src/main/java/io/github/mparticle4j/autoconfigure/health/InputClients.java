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

package io.github.mparticle4j.autoconfigure.health;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The clients of an mParticle input that its health reports on.
 *
 * @param eventsApi the client
 * @param dispatcher the dispatcher that sends through it, or {@code null} if the input
 * has none
 * @param logMode whether the input is in log mode ({@code mode: log})
 * @param outbox the outbox where its dispatcher keeps its batches, or {@code null} if it
 * keeps them in memory
 * @author mparticle4j contributors
 */
record InputClients(EventsApi eventsApi, @Nullable EventDispatcher dispatcher, boolean logMode,
		@Nullable InputOutbox outbox) {

	/**
	 * Returns whether an input is in log mode: its own
	 * {@code mparticle.inputs.<name>.mode}, else {@code mparticle.mode}.
	 * @param environment the environment
	 * @param name the name of a named input, {@code null} for the default input
	 * @return whether it only logs
	 */
	static boolean logMode(Environment environment, @Nullable String name) {
		Binder binder = Binder.get(environment);
		String mode = ((name != null)
				? binder.bind("mparticle.inputs." + name + ".mode", String.class)
					.orElseGet(() -> binder.bind("mparticle.mode", String.class).orElse("send"))
				: binder.bind("mparticle.mode", String.class).orElse("send"));
		return "log".equalsIgnoreCase(mode.trim());
	}

}

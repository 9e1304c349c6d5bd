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

package io.github.mparticle4j.test.dispatcher;

import java.time.Instant;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;

import org.springframework.stereotype.Service;

// @formatter:off
// tag::dispatcher-enqueue[]
@Service
public class ClickTracker {

	private final EventDispatcher dispatcher;

	public ClickTracker(EventDispatcher dispatcher) {        // the auto-configured dispatcher
		this.dispatcher = dispatcher;
	}

	public void clicked(String customerId, String button) {  // returns at once: sent in the background
		this.dispatcher.enqueue(new Batch()
			.userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked")
				.timestamp(Instant.now())                    // when it happened, not when it is sent
				.customAttribute("button", button)));
	}

}
// end::dispatcher-enqueue[]
// @formatter:on

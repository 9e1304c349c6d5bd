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

package io.github.mparticle4j.docs;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The README's WebFlux example: a controller that returns the upload's {@link Mono}
 * instead of blocking.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::boot-webflux[]
@RestController
public class WebFluxSignUpController {

	private final EventsApi eventsApi;

	public WebFluxSignUpController(EventsApi eventsApi) {
		this.eventsApi = eventsApi;
	}

	@PostMapping("/sign-ups/{customerId}")
	public Mono<String> signUp(@PathVariable String customerId) {   // return the Mono, never block()
		Batch batch = new Batch()
			.userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up"));
		return this.eventsApi.uploadEvents(batch)
			.map((result) -> "sent " + result.sourceRequestIds().get(0));
	}

}
// end::boot-webflux[]
// @formatter:on

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

package io.github.mparticle4j.smoketest.servlet;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends a batch on the request thread and answers when mParticle has accepted it.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::boot-servlet[]
@RestController
public class SignUpController {

	private final EventsApi eventsApi;

	public SignUpController(EventsApi eventsApi) {
		this.eventsApi = eventsApi;
	}

	@PostMapping("/sign-ups/{customerId}")
	public String signUp(@PathVariable String customerId) {
		Batch batch = new Batch()
			.userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up"));
		UploadResult result = this.eventsApi.uploadEvents(batch).block();   // fine on a servlet request thread
		return "sent " + result.sourceRequestIds().get(0);
	}

}
// end::boot-servlet[]
// @formatter:on

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

package io.github.mparticle4j.sample;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

// @formatter:off
// tag::boot-inject[]
@Service
public class SignUpTracker {

	private final EventsApi eventsApi;

	public SignUpTracker(EventsApi eventsApi) {                 // the auto-configured client
		this.eventsApi = eventsApi;
	}

	public Mono<UploadResult> signedUp(String customerId) {    // reactive: sends when subscribed
		return this.eventsApi.uploadEvents(new Batch()
			.userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up")));
	}

	public UploadResult signedUpAndWait(String customerId) {   // blocking: never on a WebFlux thread
		return signedUp(customerId).block();
	}

}
// end::boot-inject[]
// @formatter:on

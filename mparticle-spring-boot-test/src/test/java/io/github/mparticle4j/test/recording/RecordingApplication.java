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

package io.github.mparticle4j.test.recording;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small application that sends data, as a user's would, for the tests of the recording
 * test support.
 *
 * @author mparticle4j contributors
 */
@SpringBootApplication
class RecordingApplication {

	@Bean
	SignUps signUps(EventsApi eventsApi) {
		return new SignUps(eventsApi);
	}

	/**
	 * Sends a sign-up event, the code under test.
	 */
	static class SignUps {

		private final EventsApi eventsApi;

		SignUps(EventsApi eventsApi) {
			this.eventsApi = eventsApi;
		}

		Mono<UploadResult> signedUp(String customerId) {
			return this.eventsApi.uploadEvents(new Batch().sourceRequestId("sign-up-" + customerId)
				.userIdentities(new UserIdentities().customerId(customerId))
				.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up")
					.sourceMessageId("message-" + customerId)));
		}

	}

}

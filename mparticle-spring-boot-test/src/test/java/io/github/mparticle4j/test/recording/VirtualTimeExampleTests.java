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

import java.time.Duration;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a client tested with virtual time and an
 * {@link EventsApiRecorder}.
 *
 * @author mparticle4j contributors
 */
class VirtualTimeExampleTests {

	@Test
	void retryAfterIsWaitedOutInVirtualTime() {
		Batch batch = new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "Retried"));
		// @formatter:off
		// tag::client-virtual-time[]
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		EventsApiRecorder recorder = new EventsApiRecorder();
		EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
			.clientConnector(recorder.connector())            // answers in-process, as scripted
			.scheduler(time)                                  // waits, backoff and deadline in virtual time
			.build();
		recorder.willRespond(ScriptedResponse.rateLimited(Duration.ofSeconds(2)));

		StepVerifier.create(api.uploadEvents(batch))
			.then(() -> time.advanceTimeBy(Duration.ofSeconds(2)))   // the Retry-After of the 429
			.assertNext((result) -> assertThat(result.attempts()).isEqualTo(2))
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		// end::client-virtual-time[]
		// @formatter:on
		assertThat(recorder.requests()).extracting(RecordedRequest::responseStatus).containsExactly(429, 202);
		time.dispose();
	}

}

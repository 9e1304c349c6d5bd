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

import io.github.mparticle4j.client.MParticleBadRequestException;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import io.github.mparticle4j.test.recording.ScriptedResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The documentation's example of a test with {@code @AutoConfigureRecordingEventsApi}, of
 * the {@link SignUpTracker} of its first example.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::boot-test-recording[]
@SpringBootTest
@AutoConfigureRecordingEventsApi       // the real client, recording instead of sending
class SignUpTrackerRecordingTests {

	@Autowired
	private SignUpTracker tracker;     // the service of the first example

	@Autowired
	private EventsApiRecorder recorder;

	@Test
	void sendsASignUpEvent() {
		this.tracker.signedUp("1234").block();
		assertThat(this.recorder.events(AppEvent.class)).extracting(AppEvent::getEventName)
			.containsExactly("Sign Up");
		assertThat(this.recorder.batches()).singleElement()
			.satisfies((batch) -> assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234"));
		assertThat(this.recorder.requests().get(0).jsonContent())
			.isLenientlyEqualTo("{\"user_identities\": {\"customer_id\": \"1234\"}}");
	}

	@Test
	void reportsWhatMParticleRejects() {
		this.recorder.willRespond(ScriptedResponse.badRequest("BAD_REQUEST", "Invalid batch"));
		assertThatExceptionOfType(MParticleBadRequestException.class)
			.isThrownBy(() -> this.tracker.signedUp("1234").block());
	}

}
// end::boot-test-recording[]
// @formatter:on

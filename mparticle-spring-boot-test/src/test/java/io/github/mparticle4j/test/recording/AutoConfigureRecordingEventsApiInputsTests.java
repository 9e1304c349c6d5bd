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

import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.autoconfigure.RecordingEventsApiAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureRecordingEventsApi @AutoConfigureRecordingEventsApi} with
 * named inputs whose credentials are unresolved placeholders: every input gets the test
 * credentials, and one recorder records them all.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = RecordingApplication.class,
		properties = { "mparticle.api-key=${MPARTICLE4J_UNSET_KEY}", "mparticle.api-secret=${MPARTICLE4J_UNSET_SECRET}",
				"mparticle.inputs.ios.api-key=${MPARTICLE4J_UNSET_IOS_KEY}",
				"mparticle.inputs.ios.api-secret=${MPARTICLE4J_UNSET_IOS_SECRET}", "mparticle.inputs.ios.pod=eu1",
				"spring.main.web-application-type=none" })
@AutoConfigureRecordingEventsApi
class AutoConfigureRecordingEventsApiInputsTests {

	@Autowired
	private EventsApi eventsApi;

	@Autowired
	@Qualifier("ios")
	private EventsApi ios;

	@Autowired
	private MParticleInputs inputs;

	@Autowired
	private EventsApiRecorder recorder;

	@Test
	void everyInputRecordsIntoTheSameRecorderWithTheTestCredentials() {
		assertThat(this.inputs.get("ios")).isSameAs(this.ios).isNotSameAs(this.eventsApi);
		this.eventsApi.uploadEvents(batch("default")).block(Duration.ofSeconds(10));
		this.ios.uploadEvents(batch("ios")).block(Duration.ofSeconds(10));
		assertThat(this.recorder.events(AppEvent.class)).extracting(AppEvent::getEventName)
			.containsExactly("default", "ios");
		assertThat(this.recorder.requests())
			.extracting((request) -> request.headers().getFirst(HttpHeaders.AUTHORIZATION))
			.containsOnly("Basic " + HttpHeaders.encodeBasicAuth(RecordingEventsApiAutoConfiguration.API_KEY,
					RecordingEventsApiAutoConfiguration.API_SECRET, null));
		assertThat(this.ios.baseUrl()).hasHost("s2s.eu1.mparticle.com");
	}

	private static Batch batch(String eventName) {
		return new Batch().userIdentities(new UserIdentities().customerId("1"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, eventName));
	}

}

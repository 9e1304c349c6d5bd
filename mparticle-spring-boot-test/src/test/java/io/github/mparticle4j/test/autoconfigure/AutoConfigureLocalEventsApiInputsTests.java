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

package io.github.mparticle4j.test.autoconfigure;

import java.time.Duration;

import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApiTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link AutoConfigureLocalEventsApi @AutoConfigureLocalEventsApi} points
 * named inputs at the stand-in too, even when their credentials are unresolved
 * placeholders and there is no default input.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = LocalEventsApiTestApplication.class,
		properties = { "mparticle.inputs.ios.api-key=${MPARTICLE4J_UNSET_IOS_KEY}",
				"mparticle.inputs.ios.api-secret=${MPARTICLE4J_UNSET_IOS_SECRET}",
				"mparticle.inputs.android.api-key=android-key", "mparticle.inputs.android.api-secret=android-secret",
				"mparticle.inputs.android.pod=eu1" })
@AutoConfigureLocalEventsApi
class AutoConfigureLocalEventsApiInputsTests {

	@Autowired
	private MParticleInputs inputs;

	@Autowired
	private LocalEventsApi standIn;

	@Test
	void everyNamedInputSendsToTheStandIn() {
		assertThat(this.inputs.getDefault()).isNull();
		for (String name : new String[] { "ios", "android" }) {
			EventsApi eventsApi = this.inputs.get(name);
			assertThat(eventsApi.baseUrl()).isEqualTo(this.standIn.baseUrl());
			assertThat(eventsApi.uploadEvents(batch(name)).block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
		}
		assertThat(this.standIn.batches()).flatExtracting(Batch::getEvents)
			.extracting((event) -> ((AppEvent) event).getEventName())
			.containsExactly("ios", "android");
	}

	private static Batch batch(String eventName) {
		return new Batch().userIdentities(new UserIdentities().customerId("1"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, eventName));
	}

}

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

import io.github.mparticle4j.client.MParticleResponseException;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

// @formatter:off
// tag::boot-test-stand-in[]
@SpringBootTest
@AutoConfigureLocalEventsApi          // EventsApi sends to a stand-in on 127.0.0.1: no credentials needed
class SignUpTrackerIntegrationTests {

	@Autowired
	private SignUpTracker tracker;

	@Autowired
	private LocalEventsApi standIn;   // checks requests as mParticle does, and records them

	@BeforeEach
	void clearStandIn() {
		this.standIn.clear();
	}

	@Test
	void sendsASignUpEvent() {
		assertThat(this.tracker.signedUpAndWait("1234").statusCode()).isEqualTo(202);
		assertThat(this.standIn.batches()).singleElement().satisfies((batch) -> {
			assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234");
			assertThat(batch.getEvents()).singleElement()
				.isInstanceOfSatisfying(AppEvent.class,
						(event) -> assertThat(event.getEventName()).isEqualTo("Sign Up"));
		});
	}

	@Test
	void reportsWhenMParticleRejectsTheData() {
		this.standIn.failNext(1, 400);    // the next request is answered 400 Bad Request
		assertThatExceptionOfType(MParticleResponseException.class)
			.isThrownBy(() -> this.tracker.signedUpAndWait("1234"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
		assertThat(this.standIn.batches()).isEmpty();
	}

}
// end::boot-test-stand-in[]
// @formatter:on

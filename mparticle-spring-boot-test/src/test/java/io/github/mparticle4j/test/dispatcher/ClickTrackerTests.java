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

import java.time.Duration;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of a test of code that sends through the dispatcher.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::dispatcher-test[]
@SpringBootTest
@AutoConfigureRecordingEventsApi       // the real client and dispatcher, recording instead of sending
class ClickTrackerTests {

	@Autowired
	private ClickTracker clicks;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private EventsApiRecorder recorder;

	@Test
	void sendsTheClicksOfAUserInOneBatch() {
		this.clicks.clicked("1234", "home");
		this.clicks.clicked("1234", "settings");
		assertThat(this.dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));    // send now and wait
		assertThat(this.recorder.batches()).singleElement()                            // merged: one user, one batch
			.satisfies((batch) -> assertThat(batch.getEvents())
				.extracting((event) -> event.getCustomAttributes().get("button"))
				.containsExactly("home", "settings"));
	}

}
// end::dispatcher-test[]
// @formatter:on

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

package io.github.mparticle4j.test.inputs;

import java.time.Duration;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the README's {@link PlatformEvents}: each input's dispatcher, injected by the
 * input's name, sends to that input.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(properties = { "mparticle.api-key=web-key", "mparticle.api-secret=web-secret",
		"mparticle.inputs.ios.api-key=ios-key", "mparticle.inputs.ios.api-secret=ios-secret" })
@AutoConfigureLocalEventsApi
class PlatformEventsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private PlatformEvents events;

	@Autowired
	private EventDispatcher web;

	@Autowired
	@Qualifier("ios")
	private EventDispatcher ios;

	@Autowired
	private LocalEventsApi standIn;

	@Test
	void eachInputHasItsOwnDispatcher() {
		assertThat(this.ios).isNotSameAs(this.web);
		this.standIn.clear();
		this.events.fromTheWeb(batch("web-user"));
		this.events.fromIos(batch("ios-user"));
		assertThat(this.web.flush()).succeedsWithin(TIMEOUT);
		assertThat(this.ios.flush()).succeedsWithin(TIMEOUT);
		assertThat(this.web.status().delivered()).isOne();
		assertThat(this.ios.status().delivered()).isOne();
		assertThat(this.standIn.received()).as("one bulk request per input").hasSize(2);
		assertThat(this.standIn.batches()).extracting((batch) -> batch.getUserIdentities().getCustomerId())
			.containsExactlyInAnyOrder("web-user", "ios-user");
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
	}

}

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

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that with {@code @AutoConfigureLocalEventsApi} what a test leaves in the
 * auto-configured dispatcher reaches the stand-in when the test ends, before the next
 * test clears it, rather than during the next test. The flush interval is a minute, so
 * that nothing is sent unless the test support sends it.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(properties = "mparticle.dispatcher.flush-interval=1m")
@AutoConfigureLocalEventsApi
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DispatcherStandInBetweenTestsTests {

	@Autowired
	private ClickTracker clicks;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private LocalEventsApi standIn;

	@Test
	@Order(1)
	void aTestLeavesABatchQueued() {
		this.standIn.clear();
		this.clicks.clicked("left-queued", "home");
		assertThat(this.dispatcher.status().queuedBatches()).isOne();
		assertThat(this.standIn.received()).isEmpty();
	}

	@Test
	@Order(2)
	void itReachedTheStandInBeforeTheNextTest() {
		assertThat(this.dispatcher.status().queuedBatches()).isZero();
		assertThat(this.standIn.batches()).singleElement()
			.satisfies((batch) -> assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("left-queued"));
	}

}

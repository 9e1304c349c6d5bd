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
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.autoconfigure.EventDispatcherBuilderCustomizer;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.dispatcher.EventDispatcherListener;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import io.github.mparticle4j.test.recording.RecordedRequest;
import io.github.mparticle4j.test.recording.ScriptedResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code @AutoConfigureRecordingEventsApi} keeps tests that share a context
 * apart when they send through the auto-configured dispatcher: what one test leaves
 * queued is sent when it ends, even after a scripted failure, and the next test starts
 * with an empty recorder and an empty queue. The flush interval is a minute, so that
 * nothing is sent unless the test support sends it.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(properties = { "mparticle.dispatcher.flush-interval=1m", "mparticle.retry.max-attempts=1" })
@AutoConfigureRecordingEventsApi
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(DispatcherRecordingBetweenTestsTests.FailedRequests.class)
class DispatcherRecordingBetweenTestsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private FailedRequests failedRequests;

	@Autowired
	private ClickTracker clicks;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private EventsApiRecorder recorder;

	@Test
	@Order(1)
	void aTestLeavesABatchQueued() {
		this.clicks.clicked("left-queued", "home");
		assertThat(this.dispatcher.status().queuedBatches()).isOne();
		assertThat(this.recorder.requests()).isEmpty();
	}

	@Test
	@Order(2)
	void theNextTestFindsItSentAndTheRecorderEmpty() {
		assertThat(this.dispatcher.status().queuedBatches()).isZero();
		assertThat(this.dispatcher.status().delivered()).isOne();
		assertThat(this.recorder.requests()).isEmpty();
	}

	@Test
	@Order(3)
	void aTestLeavesABatchThatMParticleKeepsRefusing() {
		this.recorder.willAlwaysRespond(ScriptedResponse.serviceUnavailable());
		this.clicks.clicked("left-refused", "home");
		this.dispatcher.flush();
		assertThat(this.failedRequests.first).as("the dispatcher saw the request fail").succeedsWithin(TIMEOUT);
		assertThat(this.recorder.requests()).extracting(RecordedRequest::responseStatus).containsExactly(503);
		assertThat(this.dispatcher.status().queuedBatches()).as("queued again").isOne();
	}

	@Test
	@Order(4)
	void theNextTestFindsItAcceptedOnceTheScriptEndedAndTheRecorderEmpty() {
		assertThat(this.dispatcher.status().queuedBatches()).isZero();
		assertThat(this.dispatcher.status().delivered()).isEqualTo(2);
		assertThat(this.dispatcher.status().failed()).isZero();
		assertThat(this.recorder.requests()).isEmpty();
	}

	/**
	 * Tells the test when the dispatcher saw a request fail: its listener is called once
	 * the batches are queued again.
	 */
	static class FailedRequests implements EventDispatcherBuilderCustomizer {

		final CompletableFuture<Integer> first = new CompletableFuture<>();

		@Override
		public void customize(EventDispatcherBuilder builder) {
			builder.listener(new EventDispatcherListener() {

				@Override
				public void requestFailed(int attempts) {
					FailedRequests.this.first.complete(attempts);
				}

			});
		}

	}

}

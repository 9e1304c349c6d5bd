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

package io.github.mparticle4j.dispatcher;

import java.time.Duration;

/**
 * Observes what an {@link EventDispatcher} does, for metrics. Every method has an empty
 * default. Methods are called on the caller's and the dispatcher's threads and must be
 * fast and thread-safe.
 *
 * @author mparticle4j contributors
 */
public interface EventDispatcherListener {

	/**
	 * A listener that does nothing.
	 */
	EventDispatcherListener NONE = new EventDispatcherListener() {
	};

	/**
	 * A batch was accepted into the queue.
	 * @param bytes its serialized size
	 */
	default void enqueued(int bytes) {
	}

	/**
	 * A batch was delivered.
	 * @param sinceEnqueue the time from {@link EventDispatcher#enqueue} to acceptance
	 */
	default void delivered(Duration sinceEnqueue) {
	}

	/**
	 * Batches failed or were dropped.
	 * @param reason the reason; {@link DispatchFailure.Reason#isDrop()} tells the two
	 * apart
	 * @param batches how many enqueued batches
	 */
	default void failed(DispatchFailure.Reason reason, int batches) {
	}

	/**
	 * A request was accepted by mParticle.
	 * @param batches the batches it carried, after merging
	 * @param bytes its size
	 * @param retries the attempts it needed beyond the first; 0 from the dispatcher,
	 * which sends each attempt as a request of its own and reports the failed ones
	 * through {@link #requestFailed(int)}
	 */
	default void requestAccepted(int batches, int bytes, int retries) {
	}

	/**
	 * A request failed and its batches were queued again, or bisected.
	 * @param attempts the attempts it made: 1, as the dispatcher sends each attempt as a
	 * request of its own
	 */
	default void requestFailed(int attempts) {
	}

	/**
	 * The dispatcher paused sending because mParticle asked it to wait after a
	 * {@code 429}.
	 * @param wait how long
	 */
	default void rateLimitWait(Duration wait) {
	}

}

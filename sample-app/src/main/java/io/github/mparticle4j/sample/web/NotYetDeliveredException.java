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

package io.github.mparticle4j.sample.web;

import java.time.Duration;

/**
 * Thrown when mParticle has not accepted an event within the time that
 * {@code POST /events/confirmed} waits. The event stays queued: the dispatcher sends it
 * again until mParticle accepts it or the application shuts down.
 *
 * @author mparticle4j contributors
 */
class NotYetDeliveredException extends RuntimeException {

	NotYetDeliveredException(Duration timeout) {
		super("mParticle has not accepted the event within " + timeout.toMillis() + " ms; it stays queued and is"
				+ " sent again until mParticle accepts it");
	}

}

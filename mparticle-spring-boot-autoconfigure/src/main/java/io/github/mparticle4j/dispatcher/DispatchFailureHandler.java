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

/**
 * Receives the batches that an {@link EventDispatcher} could not deliver: a dead-letter
 * hook. Called once per failure, with every batch that it concerns; never called with
 * batches that were delivered. Must not block: it is called on the dispatcher's threads.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface DispatchFailureHandler {

	/**
	 * Handles batches that failed or were dropped.
	 * @param failure the failure
	 */
	void handle(DispatchFailure failure);

	/**
	 * Returns the default handler, which logs the reason and the ids of failed batches at
	 * {@code WARN}, and dropped batches at {@code DEBUG} only, since the dispatcher
	 * already logs drops in aggregate.
	 * @return the logging handler
	 */
	static DispatchFailureHandler logging() {
		return LoggingDispatchFailureHandler.INSTANCE;
	}

}

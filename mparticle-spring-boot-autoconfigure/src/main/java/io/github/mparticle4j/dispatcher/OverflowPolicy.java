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
 * What an {@link EventDispatcher} does with a batch when its queue is full.
 *
 * @author mparticle4j contributors
 */
public enum OverflowPolicy {

	/**
	 * Reject the new batch: its handle fails at once with
	 * {@link DispatchFailure.Reason#QUEUE_FULL}.
	 */
	REJECT_NEWEST,

	/**
	 * Drop the oldest batch that is not being sent yet to make room: its handle fails
	 * with {@link DispatchFailure.Reason#OVERFLOW}.
	 */
	DROP_OLDEST,

	/**
	 * Make the caller wait for room, up to the configured timeout, then reject the new
	 * batch as {@link #REJECT_NEWEST} does.
	 */
	BLOCK

}

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
 * Two {@link EventDispatcherListener listeners} called one after the other, for
 * {@link EventDispatcherBuilder#addListener}.
 *
 * @author mparticle4j contributors
 */
final class CompositeEventDispatcherListener implements EventDispatcherListener {

	private final EventDispatcherListener first;

	private final EventDispatcherListener second;

	CompositeEventDispatcherListener(EventDispatcherListener first, EventDispatcherListener second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public void enqueued(int bytes) {
		this.first.enqueued(bytes);
		this.second.enqueued(bytes);
	}

	@Override
	public void delivered(Duration sinceEnqueue) {
		this.first.delivered(sinceEnqueue);
		this.second.delivered(sinceEnqueue);
	}

	@Override
	public void failed(DispatchFailure.Reason reason, int batches) {
		this.first.failed(reason, batches);
		this.second.failed(reason, batches);
	}

	@Override
	public void requestAccepted(int batches, int bytes, int retries) {
		this.first.requestAccepted(batches, bytes, retries);
		this.second.requestAccepted(batches, bytes, retries);
	}

	@Override
	public void requestFailed(int attempts) {
		this.first.requestFailed(attempts);
		this.second.requestFailed(attempts);
	}

	@Override
	public void rateLimitWait(Duration wait) {
		this.first.rateLimitWait(wait);
		this.second.rateLimitWait(wait);
	}

}

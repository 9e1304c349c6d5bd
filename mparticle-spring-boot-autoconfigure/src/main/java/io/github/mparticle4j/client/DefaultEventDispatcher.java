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

package io.github.mparticle4j.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.model.Batch;

/**
 * The {@link EventDispatcher} implementation (being written).
 *
 * @author mparticle4j contributors
 */
final class DefaultEventDispatcher implements EventDispatcher {

	private final DispatcherSettings settings;

	private final DispatchSender sender;

	DefaultEventDispatcher(DispatcherSettings settings, DispatchSender sender) {
		this.settings = settings;
		this.sender = sender;
	}

	@Override
	public CompletableFuture<Delivery> enqueue(Batch batch) {
		throw new UnsupportedOperationException("not yet");
	}

	@Override
	public CompletableFuture<Void> flush() {
		throw new UnsupportedOperationException("not yet");
	}

	@Override
	public DispatcherStatus status() {
		throw new UnsupportedOperationException("not yet");
	}

	@Override
	public CompletableFuture<Void> shutdown(Duration timeout) {
		throw new UnsupportedOperationException("not yet");
	}

	@Override
	public void close() {
	}

}

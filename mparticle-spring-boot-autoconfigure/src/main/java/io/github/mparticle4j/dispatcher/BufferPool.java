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

import java.util.concurrent.atomic.AtomicReferenceArray;

import io.github.mparticle4j.client.internal.RequestWriter;

/**
 * A few scratch buffers for the callers of {@link EventDispatcher#enqueue} to serialize
 * into, so that each batch costs one right-sized copy of its JSON rather than a buffer
 * that grows. Lock-free: a caller that finds no buffer free makes one, and a buffer that
 * grew past what a batch may take is not kept.
 *
 * @author mparticle4j contributors
 */
final class BufferPool {

	private final AtomicReferenceArray<RequestWriter.Buffer> buffers;

	private final int initialSize;

	private final int maxKeptSize;

	BufferPool(int buffers, int initialSize, int maxKeptSize) {
		this.buffers = new AtomicReferenceArray<>(buffers);
		this.initialSize = initialSize;
		this.maxKeptSize = maxKeptSize;
	}

	RequestWriter.Buffer acquire() {
		int start = start();
		for (int i = 0; i < this.buffers.length(); i++) {
			int slot = (start + i) % this.buffers.length();
			// read before taking: an empty slot is not written to
			RequestWriter.Buffer buffer = (this.buffers.get(slot) != null) ? this.buffers.getAndSet(slot, null) : null;
			if (buffer != null) {
				return buffer;
			}
		}
		return new RequestWriter.Buffer(this.initialSize);
	}

	void release(RequestWriter.Buffer buffer) {
		if (buffer.capacity() > this.maxKeptSize) {
			return;
		}
		buffer.reset();
		int start = start();
		for (int i = 0; i < this.buffers.length(); i++) {
			int slot = (start + i) % this.buffers.length();
			if (this.buffers.get(slot) == null && this.buffers.compareAndSet(slot, null, buffer)) {
				return;
			}
		}
	}

	// threads start looking at different places, so that they seldom meet
	private int start() {
		return (int) (Thread.currentThread().getId() % this.buffers.length());
	}

}

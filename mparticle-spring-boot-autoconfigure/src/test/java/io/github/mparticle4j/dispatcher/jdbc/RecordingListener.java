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

package io.github.mparticle4j.dispatcher.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.StoredBatch;

/**
 * A store listener that records what it hears.
 *
 * @author mparticle4j contributors
 */
public final class RecordingListener implements BatchStore.Listener {

	final AtomicInteger available = new AtomicInteger();

	final List<StoredBatch> discarded = new CopyOnWriteArrayList<>();

	final List<StoredBatch> dropped = new CopyOnWriteArrayList<>();

	@Override
	public void available() {
		this.available.incrementAndGet();
	}

	@Override
	public void discarded(List<StoredBatch> batches) {
		this.discarded.addAll(batches);
	}

	@Override
	public void dropped(List<StoredBatch> batches) {
		this.dropped.addAll(batches);
	}

	List<String> discardedIds() {
		return this.discarded.stream().map(StoredBatch::sourceRequestId).toList();
	}

	List<String> droppedIds() {
		return this.dropped.stream().map(StoredBatch::sourceRequestId).toList();
	}

}

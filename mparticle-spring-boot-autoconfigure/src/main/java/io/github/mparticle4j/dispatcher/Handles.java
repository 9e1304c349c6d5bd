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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The handles that {@link EventDispatcher#enqueue} returned and that are not complete, by
 * {@code source_request_id}: callers register them before they hand their batch to the
 * store, and the worker takes them out when it settles the batch. Batches that other
 * processes appended to a shared store have none.
 * <p>
 * Thread-safe: a concurrent map. Two batches that a caller gave the same id share its
 * entry, an immutable list replaced atomically, oldest first.
 *
 * @author mparticle4j contributors
 */
final class Handles {

	private final ConcurrentHashMap<String, Object> byId = new ConcurrentHashMap<>();

	void register(String id, CompletableFuture<Delivery> handle) {
		if (this.byId.putIfAbsent(id, handle) != null) {
			this.byId.compute(id, (key, held) -> (held != null) ? with(held, handle) : handle);
		}
	}

	/**
	 * Takes the oldest handle registered for an id.
	 * @param id the id
	 * @return the handle, or {@code null} if none is registered
	 */
	@SuppressWarnings("unchecked")
	@Nullable CompletableFuture<Delivery> take(String id) {
		// one atomic lookup, whether the id has one handle or several
		Object[] taken = new Object[1];
		this.byId.computeIfPresent(id, (key, held) -> {
			if (held instanceof CompletableFuture<?>) {
				taken[0] = held;
				return null;
			}
			List<CompletableFuture<Delivery>> list = (List<CompletableFuture<Delivery>>) held;
			taken[0] = list.get(0);
			return (list.size() == 2) ? list.get(1) : List.copyOf(list.subList(1, list.size()));
		});
		return (CompletableFuture<Delivery>) taken[0];
	}

	/**
	 * Removes a handle whose batch the store did not take.
	 * @param id the id
	 * @param handle the handle
	 */
	@SuppressWarnings("unchecked")
	void remove(String id, CompletableFuture<Delivery> handle) {
		if (this.byId.remove(id, handle)) {
			return;
		}
		this.byId.computeIfPresent(id, (key, value) -> {
			if (value instanceof List<?> list) {
				List<CompletableFuture<Delivery>> left = new ArrayList<>((List<CompletableFuture<Delivery>>) list);
				left.remove(handle);
				return left.isEmpty() ? null : (left.size() == 1) ? left.get(0) : List.copyOf(left);
			}
			return value;
		});
	}

	/**
	 * Returns the ids that have handles now.
	 * @return the ids
	 */
	List<String> ids() {
		return new ArrayList<>(this.byId.keySet());
	}

	/**
	 * Returns every handle registered now.
	 * @return the handles
	 */
	@SuppressWarnings("unchecked")
	List<CompletableFuture<Delivery>> snapshot() {
		List<CompletableFuture<Delivery>> handles = new ArrayList<>(this.byId.size());
		for (Object held : this.byId.values()) {
			if (held instanceof CompletableFuture<?> handle) {
				handles.add((CompletableFuture<Delivery>) handle);
			}
			else {
				handles.addAll((List<CompletableFuture<Delivery>>) held);
			}
		}
		return handles;
	}

	@SuppressWarnings("unchecked")
	private static Object with(Object held, CompletableFuture<Delivery> handle) {
		List<CompletableFuture<Delivery>> list = new ArrayList<>();
		if (held instanceof CompletableFuture<?> first) {
			list.add((CompletableFuture<Delivery>) first);
		}
		else {
			list.addAll((List<CompletableFuture<Delivery>>) held);
		}
		list.add(handle);
		return List.copyOf(list);
	}

}

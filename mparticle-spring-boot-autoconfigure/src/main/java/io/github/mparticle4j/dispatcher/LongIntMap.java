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

import java.util.Arrays;

/**
 * A map from {@code long} keys, such as merge keys, to {@code int} values, without an
 * object per entry: open addressing with linear probing, and deletion that shifts the
 * entries after it back, so that no slot is left marked deleted. Used as a set of keys
 * too, with any value.
 * <p>
 * Not thread-safe: each instance is confined to the dispatcher's worker.
 *
 * @author mparticle4j contributors
 */
final class LongIntMap {

	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private long[] keys;

	private int[] values;

	private boolean[] used;

	private int size;

	private int mask;

	LongIntMap() {
		this(16);
	}

	LongIntMap(int capacity) {
		int slots = Integer.highestOneBit(Math.max(4, capacity - 1)) << 1;
		this.keys = new long[slots];
		this.values = new int[slots];
		this.used = new boolean[slots];
		this.mask = slots - 1;
	}

	int size() {
		return this.size;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	boolean containsKey(long key) {
		return this.used[find(key)];
	}

	/**
	 * Returns the value of a key.
	 * @param key the key
	 * @param absent what to return if the key has no value
	 * @return the value, or {@code absent}
	 */
	int get(long key, int absent) {
		int slot = find(key);
		return (this.used[slot]) ? this.values[slot] : absent;
	}

	void put(long key, int value) {
		int slot = find(key);
		if (!this.used[slot]) {
			this.used[slot] = true;
			this.keys[slot] = key;
			this.size++;
		}
		this.values[slot] = value;
		if (this.size * 2 > this.keys.length) {
			grow();
		}
	}

	/**
	 * Adds to the value of a key, absent keys counting as 0, and removes the key when its
	 * value becomes 0.
	 * @param key the key
	 * @param delta what to add
	 * @return the new value
	 */
	int add(long key, int delta) {
		int slot = find(key);
		int value = ((this.used[slot]) ? this.values[slot] : 0) + delta;
		if (value == 0) {
			if (this.used[slot]) {
				removeAt(slot);
			}
			return 0;
		}
		put(key, value);
		return value;
	}

	void remove(long key) {
		int slot = find(key);
		if (this.used[slot]) {
			removeAt(slot);
		}
	}

	void clear() {
		if (this.size > 0) {
			Arrays.fill(this.used, false);
			this.size = 0;
		}
	}

	// the slot that holds the key, or the free slot where it would go
	private int find(long key) {
		int slot = slotOf(key);
		while (this.used[slot] && this.keys[slot] != key) {
			slot = (slot + 1) & this.mask;
		}
		return slot;
	}

	private int slotOf(long key) {
		long hash = key * MULTIPLIER;
		return (int) (hash ^ (hash >>> 32)) & this.mask;
	}

	// shifts back the entries after the freed slot that would no longer be found
	private void removeAt(int slot) {
		this.size--;
		int free = slot;
		int next = (free + 1) & this.mask;
		while (this.used[next]) {
			int home = slotOf(this.keys[next]);
			// the entry at next may move to free if its home is not between free and next
			if (((next - home) & this.mask) >= ((next - free) & this.mask)) {
				this.keys[free] = this.keys[next];
				this.values[free] = this.values[next];
				free = next;
			}
			next = (next + 1) & this.mask;
		}
		this.used[free] = false;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldValues = this.values;
		boolean[] oldUsed = this.used;
		int slots = oldKeys.length * 2;
		this.keys = new long[slots];
		this.values = new int[slots];
		this.used = new boolean[slots];
		this.mask = slots - 1;
		this.size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

}

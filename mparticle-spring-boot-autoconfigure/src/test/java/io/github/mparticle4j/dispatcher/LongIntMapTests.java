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

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link LongIntMap} against a {@link HashMap} doing the same: keys that collide in
 * few slots, removals that shift entries back, growth and clearing.
 *
 * @author mparticle4j contributors
 */
class LongIntMapTests {

	@Test
	void agreesWithAHashMapThroughPutsAddsRemovalsAndGrowth() {
		Random random = new Random(20);
		LongIntMap map = new LongIntMap(4);
		Map<Long, Integer> expected = new HashMap<>();
		for (int i = 0; i < 200_000; i++) {
			// few keys, many of them multiples of a power of two, so that slots collide
			long key = (random.nextInt(300) - 150) * ((random.nextBoolean()) ? 1L << 32 : 1L);
			switch (random.nextInt(4)) {
				case 0 -> {
					int value = random.nextInt(5) + 1;
					map.put(key, value);
					expected.put(key, value);
				}
				case 1 -> {
					int delta = random.nextInt(3) - 1;
					map.add(key, delta);
					int value = expected.getOrDefault(key, 0) + delta;
					if (value == 0) {
						expected.remove(key);
					}
					else {
						expected.put(key, value);
					}
				}
				case 2 -> {
					map.remove(key);
					expected.remove(key);
				}
				default -> assertThat(map.get(key, -7)).isEqualTo(expected.getOrDefault(key, -7));
			}
			assertThat(map.size()).isEqualTo(expected.size());
			if (i % 50_000 == 49_999) {
				map.clear();
				expected.clear();
			}
		}
		for (long key = -200; key <= 200; key++) {
			assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
			assertThat(map.containsKey(key << 32)).isEqualTo(expected.containsKey(key << 32));
		}
	}

	@Test
	void anEmptyMapHoldsNothing() {
		LongIntMap map = new LongIntMap();
		assertThat(map.isEmpty()).isTrue();
		assertThat(map.containsKey(0)).isFalse();
		assertThat(map.get(0, -1)).isEqualTo(-1);
		map.add(0, 1);
		map.add(0, -1);
		assertThat(map.isEmpty()).isTrue();
	}

}

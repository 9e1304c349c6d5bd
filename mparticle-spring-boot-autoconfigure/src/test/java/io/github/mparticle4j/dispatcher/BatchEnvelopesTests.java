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

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link BatchEnvelopes}: equal JSON has one merge key and shares one array, and a
 * change of any byte makes another key and keeps its own array.
 *
 * @author mparticle4j contributors
 */
class BatchEnvelopesTests {

	// 32 bytes a step, then 8 bytes a step and a tail: 75 bytes exercise all three
	private static final String JSON = "{\"mpid\":1234567,\"events\":[]}"
			+ "12345678901234567890123456789012345678901234567";

	private final BatchEnvelopes envelopes = new BatchEnvelopes();

	@Test
	void equalJsonInDistinctArraysHasOneKeyAndSharesOneArray() {
		byte[] one = json();
		byte[] other = json();
		long key = BatchEnvelopes.hash64(one);
		assertThat(BatchEnvelopes.hash64(other)).isEqualTo(key);
		assertThat(this.envelopes.share(one, key)).isSameAs(one);
		assertThat(this.envelopes.share(other, key)).isSameAs(one);
	}

	@Test
	void aChangeOfAnyByteMakesAnotherKeyAndKeepsItsOwnArray() {
		byte[] original = json();
		long originalKey = BatchEnvelopes.hash64(original);
		this.envelopes.share(original, originalKey);
		Set<Long> keys = new HashSet<>();
		keys.add(originalKey);
		for (int i = 0; i < original.length; i++) {
			byte[] changed = json();
			changed[i]++;
			long key = BatchEnvelopes.hash64(changed);
			keys.add(key);
			assertThat(this.envelopes.share(changed, key)).as("byte %d changed", i).isSameAs(changed);
		}
		assertThat(keys).hasSize(original.length + 1);
	}

	@Test
	void aLongerJsonHasAnotherKey() {
		byte[] json = json();
		byte[] longer = new byte[json.length + 1];
		System.arraycopy(json, 0, longer, 0, json.length);
		assertThat(BatchEnvelopes.hash64(longer)).isNotEqualTo(BatchEnvelopes.hash64(json));
	}

	@Test
	void envelopesThatShareASlotEachKeepTheirContent() {
		byte[] first = json();
		byte[] second = json();
		second[second.length - 1]++;
		// the same slot, whatever their hashes
		assertThat(this.envelopes.share(first, 0)).isSameAs(first);
		assertThat(this.envelopes.share(second, 0)).isSameAs(second);
		assertThat(this.envelopes.share(json(), 0)).isNotSameAs(first).isEqualTo(first);
	}

	@Test
	void largeEnvelopesAreNotShared() {
		byte[] large = new byte[4 * 1024 + 1];
		long key = BatchEnvelopes.hash64(large);
		this.envelopes.share(large, key);
		assertThat(this.envelopes.share(large.clone(), key)).isNotSameAs(large);
	}

	private static byte[] json() {
		return JSON.getBytes(StandardCharsets.UTF_8);
	}

}

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
 * Tests {@link BatchEnvelope}: equal JSON is one envelope, whatever array holds it, and a
 * change of any byte makes another.
 *
 * @author mparticle4j contributors
 */
class BatchEnvelopeTests {

	// 8 bytes a step and a tail: 37 bytes exercise both
	private static final String JSON = "{\"mpid\":1234567,\"events\":[]}12345678";

	@Test
	void equalJsonInDistinctArraysIsOneEnvelope() {
		BatchEnvelope one = new BatchEnvelope(JSON.getBytes(StandardCharsets.UTF_8));
		BatchEnvelope other = new BatchEnvelope(JSON.getBytes(StandardCharsets.UTF_8));
		assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
	}

	@Test
	void aChangeOfAnyByteMakesAnotherEnvelopeWithAnotherHash() {
		byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
		BatchEnvelope original = new BatchEnvelope(json.clone());
		Set<Integer> hashes = new HashSet<>();
		hashes.add(original.hashCode());
		for (int i = 0; i < json.length; i++) {
			byte[] changed = json.clone();
			changed[i]++;
			BatchEnvelope envelope = new BatchEnvelope(changed);
			assertThat(envelope).as("byte %d changed", i).isNotEqualTo(original);
			hashes.add(envelope.hashCode());
		}
		assertThat(hashes).hasSize(json.length + 1);
	}

	@Test
	void aLongerJsonIsAnotherEnvelope() {
		byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
		byte[] longer = new byte[json.length + 1];
		System.arraycopy(json, 0, longer, 0, json.length);
		assertThat(new BatchEnvelope(longer)).isNotEqualTo(new BatchEnvelope(json));
		assertThat(new BatchEnvelope(longer).hashCode()).isNotEqualTo(new BatchEnvelope(json).hashCode());
	}

}

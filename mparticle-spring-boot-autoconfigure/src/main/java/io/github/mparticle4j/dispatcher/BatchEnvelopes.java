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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The batch-level content of a batch, serialized: everything but its events and its
 * {@code source_request_id}, ending in {@code "events":[]}}. Batches whose envelopes are
 * equal belong to the same user with the same attributes, device and consent, and may be
 * merged.
 *
 * @author mparticle4j contributors
 */
final class BatchEnvelope {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private final byte[] json;

	private final int hash;

	BatchEnvelope(byte[] json) {
		this.json = json;
		this.hash = hash(json);
	}

	// eight bytes a step: Arrays.hashCode takes one, and about 1 us for a 1 KB envelope
	private static int hash(byte[] json) {
		long hash = hash64(json);
		return (int) (hash ^ (hash >>> 32));
	}

	/**
	 * Returns a 64-bit hash of an envelope, its merge key.
	 * @param json the envelope
	 * @return the hash
	 */
	static long hash64(byte[] json) {
		long hash = json.length;
		int i = 0;
		for (; i + Long.BYTES <= json.length; i += Long.BYTES) {
			hash = (hash ^ (long) LONGS.get(json, i)) * MULTIPLIER;
		}
		for (; i < json.length; i++) {
			hash = (hash ^ json[i]) * MULTIPLIER;
		}
		return hash;
	}

	byte[] json() {
		return this.json;
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof BatchEnvelope envelope && this.hash == envelope.hash
				&& Arrays.equals(this.json, envelope.json));
	}

	@Override
	public int hashCode() {
		return this.hash;
	}

}

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
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The envelopes that the callers of one dispatcher serialize: the batch-level content of
 * a batch, everything but its events and its {@code source_request_id}, ending in
 * {@code "events":[]}}. Batches whose envelopes are equal belong to the same user with
 * the same attributes, device and consent, and may be merged.
 * <p>
 * Each envelope gets a {@linkplain #hash64 merge key}, and equal envelopes serialized
 * lately share one array: the worker then tells that batches merge by comparing
 * references, without reading the bytes that a caller wrote on another core, and the
 * batches of a user waiting in memory hold their envelope once.
 * <p>
 * Thread-safe: a fixed table of the latest envelope of each slot, read with acquire and
 * written with release semantics, so that an array is complete before another caller sees
 * it. Callers that race for a slot only lose a share, never the content.
 *
 * @author mparticle4j contributors
 */
final class BatchEnvelopes {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private static final long LANE_B = 0x632BE59BD9B4E019L;

	private static final long LANE_C = 0x85EBCA77C2B2AE63L;

	private static final long LANE_D = 0xC2B2AE3D27D4EB4FL;

	private static final int SLOTS = 256;

	// larger envelopes are rare and would keep too much alive: not shared
	private static final int MAX_SHARED_SIZE = 4 * 1024;

	private final AtomicReferenceArray<byte[]> latest = new AtomicReferenceArray<>(SLOTS);

	/**
	 * Returns the array of an equal envelope serialized lately, or the given one, which
	 * then becomes the one to share.
	 * @param json the envelope, not modified after this call
	 * @param key its {@linkplain #hash64 merge key}
	 * @return an array with the same content
	 */
	byte[] share(byte[] json, long key) {
		if (json.length > MAX_SHARED_SIZE) {
			return json;
		}
		int slot = (int) (key ^ (key >>> 32)) & (SLOTS - 1);
		byte[] shared = this.latest.getAcquire(slot);
		if (shared != null && Arrays.equals(shared, json)) {
			return shared;
		}
		this.latest.setRelease(slot, json);
		return json;
	}

	/**
	 * Returns a 64-bit hash of an envelope, its merge key.
	 * @param json the envelope
	 * @return the hash
	 */
	static long hash64(byte[] json) {
		// four independent lanes of 8 bytes: each waits only for its own multiplication
		long a = json.length;
		long b = LANE_B;
		long c = LANE_C;
		long d = LANE_D;
		int i = 0;
		for (; i + 4 * Long.BYTES <= json.length; i += 4 * Long.BYTES) {
			a = (a ^ (long) LONGS.get(json, i)) * MULTIPLIER;
			b = (b ^ (long) LONGS.get(json, i + Long.BYTES)) * MULTIPLIER;
			c = (c ^ (long) LONGS.get(json, i + 2 * Long.BYTES)) * MULTIPLIER;
			d = (d ^ (long) LONGS.get(json, i + 3 * Long.BYTES)) * MULTIPLIER;
		}
		long hash = (((a * MULTIPLIER ^ b) * MULTIPLIER ^ c) * MULTIPLIER) ^ d;
		for (; i + Long.BYTES <= json.length; i += Long.BYTES) {
			hash = (hash ^ (long) LONGS.get(json, i)) * MULTIPLIER;
		}
		for (; i < json.length; i++) {
			hash = (hash ^ json[i]) * MULTIPLIER;
		}
		return hash ^ (hash >>> 29);
	}

}

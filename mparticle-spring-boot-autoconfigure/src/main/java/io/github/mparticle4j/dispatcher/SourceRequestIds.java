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

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the {@code source_request_id}s of the batches that a dispatcher accepts without
 * one: UUID-shaped text, as mParticle expects, made at acceptance.
 * <p>
 * {@link UUID#randomUUID()} draws 16 bytes from a shared {@link SecureRandom} for each
 * id, which costs more than the rest of {@code enqueue} but serialization. Here each
 * dispatcher draws 122 random bits once, and each id adds a counter to them: ids are
 * unique within a dispatcher for 2<sup>62</sup> batches, and two dispatchers, in one
 * process or many, share an id only if their 60 random bits of the first half are equal,
 * a chance of 2<sup>-60</sup> per pair. Ids are not secret and need not be unguessable:
 * mParticle uses them only to recognize a request it has already accepted.
 * <p>
 * Thread-safe: the counter is atomic, the rest is final.
 *
 * @author mparticle4j contributors
 */
final class SourceRequestIds {

	private static final long VERSION_MASK = 0xFFFFFFFFFFFF0FFFL;

	private static final long VERSION_4 = 0x0000000000004000L;

	private static final long VARIANT_MASK = 0x3FFFFFFFFFFFFFFFL;

	private static final long VARIANT_IETF = 0x8000000000000000L;

	private final long mostSignificantBits;

	private final AtomicLong leastSignificantBits;

	SourceRequestIds() {
		this(new SecureRandom());
	}

	SourceRequestIds(SecureRandom random) {
		this.mostSignificantBits = (random.nextLong() & VERSION_MASK) | VERSION_4;
		this.leastSignificantBits = new AtomicLong(random.nextLong());
	}

	/**
	 * Makes an id.
	 * @return the id, as a version 4 UUID in text
	 */
	String next() {
		long least = (this.leastSignificantBits.getAndIncrement() & VARIANT_MASK) | VARIANT_IETF;
		return new UUID(this.mostSignificantBits, least).toString();
	}

}

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

package io.github.mparticle4j.client;

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

	private final byte[] json;

	private final int hash;

	BatchEnvelope(byte[] json) {
		this.json = json;
		this.hash = Arrays.hashCode(json);
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

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

import java.nio.ByteBuffer;
import java.util.List;

import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;

/**
 * A bulk request as an {@link EventDispatcher} wrote it, for a {@link DispatchTransport}
 * to send: a JSON array of batches, each with its {@code source_request_id}. Immutable;
 * the body is handed out as read-only views.
 *
 * @author mparticle4j contributors
 */
public final class BulkRequest {

	private final SerializedRequest serialized;

	private final List<String> sourceRequestIds;

	BulkRequest(SerializedRequest serialized, List<String> sourceRequestIds) {
		this.serialized = serialized;
		this.sourceRequestIds = List.copyOf(sourceRequestIds);
	}

	/**
	 * Returns the {@code source_request_id} of each batch, in the order of the body.
	 * @return the ids
	 */
	public List<String> sourceRequestIds() {
		return this.sourceRequestIds;
	}

	/**
	 * Returns the size of the body in bytes, its {@code Content-Length}.
	 * @return the size
	 */
	public int size() {
		return this.serialized.size();
	}

	/**
	 * Returns the body, {@code application/json} in UTF-8, as a new read-only view.
	 * @return the body
	 */
	public ByteBuffer body() {
		return this.serialized.body().asReadOnlyBuffer();
	}

	/**
	 * Returns a copy of the body.
	 * @return the bytes
	 */
	public byte[] toByteArray() {
		return this.serialized.toByteArray();
	}

	SerializedRequest serialized() {
		return this.serialized;
	}

	@Override
	public String toString() {
		return "BulkRequest[batches=" + this.sourceRequestIds.size() + ", size=" + size() + "]";
	}

}

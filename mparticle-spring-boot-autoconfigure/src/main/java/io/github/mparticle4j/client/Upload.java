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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One subscription to an upload: the serialized request and its ids, shared by every
 * subscription, plus this subscription's own attempts, deadline and last failure.
 *
 * @author mparticle4j contributors
 */
final class Upload {

	private final Prepared prepared;

	private final long deadline;

	private final AtomicInteger attempts = new AtomicInteger();

	private volatile @Nullable String lastFailure;

	Upload(Prepared prepared, long deadline) {
		this.prepared = prepared;
		this.deadline = deadline;
	}

	Prepared prepared() {
		return this.prepared;
	}

	SerializedRequest request() {
		return this.prepared.request();
	}

	List<String> sourceRequestIds() {
		return this.prepared.sourceRequestIds();
	}

	int nextAttempt() {
		return this.attempts.incrementAndGet();
	}

	int attempts() {
		return this.attempts.get();
	}

	@Nullable String lastFailure() {
		return this.lastFailure;
	}

	void lastFailure(String lastFailure) {
		this.lastFailure = lastFailure;
	}

	/**
	 * Returns the time left before the deadline.
	 * @param now the current time, in the nanoseconds of the client's scheduler
	 * @return the time left, zero if the deadline has passed
	 */
	Duration timeLeft(long now) {
		long left = this.deadline - now;
		return (left > 0) ? Duration.ofNanos(left) : Duration.ZERO;
	}

	String describe() {
		int batches = this.prepared.sourceRequestIds().size();
		return "POST " + this.prepared.path() + " (" + batches + ((batches != 1) ? " batches" : " batch") + ")";
	}

	/**
	 * An upload ready to be sent: its path, absolute URI, serialized request and batch
	 * ids.
	 *
	 * @param path the path, such as {@code /events}
	 * @param uri the absolute URI
	 * @param request the serialized request
	 * @param sourceRequestIds the {@code source_request_id} of each batch
	 */
	record Prepared(String path, URI uri, SerializedRequest request, List<String> sourceRequestIds) {

		Prepared {
			sourceRequestIds = List.copyOf(sourceRequestIds);
		}

	}

}

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

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.model.Batch;
import reactor.core.publisher.Mono;

/**
 * Sends batches to the mParticle Events API asynchronously: {@link #enqueue(Batch)}
 * validates and serializes a batch on the caller's thread and returns at once; the
 * dispatcher merges the batches of each user, packs them into bulk requests and sends
 * them in the background through an {@link EventsApi}. <pre class="code">
 * EventDispatcher dispatcher = EventDispatcher.builder(eventsApi).build();
 * dispatcher.enqueue(batch);                      // fire and forget
 * Delivery delivery = dispatcher.enqueue(batch).join(); // or wait for mParticle
 * </pre>
 * <p>
 * Every handle completes exactly once: with a {@link Delivery} when mParticle accepted
 * the request that carried the batch, or exceptionally with a
 * {@link DeliveryFailedException} that gives the {@link DispatchFailure.Reason reason}.
 * Batches that fail or are dropped also go to the {@link DispatchFailureHandler}, so
 * nothing is lost silently when nobody looks at the handle. Handles complete, and the
 * failure handler runs for batches that failed after they were enqueued, on the
 * {@link EventDispatcherBuilder#handleExecutor(java.util.concurrent.Executor) handle
 * executor}, never on the threads that do the HTTP.
 * <p>
 * Batches enqueued within one flush interval whose batch-level content (everything but
 * the events and the {@code source_request_id}) serializes to the same JSON are merged
 * into one batch, with their events in enqueue order, up to 128 KB. A batch with its own
 * {@code source_request_id} is never merged, so that mParticle's de-duplication keeps
 * working for it.
 *
 * @author mparticle4j contributors
 * @see EventDispatcherBuilder
 */
public interface EventDispatcher extends AutoCloseable {

	/**
	 * Validates and serializes the batch and queues it for sending. Never blocks for I/O;
	 * with {@link OverflowPolicy#BLOCK} it may wait for room in the queue, up to the
	 * configured timeout. Later changes to the batch do not affect what is sent. Never
	 * throws for the batch's content or the state of the queue: an invalid batch, a full
	 * queue and a dispatcher that is shutting down give a handle that has already failed,
	 * and the failure handler is told.
	 * @param batch the batch
	 * @return a future that completes when the batch is delivered, or fails with a
	 * {@link DeliveryFailedException} when it finally failed or was dropped
	 * @throws NullPointerException if the batch is {@code null}, as
	 * {@link java.util.Objects#requireNonNull(Object)} does
	 */
	CompletableFuture<Delivery> enqueue(Batch batch);

	/**
	 * Returns a {@code Mono} that enqueues the batch when subscribed and emits when it is
	 * delivered. Cancelling the subscription does not take the batch back out of the
	 * queue.
	 * @param batch the batch
	 * @return the {@code Mono}
	 */
	default Mono<Delivery> deliver(Batch batch) {
		return Mono.defer(() -> Mono.fromFuture(enqueue(batch), true));
	}

	/**
	 * Sends everything that is queued now, without waiting for the flush interval.
	 * @return a future that completes when every batch enqueued before this call is
	 * settled: delivered, failed or dropped
	 */
	CompletableFuture<Void> flush();

	/**
	 * Returns the current state of the queue and the counts so far.
	 * @return the status
	 */
	DispatcherStatus status();

	/**
	 * Stops accepting batches, sends what is queued, and hands whatever is still not
	 * delivered after the timeout to the failure handler with the reason
	 * {@link DispatchFailure.Reason#SHUTDOWN}. Later calls return the same future.
	 * @param timeout how long to try to deliver what is queued
	 * @return a future that completes when every batch is settled
	 * @throws InvalidEventsApiSettingException if the timeout is negative or longer than
	 * {@link SettingChecks#MAX_DURATION one day}; the dispatcher is then left as it was
	 */
	CompletableFuture<Void> shutdown(Duration timeout);

	/**
	 * Shuts down with the configured shutdown timeout and waits for it.
	 */
	@Override
	void close();

	/**
	 * Returns a builder for a dispatcher that sends through the given client.
	 * @param eventsApi the client
	 * @return the builder
	 */
	static EventDispatcherBuilder builder(EventsApi eventsApi) {
		return new EventDispatcherBuilder(eventsApi);
	}

}

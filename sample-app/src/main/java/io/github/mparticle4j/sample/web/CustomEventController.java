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

package io.github.mparticle4j.sample.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.sample.web.SampleRequests.CustomEvent;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custom events, the data a web application sends on every user action, go through the
 * auto-configured {@link EventDispatcher}: {@code POST /events} enqueues the event and
 * answers {@code 202} at once, while the dispatcher merges the events of each user and
 * sends them in bulk requests in the background. {@code POST /events/confirmed} waits
 * until mParticle accepted the event.
 *
 * @author mparticle4j contributors
 */
@RestController
class CustomEventController {

	private final EventDispatcher dispatcher;

	private final Duration confirmationTimeout;

	/**
	 * Creates the controller.
	 * @param dispatcher the dispatcher of the default input
	 * @param confirmationTimeout how long {@code POST /events/confirmed} waits for
	 * mParticle to accept the event
	 */
	CustomEventController(EventDispatcher dispatcher,
			@Value("${sample.confirmation-timeout:10s}") Duration confirmationTimeout) {
		this.dispatcher = dispatcher;
		this.confirmationTimeout = confirmationTimeout;
	}

	/**
	 * Enqueues a custom event and answers at once. An invalid event, a full queue or a
	 * dispatcher that is shutting down is refused right away; a failure after that goes
	 * to the dispatcher's failure handler, which logs it.
	 * @param request the event
	 * @return that the event is queued
	 */
	@PostMapping("/events")
	@ResponseStatus(HttpStatus.ACCEPTED)
	QueuedResponse customEvent(@RequestBody CustomEvent request) {
		CompletableFuture<Delivery> delivery = this.dispatcher.enqueue(SampleBatches.customEvent(request));
		if (delivery.isCompletedExceptionally()) {
			throw refusal(delivery);
		}
		return QueuedResponse.QUEUED;
	}

	/**
	 * Enqueues a custom event and answers when mParticle accepted it: after the flush
	 * interval, in which other events of the same user are merged with it.
	 * @param request the event
	 * @return the batch that carried the event
	 */
	@PostMapping("/events/confirmed")
	Mono<DeliveredResponse> confirmedCustomEvent(@RequestBody CustomEvent request) {
		Batch batch = SampleBatches.customEvent(request);
		return this.dispatcher.deliver(batch)
			.timeout(this.confirmationTimeout, Mono.error(() -> new NotYetDeliveredException(this.confirmationTimeout)))
			.map(DeliveredResponse::of);
	}

	/**
	 * Shows what the dispatcher holds and has done since the application started.
	 * @return the status
	 */
	@GetMapping("/events/dispatcher")
	DispatcherStatus dispatcherStatus() {
		return this.dispatcher.status();
	}

	private static DeliveryFailedException refusal(CompletableFuture<Delivery> delivery) {
		Throwable failure = delivery.handle((result, ex) -> ex).join();
		return (DeliveryFailedException) failure;
	}

}

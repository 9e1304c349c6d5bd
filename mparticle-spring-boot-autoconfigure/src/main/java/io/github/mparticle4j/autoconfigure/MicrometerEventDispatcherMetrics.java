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

package io.github.mparticle4j.autoconfigure;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Records the metrics of the auto-configured dispatchers with Micrometer, each tagged
 * with {@code input}, the name of the dispatcher's input ({@code default} for the default
 * input):
 * <ul>
 * <li>{@code mparticle.dispatcher.queued.batches} and
 * {@code mparticle.dispatcher.queued.bytes}: gauges of what the queue holds, batches
 * being sent included;</li>
 * <li>{@code mparticle.dispatcher.enqueued}, {@code mparticle.dispatcher.delivered}:
 * counters of batches;</li>
 * <li>{@code mparticle.dispatcher.failed} and {@code mparticle.dispatcher.dropped}:
 * counters of batches that mParticle refused, and of batches that were never sent to the
 * end, tagged with the {@code reason};</li>
 * <li>{@code mparticle.dispatcher.retries}: a counter of the requests sent again: each
 * failed attempt whose batches the dispatcher sends again, or bisects;</li>
 * <li>{@code mparticle.dispatcher.rate.limit.waits}: a counter of the pauses that
 * mParticle asked for with a {@code 429};</li>
 * <li>{@code mparticle.dispatcher.request.batches} and
 * {@code mparticle.dispatcher.request.bytes}: distribution summaries of the batches
 * (after merging) and bytes of each accepted request;</li>
 * <li>{@code mparticle.dispatcher.delivery}: a timer of the time from enqueue to
 * mParticle's acceptance.</li>
 * </ul>
 *
 * @author mparticle4j contributors
 */
final class MicrometerEventDispatcherMetrics implements EventDispatcherMetrics {

	static final String PREFIX = "mparticle.dispatcher.";

	static final String INPUT_TAG = "input";

	static final String REASON_TAG = "reason";

	private final MeterRegistry registry;

	MicrometerEventDispatcherMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public EventDispatcherListener listener(String input) {
		return new Listener(this.registry, Tags.of(INPUT_TAG, input));
	}

	@Override
	public void bind(String input, EventDispatcher dispatcher) {
		Tags tags = Tags.of(INPUT_TAG, input);
		Gauge.builder(PREFIX + "queued.batches", dispatcher, (gauged) -> gauged.status().queuedBatches())
			.description("Batches enqueued and not yet delivered, failed or dropped, including those being sent")
			.baseUnit("batches")
			.tags(tags)
			.register(this.registry);
		Gauge.builder(PREFIX + "queued.bytes", dispatcher, (gauged) -> gauged.status().queuedBytes())
			.description("Serialized size of the queued batches")
			.baseUnit("bytes")
			.tags(tags)
			.register(this.registry);
	}

	/**
	 * Records what a dispatcher does in its meters.
	 */
	private static final class Listener implements EventDispatcherListener {

		private final Counter enqueued;

		private final Counter delivered;

		private final Timer delivery;

		private final Map<DispatchFailure.Reason, Counter> notDelivered = new EnumMap<>(DispatchFailure.Reason.class);

		private final Counter retries;

		private final Counter rateLimitWaits;

		private final DistributionSummary requestBatches;

		private final DistributionSummary requestBytes;

		Listener(MeterRegistry registry, Tags tags) {
			this.enqueued = Counter.builder(PREFIX + "enqueued")
				.description("Batches accepted into the queue")
				.baseUnit("batches")
				.tags(tags)
				.register(registry);
			this.delivered = Counter.builder(PREFIX + "delivered")
				.description("Batches delivered: mParticle accepted the request that carried them")
				.baseUnit("batches")
				.tags(tags)
				.register(registry);
			this.delivery = Timer.builder(PREFIX + "delivery")
				.description("Time from enqueue to mParticle's acceptance of a batch")
				.tags(tags)
				.register(registry);
			for (DispatchFailure.Reason reason : DispatchFailure.Reason.values()) {
				String name = reason.isDrop() ? "dropped" : "failed";
				String description = reason.isDrop() ? "Batches dropped: never sent, or not sent to the end"
						: "Batches that failed: invalid, or refused by mParticle";
				this.notDelivered.put(reason,
						Counter.builder(PREFIX + name)
							.description(description)
							.baseUnit("batches")
							.tags(tags)
							.tag(REASON_TAG, reason.tagValue())
							.register(registry));
			}
			this.retries = Counter.builder(PREFIX + "retries")
				.description("Requests sent again, by the client or by the dispatcher")
				.tags(tags)
				.register(registry);
			this.rateLimitWaits = Counter.builder(PREFIX + "rate.limit.waits")
				.description("Pauses in sending that mParticle asked for with a 429 response")
				.tags(tags)
				.register(registry);
			this.requestBatches = DistributionSummary.builder(PREFIX + "request.batches")
				.description("Batches that an accepted request carried, after merging")
				.baseUnit("batches")
				.tags(tags)
				.register(registry);
			this.requestBytes = DistributionSummary.builder(PREFIX + "request.bytes")
				.description("Size of an accepted request")
				.baseUnit("bytes")
				.tags(tags)
				.register(registry);
		}

		@Override
		public void enqueued(int bytes) {
			this.enqueued.increment();
		}

		@Override
		public void delivered(Duration sinceEnqueue) {
			this.delivered.increment();
			this.delivery.record(sinceEnqueue);
		}

		@Override
		public void failed(DispatchFailure.Reason reason, int batches) {
			this.notDelivered.get(reason).increment(batches);
		}

		@Override
		public void requestAccepted(int batches, int bytes, int retries) {
			this.requestBatches.record(batches);
			this.requestBytes.record(bytes);
			this.retries.increment(retries);
		}

		@Override
		public void requestFailed(int attempts) {
			// every attempt of the request failed, and its batches are sent again
			this.retries.increment(attempts);
		}

		@Override
		public void rateLimitWait(Duration wait) {
			this.rateLimitWaits.increment();
		}

	}

}

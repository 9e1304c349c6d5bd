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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.DispatchSender;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Builds an {@link EventDispatcher}. Every setting has a default that suits a server
 * sending to one mParticle input; {@link #build()} checks them all.
 *
 * @author mparticle4j contributors
 */
public final class EventDispatcherBuilder {

	static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(1);

	/**
	 * The default of {@link #maxQueuedBatches(int)}, which a store that the
	 * auto-configuration makes takes too.
	 */
	public static final int DEFAULT_MAX_QUEUED_BATCHES = 10_000;

	/**
	 * The default of {@link #maxQueuedBytes(long)}, which a store that the
	 * auto-configuration makes takes too.
	 */
	public static final long DEFAULT_MAX_QUEUED_BYTES = 32L * 1024 * 1024;

	/**
	 * The default of {@link #blockTimeout(Duration)}, which a store that the
	 * auto-configuration makes takes too.
	 */
	public static final Duration DEFAULT_BLOCK_TIMEOUT = Duration.ofSeconds(1);

	static final int DEFAULT_MAX_REQUESTS_IN_FLIGHT = 4;

	static final int DEFAULT_SLOW_DOWN_AT = 80;

	static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(25);

	static final Duration DEFAULT_MAX_CREDENTIALS_BACKOFF = Duration.ofMinutes(5);

	/**
	 * The smallest cap of {@link #maxBatchesPerSecond(double)} but 0: one batch a day. A
	 * smaller one would pace batches further apart than any other duration of the
	 * dispatcher may be.
	 */
	public static final double MIN_BATCHES_PER_SECOND = 1.0 / SettingChecks.MAX_DURATION.toSeconds();

	/**
	 * The longest wait that a {@code Retry-After} may impose when the dispatcher sends
	 * through an {@link EventsApi} that is not this library's own, which says nothing of
	 * its own cap.
	 */
	static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(20);

	private final EventsApi eventsApi;

	private @Nullable DispatchTransport transport;

	private @Nullable BatchStore store;

	private String name = "default";

	private Duration flushInterval = DEFAULT_FLUSH_INTERVAL;

	private int maxQueuedBatches = DEFAULT_MAX_QUEUED_BATCHES;

	private long maxQueuedBytes = DEFAULT_MAX_QUEUED_BYTES;

	private OverflowPolicy overflowPolicy = OverflowPolicy.REJECT_NEWEST;

	private Duration blockTimeout = DEFAULT_BLOCK_TIMEOUT;

	private int maxRequestsInFlight = DEFAULT_MAX_REQUESTS_IN_FLIGHT;

	private double maxBatchesPerSecond;

	private int slowDownAt = DEFAULT_SLOW_DOWN_AT;

	private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;

	private DispatchFailureHandler failureHandler = DispatchFailureHandler.logging();

	private EventDispatcherListener listener = EventDispatcherListener.NONE;

	private @Nullable Scheduler scheduler;

	private @Nullable Executor handleExecutor;

	private RejectedCredentialsPolicy rejectedCredentials = RejectedCredentialsPolicy.PAUSE;

	private Duration maxCredentialsBackoff = DEFAULT_MAX_CREDENTIALS_BACKOFF;

	EventDispatcherBuilder(EventsApi eventsApi) {
		this.eventsApi = Objects.requireNonNull(eventsApi, "'eventsApi' must not be null");
	}

	/**
	 * Names the dispatcher in logs, such as the name of its mParticle input.
	 * @param name the name
	 * @return this builder
	 */
	public EventDispatcherBuilder name(String name) {
		this.name = Objects.requireNonNull(name, "'name' must not be null");
		return this;
	}

	/**
	 * Sets how long a batch may wait to be merged and packed before it is sent (default 1
	 * second). A full request is sent at once.
	 * @param flushInterval the interval, positive and at most one day
	 * @return this builder
	 */
	public EventDispatcherBuilder flushInterval(Duration flushInterval) {
		this.flushInterval = Objects.requireNonNull(flushInterval, "'flushInterval' must not be null");
		return this;
	}

	/**
	 * Sets how many batches the queue holds at most, counting those being sent (default
	 * 10,000).
	 * @param maxQueuedBatches the number of batches
	 * @return this builder
	 */
	public EventDispatcherBuilder maxQueuedBatches(int maxQueuedBatches) {
		this.maxQueuedBatches = maxQueuedBatches;
		return this;
	}

	/**
	 * Sets how many bytes of memory the batches in the queue take at most, counting
	 * batches being sent: their serialized size plus 512 bytes each for the objects that
	 * hold them (default 32 MB).
	 * @param maxQueuedBytes the number of bytes
	 * @return this builder
	 */
	public EventDispatcherBuilder maxQueuedBytes(long maxQueuedBytes) {
		this.maxQueuedBytes = maxQueuedBytes;
		return this;
	}

	/**
	 * Sets what happens to a batch enqueued when the queue is full (default
	 * {@link OverflowPolicy#REJECT_NEWEST}).
	 * @param overflowPolicy the policy
	 * @return this builder
	 */
	public EventDispatcherBuilder overflowPolicy(OverflowPolicy overflowPolicy) {
		this.overflowPolicy = Objects.requireNonNull(overflowPolicy, "'overflowPolicy' must not be null");
		return this;
	}

	/**
	 * Sets how long a caller waits for room with {@link OverflowPolicy#BLOCK} (default 1
	 * second).
	 * @param blockTimeout the longest wait, positive and at most one day
	 * @return this builder
	 */
	public EventDispatcherBuilder blockTimeout(Duration blockTimeout) {
		this.blockTimeout = Objects.requireNonNull(blockTimeout, "'blockTimeout' must not be null");
		return this;
	}

	/**
	 * Sets how many requests may be in flight at once (default 4).
	 * @param maxRequestsInFlight the number of requests
	 * @return this builder
	 */
	public EventDispatcherBuilder maxRequestsInFlight(int maxRequestsInFlight) {
		this.maxRequestsInFlight = maxRequestsInFlight;
		return this;
	}

	/**
	 * Caps the batches sent per second, after merging; 0, the default, for no cap. A cap
	 * is at least {@link #MIN_BATCHES_PER_SECOND one batch a day}.
	 * @param maxBatchesPerSecond the cap
	 * @return this builder
	 */
	public EventDispatcherBuilder maxBatchesPerSecond(double maxBatchesPerSecond) {
		this.maxBatchesPerSecond = maxBatchesPerSecond;
		return this;
	}

	/**
	 * Sets the share of mParticle's rate limit, as reported in
	 * {@code X-mp-rate-limit-percentage-used}, above which the dispatcher slows down
	 * (default 80): one request at a time, spaced more widely as the share nears 100.
	 * @param slowDownAt the percentage, 1 to 100
	 * @return this builder
	 */
	public EventDispatcherBuilder slowDownAt(int slowDownAt) {
		this.slowDownAt = slowDownAt;
		return this;
	}

	/**
	 * Sets how long {@link EventDispatcher#close()} tries to deliver what is queued
	 * (default 25 seconds).
	 * @param shutdownTimeout the timeout, at most one day
	 * @return this builder
	 */
	public EventDispatcherBuilder shutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "'shutdownTimeout' must not be null");
		return this;
	}

	/**
	 * Sets the handler of batches that could not be delivered (default
	 * {@link DispatchFailureHandler#logging()}).
	 * @param failureHandler the handler
	 * @return this builder
	 */
	public EventDispatcherBuilder failureHandler(DispatchFailureHandler failureHandler) {
		this.failureHandler = Objects.requireNonNull(failureHandler, "'failureHandler' must not be null");
		return this;
	}

	/**
	 * Sets the listener that observes the dispatcher, for metrics, replacing any set or
	 * added before, such as the one that the auto-configuration adds for Micrometer.
	 * @param listener the listener
	 * @return this builder
	 * @see #addListener(EventDispatcherListener)
	 */
	public EventDispatcherBuilder listener(EventDispatcherListener listener) {
		this.listener = Objects.requireNonNull(listener, "'listener' must not be null");
		return this;
	}

	/**
	 * Adds a listener that observes the dispatcher, called after those set or added
	 * before.
	 * @param listener the listener
	 * @return this builder
	 */
	public EventDispatcherBuilder addListener(EventDispatcherListener listener) {
		Objects.requireNonNull(listener, "'listener' must not be null");
		this.listener = (this.listener == EventDispatcherListener.NONE) ? listener
				: new CompositeEventDispatcherListener(this.listener, listener);
		return this;
	}

	/**
	 * Takes the time for flushes, pauses and the shutdown timeout from the given
	 * scheduler, and runs the dispatcher's work on it; by default the client's scheduler.
	 * @param scheduler the scheduler
	 * @return this builder
	 */
	public EventDispatcherBuilder scheduler(Scheduler scheduler) {
		this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
		return this;
	}

	/**
	 * Sets the executor that completes the handles returned by
	 * {@link EventDispatcher#enqueue} and calls the failure handler for batches that
	 * failed after they were enqueued, so that the callbacks that an application chains
	 * to a handle never run on the threads that do the HTTP. By default the executor that
	 * {@link CompletableFuture#defaultExecutor()} gives, the common
	 * {@link java.util.concurrent.ForkJoinPool} (or, where it has no parallelism, threads
	 * that are reused, and added while all are busy). Set one of the application's own
	 * executors for callbacks that block, such as ones that write to a database.
	 * @param handleExecutor the executor
	 * @return this builder
	 */
	public EventDispatcherBuilder handleExecutor(Executor handleExecutor) {
		this.handleExecutor = Objects.requireNonNull(handleExecutor, "'handleExecutor' must not be null");
		return this;
	}

	/**
	 * Sets what happens when mParticle rejects the credentials ({@code 401} or
	 * {@code 403}) or a request fails because of the settings, such as an untrusted TLS
	 * certificate (default {@link RejectedCredentialsPolicy#PAUSE}: keep the batches and
	 * try again with backoff).
	 * @param rejectedCredentials the policy
	 * @return this builder
	 */
	public EventDispatcherBuilder rejectedCredentials(RejectedCredentialsPolicy rejectedCredentials) {
		this.rejectedCredentials = Objects.requireNonNull(rejectedCredentials,
				"'rejectedCredentials' must not be null");
		return this;
	}

	/**
	 * Sets the longest pause between tries while the credentials are rejected, with
	 * {@link RejectedCredentialsPolicy#PAUSE} (default 5 minutes). The pause starts at 5
	 * seconds, or at this maximum if it is shorter, and doubles with each failure.
	 * @param maxCredentialsBackoff the longest pause
	 * @return this builder
	 */
	public EventDispatcherBuilder maxCredentialsBackoff(Duration maxCredentialsBackoff) {
		this.maxCredentialsBackoff = Objects.requireNonNull(maxCredentialsBackoff,
				"'maxCredentialsBackoff' must not be null");
		return this;
	}

	/**
	 * Sends the dispatcher's requests through the given transport instead of the client's
	 * own connections: for an HTTP client of the application's, or to record requests in
	 * tests. The client still gives the default environment and, unless
	 * {@link #scheduler(Scheduler)} is set, the scheduler. See {@link DispatchTransport}
	 * for what a transport must do.
	 * @param transport the transport
	 * @return this builder
	 */
	public EventDispatcherBuilder transport(DispatchTransport transport) {
		this.transport = Objects.requireNonNull(transport, "'transport' must not be null");
		return this;
	}

	/**
	 * Keeps the dispatcher's batches in the given store instead of memory, such as one
	 * backed by the application's database. The store bounds what it holds and applies
	 * its own overflow policy: {@link #maxQueuedBatches(int)},
	 * {@link #maxQueuedBytes(long)}, {@link #overflowPolicy(OverflowPolicy)} and
	 * {@link #blockTimeout(Duration)} then belong to the store and are not used by the
	 * dispatcher. See {@link BatchStore} for what a store must guarantee.
	 * @param store the store, opened by the dispatcher
	 * @return this builder
	 */
	public EventDispatcherBuilder store(BatchStore store) {
		this.store = Objects.requireNonNull(store, "'store' must not be null");
		return this;
	}

	/**
	 * Builds the dispatcher. It starts no thread of its own: its work runs on the
	 * scheduler, and only while there is work.
	 * @return the dispatcher
	 * @throws InvalidEventsApiSettingException if a setting cannot be used, naming it
	 */
	public EventDispatcher build() {
		SettingChecks.positive("flushInterval", this.flushInterval);
		atLeast("maxQueuedBatches", this.maxQueuedBatches, 1);
		atLeast("maxQueuedBytes", this.maxQueuedBytes, BatchValidator.MAX_BATCH_SIZE);
		SettingChecks.positive("blockTimeout", this.blockTimeout);
		atLeast("maxRequestsInFlight", this.maxRequestsInFlight, 1);
		if (!(this.maxBatchesPerSecond >= 0) || Double.isInfinite(this.maxBatchesPerSecond)
				|| (this.maxBatchesPerSecond > 0 && this.maxBatchesPerSecond < MIN_BATCHES_PER_SECOND)) {
			throw new InvalidEventsApiSettingException("maxBatchesPerSecond", this.maxBatchesPerSecond,
					"must be 0 (no cap) or at least one batch a day (" + MIN_BATCHES_PER_SECOND + "), was "
							+ this.maxBatchesPerSecond);
		}
		if (this.slowDownAt < 1 || this.slowDownAt > 100) {
			throw new InvalidEventsApiSettingException("slowDownAt", this.slowDownAt,
					"must be a percentage from 1 to 100, was " + this.slowDownAt);
		}
		SettingChecks.notNegative("shutdownTimeout", this.shutdownTimeout);
		SettingChecks.positive("maxCredentialsBackoff", this.maxCredentialsBackoff);
		DispatcherSettings settings = new DispatcherSettings(this.name, this.flushInterval, this.maxQueuedBatches,
				this.maxQueuedBytes, this.overflowPolicy, this.blockTimeout, this.maxRequestsInFlight,
				this.maxBatchesPerSecond, this.slowDownAt, this.shutdownTimeout, this.failureHandler, this.listener,
				this.scheduler, (this.handleExecutor != null) ? this.handleExecutor : HandleThreads.defaultExecutor(),
				this.rejectedCredentials, this.maxCredentialsBackoff);
		if (this.eventsApi instanceof DispatchSender own) {
			return new DefaultEventDispatcher(settings,
					(this.transport != null) ? this.transport : new ClientDispatchTransport(own), this.store,
					own.scheduler(), own.defaultEnvironment(), own.maxRetryAfter());
		}
		return new DefaultEventDispatcher(settings,
				(this.transport != null) ? this.transport : new EventsApiDispatchTransport(this.eventsApi), this.store,
				Schedulers.parallel(), this.eventsApi.defaultEnvironment(), DEFAULT_MAX_RETRY_AFTER);
	}

	private static void atLeast(String name, long value, long min) {
		if (value < min) {
			throw new InvalidEventsApiSettingException(name, value, "must be at least " + min + ", was " + value);
		}
	}

}

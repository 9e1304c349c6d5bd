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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleAuthenticationException;
import io.github.mparticle4j.client.MParticleBadRequestException;
import io.github.mparticle4j.client.MParticleException;
import io.github.mparticle4j.client.MParticleRateLimitException;
import io.github.mparticle4j.client.MParticleServerException;
import io.github.mparticle4j.client.MParticleTransportException;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.DispatchSender;
import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.client.internal.TlsFailures;
import io.github.mparticle4j.dispatcher.DispatchFailure.FailedBatch;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.model.Batch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@link EventDispatcher} implementation. Callers validate, serialize and queue their
 * batches themselves; everything else runs on one worker of the scheduler, woken only
 * when there is something to do: when the first batch arrives, when enough is waiting to
 * fill a request, when the oldest batch is due, when a pause ends and when a request
 * finishes. The outcome of a request reaches the worker as a message, published from the
 * transport's threads: the worker settles its batches, and the handles complete, and the
 * failure handler runs, on the handle executor.
 * <p>
 * State and its guards: the queue, which callers fill, guards itself with its lock; the
 * requests in flight and their outcomes, the pacer, the timer and the rate-limit flag are
 * confined to the worker; the counts are atomics and the pause for rejected credentials a
 * volatile field, written on the worker and read by {@link #status()}; the shutdown
 * future is set under this object's lock.
 *
 * @author mparticle4j contributors
 */
final class DefaultEventDispatcher implements EventDispatcher {

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	private static final long NO_TIMER = Long.MIN_VALUE;

	private final DispatcherSettings settings;

	private final DispatchSender sender;

	private final BatchEncoder encoder;

	private final DispatchQueue queue;

	private final SendPacer pacer;

	private final Scheduler scheduler;

	private final Scheduler.Worker worker;

	private final Scheduler onWorker;

	private final DropLog dropLog;

	private final Executor handleExecutor;

	private final long flushInterval;

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	private final AtomicInteger inFlight = new AtomicInteger();

	// only touched on the worker
	private final Set<DispatchRequest> requests = new HashSet<>();

	private final AtomicLong enqueued = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong delivered = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicLong sentBatches = new AtomicLong();

	private final AtomicLong flushUpTo = new AtomicLong();

	private volatile boolean shuttingDown;

	private volatile boolean stopped;

	private @Nullable CompletableFuture<Void> shutdown;

	// only touched on the worker
	private long timerAt = NO_TIMER;

	private boolean rateLimited;

	// written on the worker
	private volatile @Nullable String pauseReason;

	private long pausedSince;

	DefaultEventDispatcher(DispatcherSettings settings, DispatchSender sender) {
		this.settings = settings;
		this.sender = sender;
		this.encoder = new BatchEncoder(sender.defaultEnvironment());
		this.queue = new DispatchQueue(settings.maxQueuedBatches(), settings.maxQueuedBytes());
		this.pacer = new SendPacer(settings.maxRequestsInFlight(), settings.maxBatchesPerSecond(),
				settings.slowDownAt(), settings.maxCredentialsBackoff().toNanos());
		this.scheduler = (settings.scheduler() != null) ? settings.scheduler() : sender.scheduler();
		this.worker = this.scheduler.createWorker();
		this.onWorker = Schedulers.fromExecutor(this.worker::schedule);
		this.dropLog = new DropLog(settings.name(), this.scheduler);
		this.flushInterval = settings.flushInterval().toNanos();
		this.handleExecutor = settings.handleExecutor();
	}

	@Override
	public CompletableFuture<Delivery> enqueue(Batch batch) {
		Objects.requireNonNull(batch, "'batch' must not be null");
		PendingBatch pending;
		try {
			pending = this.encoder.encode(batch, now());
		}
		catch (MParticleValidationException ex) {
			return invalid(batch, ex);
		}
		catch (RuntimeException ex) {
			// text that JSON cannot carry, such as a lone surrogate
			return invalid(batch,
					new MParticleValidationException(List.of(new MParticleValidationException.Violation("batch",
							"could not be serialized as JSON: " + ex.getMessage()))));
		}
		List<PendingBatch> evicted = (this.settings.overflowPolicy() == OverflowPolicy.DROP_OLDEST) ? new ArrayList<>(1)
				: Collections.emptyList();
		DispatchQueue.Offer offer = this.queue.offer(pending, this.settings.overflowPolicy(),
				this.settings.blockTimeout(), evicted);
		if (!evicted.isEmpty()) {
			drop(evicted, Reason.OVERFLOW, "the queue of dispatcher '" + this.settings.name()
					+ "' was full and the batch, the oldest waiting, was dropped to make room", false);
		}
		if (!offer.added()) {
			boolean closed = offer == DispatchQueue.Offer.CLOSED;
			drop(List.of(pending), closed ? Reason.SHUTDOWN : Reason.QUEUE_FULL,
					closed ? "dispatcher '" + this.settings.name() + "' is shutting down"
							: "the queue of dispatcher '" + this.settings.name() + "' is full ("
									+ this.settings.maxQueuedBatches() + " batches or " + this.settings.maxQueuedBytes()
									+ " bytes)",
					true);
			return pending.handle;
		}
		this.enqueued.incrementAndGet();
		this.settings.listener().enqueued(pending.size);
		if (offer != DispatchQueue.Offer.ADDED) {
			signal();
		}
		return pending.handle;
	}

	@Override
	public CompletableFuture<Void> flush() {
		CompletableFuture<Void> flushed = new CompletableFuture<>();
		if (!schedule(() -> collectFor(flushed))) {
			flushed.complete(null);
		}
		return flushed;
	}

	// On the worker, where no batch is between the queue and a request
	private void collectFor(CompletableFuture<Void> flushed) {
		List<PendingBatch> batches = new ArrayList<>();
		// requests first: one that finishes meanwhile has put back what it sends again
		// before it leaves, and leaves only once its batches are settled
		this.requests.forEach((request) -> request.addHandles(batches));
		long upTo = this.queue.waitingHandles(batches);
		this.flushUpTo.accumulateAndGet(upTo, Math::max);
		CompletableFuture<?>[] settled = batches.stream()
			.map((batch) -> batch.handle.handle((delivery, failure) -> null))
			.toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(settled).whenComplete((ignored, failure) -> flushed.complete(null));
		drain();
	}

	@Override
	public DispatcherStatus status() {
		DispatchQueue.State state = this.queue.state();
		return new DispatcherStatus(state.batches(), state.bytes(), this.inFlight.get(), state.oldestAge(now()),
				this.enqueued.get(), this.refused.get(), this.delivered.get(), this.failed.get(), this.dropped.get(),
				this.sentBatches.get(), state.accepting(), this.pauseReason);
	}

	@Override
	public CompletableFuture<Void> shutdown(Duration timeout) {
		Objects.requireNonNull(timeout, "'timeout' must not be null");
		SettingChecks.notNegative("timeout", timeout);
		CompletableFuture<Void> done;
		synchronized (this) {
			if (this.shutdown != null) {
				return this.shutdown.copy();
			}
			done = new CompletableFuture<>();
			this.shutdown = done;
		}
		this.queue.close();
		this.shuttingDown = true;
		long nanos = Math.max(0, timeout.toNanos());
		int queued = status().queuedBatches();
		if (queued > 0 && logger.isInfoEnabled()) {
			logger.info("Dispatcher '" + this.settings.name() + "' shutting down: waiting up to "
					+ Durations.format(timeout) + " to deliver " + queued + ((queued != 1) ? " batches" : " batch")
					+ "; what is left then goes to the failure handler");
		}
		try {
			this.worker.schedule(this::stopNow, nanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			stopNow();
		}
		flush().whenComplete((ignored, failure) -> {
			this.stopped = true;
			this.dropLog.report();
			this.worker.dispose();
			done.complete(null);
		});
		return done.copy();
	}

	@Override
	public void close() {
		shutdown(this.settings.shutdownTimeout()).join();
	}

	// The shutdown timeout passed: whatever is left is not delivered
	private void stopNow() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		List<BatchGroup> waiting = this.queue.removeWaiting();
		if (!waiting.isEmpty()) {
			fail(waiting, Reason.SHUTDOWN,
					"dispatcher '" + this.settings.name() + "' shut down before the batch could be sent", null, 0,
					false, false);
		}
		this.requests.forEach(DispatchRequest::cancel);
	}

	private void signal() {
		if (this.drainScheduled.compareAndSet(false, true) && !schedule(this::drain)) {
			this.drainScheduled.set(false);
		}
	}

	private boolean schedule(Runnable task) {
		try {
			this.worker.schedule(task);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/**
	 * Starts as many requests as may be started now, or arranges to be woken when one
	 * may. Runs on the worker only.
	 */
	private void drain() {
		this.drainScheduled.set(false);
		while (!this.stopped && this.inFlight.get() < this.pacer.maxRequestsInFlight()) {
			DispatchQueue.State state = this.queue.state();
			if (state.waitingBatches() == 0) {
				return;
			}
			long now = now();
			Duration rateLimitWait = this.sender.rateLimitWait();
			if (!rateLimitWait.isZero() && !this.rateLimited) {
				this.settings.listener().rateLimitWait(rateLimitWait);
			}
			this.rateLimited = !rateLimitWait.isZero();
			long wait = Math.max(rateLimitWait.toNanos(), this.pacer.waitBeforeNext(now));
			if (wait > 0) {
				wakeUpAt(now + wait);
				return;
			}
			long due = state.oldestEnqueuedAt() + this.flushInterval;
			if (!this.shuttingDown && !state.fillsRequest() && state.oldestSequence() > this.flushUpTo.get()
					&& due - now > 0) {
				wakeUpAt(due);
				return;
			}
			int wanted = Math.min(Math.min(state.waitingGroups(), EventsApi.MAX_BATCHES_PER_REQUEST),
					this.pacer.maxBatchesPerRequest());
			long capWait = this.pacer.waitBeforeNext(now, wanted);
			if (capWait > 0) {
				wakeUpAt(now + capWait);
				return;
			}
			List<BatchGroup> groups = this.queue.take(wanted);
			if (groups.isEmpty()) {
				// every waiting user has a request in flight; its end wakes the worker
				return;
			}
			this.pacer.started(now, groups.size());
			start(groups, now);
		}
	}

	private void wakeUpAt(long at) {
		if (this.timerAt != NO_TIMER && this.timerAt - at <= 0) {
			return;
		}
		this.timerAt = at;
		long delay = Math.max(0, at - now());
		try {
			this.worker.schedule(() -> {
				if (this.timerAt == at) {
					this.timerAt = NO_TIMER;
				}
				drain();
			}, delay, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.timerAt = NO_TIMER;
		}
	}

	private void start(List<BatchGroup> groups, long now) {
		DispatchRequest request = new DispatchRequest(groups, now);
		this.inFlight.incrementAndGet();
		this.requests.add(request);
		request.subscription(send(groups, request).doFinally((signal) -> finish(request, signal)).subscribe());
	}

	private Mono<Void> send(List<BatchGroup> groups, DispatchRequest request) {
		return Mono.defer(() -> {
			List<String> ids = new ArrayList<>(groups.size());
			groups.forEach((group) -> ids.add(group.sourceRequestId()));
			return this.sender.sendBulk(BatchGroup.writeRequest(groups), ids);
		})
			// the outcome is a message to the worker, which owns the requests
			.publishOn(this.onWorker)
			.doOnNext((result) -> request.accepted(groups, result))
			.then()
			.onErrorResume((failure) -> failed(groups, request, failure));
	}

	private Mono<Void> failed(List<BatchGroup> groups, DispatchRequest request, Throwable failure) {
		int attempts = (failure instanceof MParticleException ex) ? ex.getAttempts() : 1;
		if (failure instanceof MParticleBadRequestException && !this.stopped) {
			List<List<BatchGroup>> halves = halves(groups);
			if (halves != null && request.tryBisect()) {
				this.settings.listener().requestFailed(attempts);
				return send(halves.get(0), request).then(Mono.defer(() -> send(halves.get(1), request)));
			}
		}
		if (this.stopped) {
			request.failed(groups, Reason.SHUTDOWN, failure);
			return Mono.empty();
		}
		Verdict verdict = judge(failure);
		if (verdict.reason() == null) {
			request.resend(groups, (MParticleException) failure, verdict.pause());
		}
		else {
			request.failed(groups, verdict.reason(), failure);
		}
		return Mono.empty();
	}

	private static @Nullable List<List<BatchGroup>> halves(List<BatchGroup> groups) {
		if (groups.size() > 1) {
			int half = groups.size() / 2;
			return List.of(groups.subList(0, half), groups.subList(half, groups.size()));
		}
		BatchGroup group = groups.get(0);
		if (group.batches.size() > 1) {
			List<BatchGroup> split = group.split();
			return List.of(List.of(split.get(0)), List.of(split.get(1)));
		}
		return null;
	}

	private void finish(DispatchRequest request, SignalType signal) {
		if (!request.finish()) {
			return;
		}
		// the outcomes are frozen now: nothing more is recorded
		if (signal == SignalType.CANCEL) {
			List<BatchGroup> unsettled = request.unsettled();
			if (!unsettled.isEmpty()) {
				request.failed.add(new DispatchRequest.Failed(unsettled, Reason.SHUTDOWN, null));
			}
		}
		List<PendingBatch> settled = new ArrayList<>();
		request.accepted.forEach((accepted) -> accepted.groups().forEach((group) -> settled.addAll(group.batches)));
		request.failed.forEach((failed) -> failed.groups().forEach((group) -> settled.addAll(group.batches)));
		long now = now();
		MParticleException resendCause = request.resendCause;
		boolean resend = !request.resend.isEmpty() && resendCause != null;
		// paused before the batches go back: a worker that looks at the queue meanwhile
		// must not send them again at once
		boolean settingsFailure = resend && request.resendForSettings;
		long pause = !resend ? 0 : settingsFailure ? this.pacer.settingsFailed(request.startedAt, now)
				: this.pacer.failed(request.startedAt, now);
		List<BatchGroup> stranded = this.queue.settle(request.groups, settled, request.resend);
		if (!stranded.isEmpty()) {
			// the shutdown timeout passed while the request was failing
			request.failed.add(new DispatchRequest.Failed(stranded, Reason.SHUTDOWN, request.resendCause));
		}
		this.inFlight.decrementAndGet();
		for (DispatchRequest.Accepted accepted : request.accepted) {
			deliver(accepted, now);
		}
		for (DispatchRequest.Failed failed : request.failed) {
			int attempts = (failed.cause() instanceof MParticleException ex) ? ex.getAttempts() : 0;
			String message = (failed.reason() == Reason.SHUTDOWN)
					? "dispatcher '" + this.settings.name() + "' shut down before the batch was delivered"
					: "mParticle did not accept the batch: "
							+ ((failed.cause() != null) ? failed.cause().getMessage() : failed.reason().tagValue());
			fail(failed.groups(), failed.reason(), message, failed.cause(), attempts, false, false);
		}
		if (resend && stranded.isEmpty()) {
			this.settings.listener().requestFailed(resendCause.getAttempts());
			if (settingsFailure) {
				paused(resendCause, pause, request.resend);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug("Dispatcher '" + this.settings.name() + "': " + resendCause.getMessage() + "; sending its "
						+ request.resend.size() + " batches again in "
						+ Durations.format(Duration.ofNanos(pause).truncatedTo(ChronoUnit.MILLIS)));
			}
		}
		// only now, so that a flush or the shutdown that looks meanwhile waits for them
		this.requests.remove(request);
		signal();
	}

	private void deliver(DispatchRequest.Accepted accepted, long now) {
		if (this.pauseReason != null) {
			resumed(now);
		}
		UploadResult result = accepted.result();
		this.pacer.accepted(result.rateLimitPercentageUsed());
		this.sentBatches.addAndGet(accepted.groups().size());
		this.settings.listener().requestAccepted(accepted.groups().size(), result.requestSize(), result.attempts() - 1);
		for (BatchGroup group : accepted.groups()) {
			for (PendingBatch batch : group.batches) {
				this.delivered.incrementAndGet();
				this.settings.listener().delivered(Duration.ofNanos(Math.max(0, now - batch.enqueuedAt)));
			}
		}
		completeHandles(() -> {
			for (BatchGroup group : accepted.groups()) {
				Delivery delivery = new Delivery(group.sourceRequestId(), group.batches.size(), result);
				for (PendingBatch batch : group.batches) {
					batch.handle.complete(delivery);
				}
			}
		});
	}

	/**
	 * Fails the batches of the given groups.
	 * @param groups the groups
	 * @param reason why
	 * @param message what happened
	 * @param cause the failure, or {@code null}
	 * @param attempts the attempts made
	 * @param onCaller whether this runs on the thread of the caller of {@link #enqueue},
	 * which calls the failure handler and completes the handles itself; otherwise the
	 * {@link DispatcherSettings#handleExecutor() handle executor} does
	 * @param refusal whether {@link #enqueue} refused the batches, which were therefore
	 * never enqueued
	 */
	private void fail(List<BatchGroup> groups, Reason reason, String message, @Nullable Throwable cause, int attempts,
			boolean onCaller, boolean refusal) {
		int count = 0;
		List<FailedBatch> failedBatches = new ArrayList<>(groups.size());
		for (BatchGroup group : groups) {
			failedBatches.add(new FailedBatch(group.sourceRequestId(), group.toJson()));
			count += group.batches.size();
		}
		DispatchFailure failure = new DispatchFailure(this.settings.name(), reason, message, failedBatches, cause);
		count(reason, count, refusal, failedBatches);
		// handed over before the handles complete: whoever waits for a handle, a flush or
		// the shutdown finds the batch with the failure handler
		Runnable settle = () -> {
			handOver(failure);
			for (BatchGroup group : groups) {
				String id = group.sourceRequestId();
				for (PendingBatch batch : group.batches) {
					batch.handle.completeExceptionally(new DeliveryFailedException(
							"Batch " + id + " was not delivered: " + message, reason, id, attempts, cause));
				}
			}
		};
		if (onCaller) {
			settle.run();
		}
		else {
			completeHandles(settle);
		}
	}

	private void completeHandles(Runnable completion) {
		try {
			this.handleExecutor.execute(completion);
		}
		catch (RejectedExecutionException ex) {
			completion.run();
		}
	}

	private void drop(List<PendingBatch> batches, Reason reason, String message, boolean refusal) {
		List<BatchGroup> groups = new ArrayList<>(batches.size());
		for (PendingBatch batch : batches) {
			groups.add(new BatchGroup(batch));
		}
		fail(groups, reason, message, null, 0, true, refusal);
	}

	private CompletableFuture<Delivery> invalid(Batch batch, MParticleValidationException ex) {
		String id = (batch.getSourceRequestId() != null) ? batch.getSourceRequestId() : UUID.randomUUID().toString();
		String message = ex.getMessage();
		count(Reason.INVALID, 1, true, List.of());
		handOver(new DispatchFailure(this.settings.name(), Reason.INVALID, message,
				List.of(new FailedBatch(id, this.encoder.toBytes(batch))), ex));
		return CompletableFuture.failedFuture(new DeliveryFailedException(
				"Batch " + id + " was not enqueued: " + message, Reason.INVALID, id, 0, ex));
	}

	private void count(Reason reason, int batches, boolean refusal, List<FailedBatch> failedBatches) {
		if (reason.isDrop()) {
			List<String> ids = new ArrayList<>(Math.min(failedBatches.size(), DropLog.IDS_PER_REASON));
			for (int i = 0; i < failedBatches.size() && i < DropLog.IDS_PER_REASON; i++) {
				ids.add(failedBatches.get(i).sourceRequestId());
			}
			this.dropLog.record(reason, batches, ids);
		}
		if (refusal) {
			this.refused.addAndGet(batches);
		}
		else if (reason.isDrop()) {
			this.dropped.addAndGet(batches);
		}
		else {
			this.failed.addAndGet(batches);
		}
		this.settings.listener().failed(reason, batches);
	}

	private void handOver(DispatchFailure failure) {
		try {
			this.settings.failureHandler().handle(failure);
		}
		catch (RuntimeException ex) {
			logger.warn("Dispatcher '" + this.settings.name() + "': the failure handler failed", ex);
		}
	}

	// the first failure of a pause warns once; the pause ends with the next delivery
	private void paused(MParticleException cause, long pause, List<BatchGroup> kept) {
		String retry = Durations.format(Duration.ofNanos(pause).truncatedTo(ChronoUnit.MILLIS));
		if (this.pauseReason != null) {
			if (logger.isDebugEnabled()) {
				logger.debug("Dispatcher '" + this.settings.name() + "' still paused (" + this.pauseReason
						+ "); trying again in " + retry);
			}
			return;
		}
		String reason = describeSettingsFailure(cause);
		this.pauseReason = reason;
		this.pausedSince = now();
		if (logger.isWarnEnabled()) {
			int batches = kept.stream().mapToInt((group) -> group.batches.size()).sum();
			logger.warn("Dispatcher '" + this.settings.name() + "' paused: " + reason + ". It keeps its batches ("
					+ batches + " in the failed request, " + status().queuedBatches()
					+ " queued in all, within the queue's bounds) and tries again in " + retry
					+ ", then with backoff up to " + Durations.format(this.settings.maxCredentialsBackoff())
					+ ". Fix the credentials or settings of input '" + this.settings.name()
					+ "'; further failures are logged at DEBUG.");
		}
	}

	private void resumed(long now) {
		String reason = this.pauseReason;
		if (reason == null) {
			return;
		}
		this.pauseReason = null;
		if (logger.isInfoEnabled()) {
			logger.info("Dispatcher '" + this.settings.name() + "' resumed: mParticle accepted a request again after "
					+ Durations
						.format(Duration.ofNanos(Math.max(0, now - this.pausedSince)).truncatedTo(ChronoUnit.SECONDS))
					+ " paused (" + reason + ")");
		}
	}

	private static String describeSettingsFailure(MParticleException cause) {
		if (cause instanceof MParticleAuthenticationException rejected) {
			return "mParticle rejected the credentials (" + rejected.getStatusCode() + ")";
		}
		Throwable tls = TlsFailures.settingsFailure(cause);
		return "the TLS connection to mParticle failed"
				+ ((tls != null && tls.getMessage() != null) ? " (" + tls.getMessage() + ")" : "");
	}

	// 401 and 403, and TLS failures that the settings cause: sending again will not help
	// until someone fixes them
	private static boolean isSettingsFailure(Throwable failure) {
		return failure instanceof MParticleAuthenticationException
				|| (failure instanceof MParticleTransportException && TlsFailures.settingsFailure(failure) != null);
	}

	/**
	 * Decides, in this one place, what becomes of the batches of a request that failed
	 * once the client has made its attempts: sent again after the usual pause (a
	 * {@code 429}, a {@code 5xx}, a connection failure or a timeout), sent again after a
	 * pause for the settings (rejected credentials, an untrusted TLS certificate) unless
	 * they should fail at once, or failed for good with a reason.
	 * @param failure the failure
	 * @return the verdict
	 */
	private Verdict judge(Throwable failure) {
		if (isSettingsFailure(failure)) {
			if (this.settings.rejectedCredentials() == RejectedCredentialsPolicy.PAUSE) {
				return new Verdict(null, true);
			}
			return new Verdict(
					(failure instanceof MParticleAuthenticationException) ? Reason.UNAUTHORIZED : Reason.REJECTED,
					false);
		}
		if (failure instanceof MParticleRateLimitException || failure instanceof MParticleServerException
				|| failure instanceof MParticleTransportException) {
			return new Verdict(null, false);
		}
		if (failure instanceof MParticleBadRequestException) {
			return new Verdict(Reason.BAD_REQUEST, false);
		}
		return new Verdict(Reason.REJECTED, false);
	}

	private long now() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	/**
	 * What becomes of the batches of a failed request.
	 *
	 * @param reason why they fail for good, or {@code null} to send them again
	 * @param pause whether sending them again waits for the settings to be fixed
	 */
	private record Verdict(@Nullable Reason reason, boolean pause) {

	}

}

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import java.util.concurrent.atomic.LongAdder;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleAuthenticationException;
import io.github.mparticle4j.client.MParticleBadRequestException;
import io.github.mparticle4j.client.MParticleException;
import io.github.mparticle4j.client.MParticleRateLimitException;
import io.github.mparticle4j.client.MParticleResponseException;
import io.github.mparticle4j.client.MParticleServerException;
import io.github.mparticle4j.client.MParticleTransportException;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.client.internal.ResponseBodies;
import io.github.mparticle4j.client.internal.StatusLines;
import io.github.mparticle4j.client.internal.TlsFailures;
import io.github.mparticle4j.client.internal.Verdict;
import io.github.mparticle4j.dispatcher.DispatchFailure.FailedBatch;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.model.Batch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The {@link EventDispatcher} implementation: one owner, a store beneath it, and a
 * transport beside it.
 * <h2>Threads</h2> Callers of {@link #enqueue} validate and serialize their batch, give
 * it its id, register its handle and append it to the {@link BatchStore}; that is all
 * they do. Everything else happens on one {@link Scheduler.Worker worker} of the
 * scheduler, which runs one task at a time: claiming batches from the store, merging and
 * packing them, pacing, sending through the {@link DispatchTransport}, and settling what
 * came of each request. The transport's outcomes, {@link #flush()}, {@link #shutdown} and
 * the timers reach the worker as tasks scheduled on it, so none of them touches the state
 * below from another thread. Handles complete, and the failure handler runs, on the
 * handle executor, never on the worker or the transport's threads (but for batches that
 * {@link #enqueue} refuses, on the caller).
 * <h2>State and its guards</h2>
 * <ul>
 * <li>Confined to the worker, unguarded: the requests in flight, the bisected requests
 * waiting, the groups packed but not sent, the pacer, the timer, the flushes in progress
 * and the pause.</li>
 * <li>Written by the worker only, read by {@link #status()} from any thread: volatile
 * fields (the settled counts, the requests in flight, the pause reason, the last
 * backlog).</li>
 * <li>Written by callers: the accepted and refused counts ({@link LongAdder}s), the
 * handles (a concurrent map), the counts of batches the worker has not seen and the
 * signal that wakes it (atomics, which the worker resets when it drains).</li>
 * <li>The shutdown future, under this object's lock; the closing flag, volatile.</li>
 * </ul>
 * <h2>Retries</h2> The transport makes one attempt; this class decides what follows, from
 * the {@link Verdict} on the outcome: delivered; sent again with the same ids after
 * {@code Retry-After} (capped) or the pacer's backoff ({@code 429}, {@code 5xx},
 * transport failures); paused, or failed, under the {@link RejectedCredentialsPolicy}
 * ({@code 401}, {@code 403}, TLS settings); bisected and then failed ({@code 400});
 * failed (other statuses). Every request, bisected and sent again ones included, counts
 * against the cap on batches per second.
 *
 * @author mparticle4j contributors
 */
final class DefaultEventDispatcher implements EventDispatcher {

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	private static final long NO_TIMER = Long.MIN_VALUE;

	/**
	 * The most requests that bisecting one request may add.
	 */
	static final int BISECTION_BUDGET = 32;

	/**
	 * How many batches a claim may take for each group that the request being packed may
	 * still carry: batches of one user merge only when they are claimed together.
	 */
	private static final int CLAIM_BATCHES_PER_GROUP = 16;

	/**
	 * How many requests' worth of bytes, before merging, one claim may take.
	 */
	static final int CLAIM_REQUESTS = 4;

	private final DispatcherSettings settings;

	private final DispatchTransport transport;

	private final @Nullable ClientDispatchTransport client;

	private final BatchStore store;

	private final @Nullable MemoryBatchStore memoryStore;

	private final BatchEncoder encoder;

	private final SourceRequestIds ids = new SourceRequestIds();

	private final SendPacer pacer;

	private final Scheduler scheduler;

	private final Scheduler.Worker worker;

	private final DropLog dropLog;

	private final Executor handleExecutor;

	private final long flushInterval;

	private final long maxRetryAfter;

	private final Handles handles = new Handles();

	// written by callers

	private final LongAdder accepted = new LongAdder();

	private final LongAdder refused = new LongAdder();

	private final AtomicBoolean drainScheduled = new AtomicBoolean();

	private final AtomicInteger unseenBatches = new AtomicInteger();

	private final AtomicLong unseenBytes = new AtomicLong();

	private volatile boolean closing;

	private @Nullable CompletableFuture<Void> shutdown;

	// written by the worker only

	private volatile long delivered;

	private volatile long failed;

	private volatile long dropped;

	private volatile long sentBatches;

	private volatile int requestsInFlight;

	private volatile @Nullable String pauseReason;

	private volatile BatchStore.@Nullable Backlog lastBacklog;

	// confined to the worker

	private final List<InFlight> inFlight = new ArrayList<>();

	private final ArrayDeque<Bisected> bisected = new ArrayDeque<>();

	private final ArrayDeque<OutgoingGroup> packed = new ArrayDeque<>();

	// scratch space of pack: the users in the request or in flight, and their open groups
	private final LongIntMap packingUsers = new LongIntMap();

	private final LongIntMap openGroups = new LongIntMap();

	// whether the groups packed first are a request held back for the next to end: they
	// go then, without waiting for the flush interval
	private boolean holdingBack;

	private long timerAt = NO_TIMER;

	private boolean rateLimited;

	private long pausedSince;

	private final List<CompletableFuture<Void>> flushes = new ArrayList<>();

	private boolean stopped;

	/**
	 * What to add to the scheduler's time to get nanoseconds since the epoch: the times a
	 * store keeps are times of the day, which other processes compare with theirs.
	 */
	private final long epochOffset;

	DefaultEventDispatcher(DispatcherSettings settings, DispatchTransport transport, @Nullable BatchStore store,
			Scheduler scheduler, Batch.@Nullable Environment defaultEnvironment, Duration maxRetryAfter) {
		this.settings = settings;
		this.transport = transport;
		this.client = (transport instanceof ClientDispatchTransport own) ? own : null;
		this.scheduler = (settings.scheduler() != null) ? settings.scheduler() : scheduler;
		this.memoryStore = (store != null) ? null : new MemoryBatchStore(settings.maxQueuedBatches(),
				settings.maxQueuedBytes(), settings.overflowPolicy(), settings.blockTimeout(), this.scheduler);
		this.store = (store != null) ? store : Objects.requireNonNull(this.memoryStore);
		this.encoder = new BatchEncoder(defaultEnvironment);
		this.pacer = new SendPacer(settings.maxRequestsInFlight(), settings.maxBatchesPerSecond(),
				settings.slowDownAt(), settings.maxCredentialsBackoff().toNanos());
		this.worker = this.scheduler.createWorker();
		Instant started = Instant.now();
		this.epochOffset = started.getEpochSecond() * 1_000_000_000L + started.getNano() - now();
		this.dropLog = new DropLog(settings.name(), this.scheduler);
		this.flushInterval = settings.flushInterval().toNanos();
		this.maxRetryAfter = maxRetryAfter.toNanos();
		this.handleExecutor = settings.handleExecutor();
		this.store.open(new StoreListener());
		Duration pollInterval = this.store.pollInterval();
		if (pollInterval != null) {
			// batches that other processes appended, or that a previous run left, tell no
			// listener of this one
			long nanos = pollInterval.toNanos();
			this.worker.schedulePeriodically(this::poll, 0, nanos, TimeUnit.NANOSECONDS);
		}
	}

	// on the worker, every poll interval of a store that asks for it
	private void poll() {
		if (!this.stopped) {
			completeSettledElsewhere();
			drain();
		}
	}

	// the handles of batches that another process delivered, or marked dead
	private void completeSettledElsewhere() {
		List<BatchStore.SettledElsewhere> settled;
		try {
			settled = this.store.settledElsewhere();
		}
		catch (BatchStoreException ex) {
			logger.debug("Dispatcher '" + this.settings.name() + "': " + ex.getMessage(), ex);
			return;
		}
		List<Runnable> completions = new ArrayList<>(settled.size());
		for (BatchStore.SettledElsewhere batch : settled) {
			String id = batch.sourceRequestId();
			CompletableFuture<Delivery> handle = this.handles.take(id);
			Reason reason = batch.deadReason();
			if (reason == null) {
				this.delivered++;
				if (handle != null) {
					Delivery delivery = new Delivery(id, 1, new UploadResult(202, 0, List.of(id), 0, null));
					completions.add(() -> handle.complete(delivery));
				}
			}
			else {
				if (reason.isDrop()) {
					this.dropped++;
				}
				else {
					this.failed++;
				}
				if (handle != null) {
					String message = "Batch " + id + " was not delivered: " + batch.message();
					completions.add(() -> handle
						.completeExceptionally(new DeliveryFailedException(message, reason, id, 0, null)));
				}
			}
		}
		if (!completions.isEmpty()) {
			completeHandles(() -> completions.forEach(Runnable::run));
		}
	}

	@Override
	public CompletableFuture<Delivery> enqueue(Batch batch) {
		Objects.requireNonNull(batch, "'batch' must not be null");
		StoredBatch stored;
		try {
			stored = this.encoder.encode(batch, this.ids, epochNanos(now()));
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
		CompletableFuture<Delivery> handle = new CompletableFuture<>();
		this.handles.register(stored.sourceRequestId(), handle);
		// counted before the worker may settle it
		this.accepted.increment();
		BatchStore.Append append;
		try {
			append = this.store.append(stored);
		}
		catch (BatchStoreException ex) {
			return refuse(stored, handle, Reason.STORE_FAILED,
					"the store of dispatcher '" + this.settings.name() + "' failed: " + ex.getMessage());
		}
		if (append != BatchStore.Append.APPENDED) {
			boolean closed = append == BatchStore.Append.CLOSED;
			return refuse(stored, handle, closed ? Reason.SHUTDOWN : Reason.QUEUE_FULL,
					closed ? "dispatcher '" + this.settings.name() + "' is shutting down"
							: "the queue of dispatcher '" + this.settings.name() + "' is full ("
									+ this.settings.maxQueuedBatches() + " batches or " + this.settings.maxQueuedBytes()
									+ " bytes)");
		}
		int size = stored.size();
		this.settings.listener().enqueued(size);
		int unseen = this.unseenBatches.incrementAndGet();
		long unseenSize = this.unseenBytes.addAndGet(size);
		// the worker wakes for the first batch that it is not due to look at anyway,
		// which starts the flush interval, and when a full request's worth is waiting
		if (unseen == 1 || unseen == EventsApi.MAX_BATCHES_PER_REQUEST || (unseenSize >= BatchValidator.MAX_REQUEST_SIZE
				&& unseenSize - size < BatchValidator.MAX_REQUEST_SIZE)) {
			signal();
		}
		return handle;
	}

	private CompletableFuture<Delivery> refuse(StoredBatch stored, CompletableFuture<Delivery> handle, Reason reason,
			String message) {
		this.handles.remove(stored.sourceRequestId(), handle);
		this.accepted.decrement();
		this.refused.increment();
		OutgoingGroup group = OutgoingGroup.fixed(stored);
		recordDrop(reason, 1, List.of(stored.sourceRequestId()));
		this.settings.listener().failed(reason, 1);
		handOver(new DispatchFailure(this.settings.name(), reason, message,
				List.of(new FailedBatch(stored.sourceRequestId(), group.toJson())), null));
		handle.completeExceptionally(
				new DeliveryFailedException("Batch " + stored.sourceRequestId() + " was not delivered: " + message,
						reason, stored.sourceRequestId(), 0, null));
		return handle;
	}

	private CompletableFuture<Delivery> invalid(Batch batch, MParticleValidationException ex) {
		String id = (batch.getSourceRequestId() != null) ? batch.getSourceRequestId() : UUID.randomUUID().toString();
		String message = ex.getMessage();
		this.refused.increment();
		this.settings.listener().failed(Reason.INVALID, 1);
		handOver(new DispatchFailure(this.settings.name(), Reason.INVALID, message,
				List.of(new FailedBatch(id, this.encoder.toBytes(batch))), ex));
		return CompletableFuture.failedFuture(new DeliveryFailedException(
				"Batch " + id + " was not enqueued: " + message, Reason.INVALID, id, 0, ex));
	}

	@Override
	public CompletableFuture<Void> flush() {
		CompletableFuture<Void> flushed = new CompletableFuture<>();
		CompletableFuture<?>[] pending = this.handles.snapshot()
			.stream()
			.map((handle) -> handle.handle((delivery, failure) -> null))
			.toArray(CompletableFuture[]::new);
		CompletableFuture<Void> settled = CompletableFuture.allOf(pending);
		if (!schedule(() -> startFlush(settled))) {
			flushed.complete(null);
			return flushed;
		}
		settled.whenComplete((ignored, failure) -> flushed.complete(null));
		return flushed;
	}

	// on the worker: until the batches enqueued before a flush are settled, batches do
	// not wait for the flush interval
	private void startFlush(CompletableFuture<Void> settled) {
		if (!settled.isDone()) {
			this.flushes.add(settled);
		}
		drain();
	}

	private boolean isFlushing() {
		this.flushes.removeIf(CompletableFuture::isDone);
		return !this.flushes.isEmpty();
	}

	@Override
	public DispatcherStatus status() {
		long delivered = this.delivered;
		long failed = this.failed;
		long dropped = this.dropped;
		long accepted = this.accepted.sum();
		int queued = (int) Math.max(0, accepted - delivered - failed - dropped);
		BatchStore.Backlog backlog = this.lastBacklog;
		long bytes = (backlog != null) ? backlog.bytes() : 0;
		if (this.memoryStore != null) {
			long[] held = this.memoryStore.held();
			queued = (int) held[0];
			bytes = held[1];
		}
		Instant oldest = (backlog != null) ? backlog.oldestWaitingAcceptedAt() : null;
		Duration age = (oldest != null && backlog.waitingBatches() > 0)
				? Duration.ofNanos(Math.max(0, now() - nanos(oldest))) : Duration.ZERO;
		return new DispatcherStatus(queued, bytes, this.requestsInFlight, age, accepted, this.refused.sum(), delivered,
				failed, dropped, this.sentBatches, !this.closing, this.pauseReason);
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
		this.closing = true;
		this.store.close();
		long nanos = Math.max(0, timeout.toNanos());
		int queued = status().queuedBatches();
		if (queued > 0 && logger.isInfoEnabled()) {
			logger.info("Dispatcher '" + this.settings.name() + "' shutting down: waiting up to "
					+ Durations.format(timeout) + " to deliver " + queued + ((queued != 1) ? " batches" : " batch")
					+ (this.store.isDurable() ? "; what is left then stays in the store for the next start"
							: "; what is left then goes to the failure handler"));
		}
		try {
			this.worker.schedule(this::stopNow, nanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the worker is gone: nothing can be sent any more
		}
		flush().whenComplete((ignored, failure) -> {
			if (!schedule(() -> stopped(done))) {
				done.complete(null);
			}
		});
		return done.copy();
	}

	// on the worker, once everything enqueued is settled
	private void stopped(CompletableFuture<Void> done) {
		this.stopped = true;
		this.dropLog.report();
		this.worker.dispose();
		done.complete(null);
	}

	@Override
	public void close() {
		shutdown(this.settings.shutdownTimeout()).join();
	}

	// on the worker: the shutdown timeout passed, whatever is left is not delivered
	private void stopNow() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		if (this.store.isDurable()) {
			keepForTheNextStart();
			return;
		}
		String unsent = "dispatcher '" + this.settings.name() + "' shut down before the batch could be sent";
		String undelivered = "dispatcher '" + this.settings.name() + "' shut down before the batch was delivered";
		for (InFlight request : new ArrayList<>(this.inFlight)) {
			request.done = true;
			request.subscription.dispose();
			giveUp(request.groups, Reason.SHUTDOWN, undelivered, null);
		}
		this.inFlight.clear();
		this.requestsInFlight = 0;
		for (Bisected request : this.bisected) {
			giveUp(request.groups(), Reason.SHUTDOWN, undelivered, null);
		}
		this.bisected.clear();
		if (!this.packed.isEmpty()) {
			giveUp(new ArrayList<>(this.packed), Reason.SHUTDOWN, unsent, null);
			this.packed.clear();
		}
		List<StoredBatch> left = this.store.claim(Integer.MAX_VALUE, Long.MAX_VALUE, Instant.MAX);
		for (; !left.isEmpty(); left = this.store.claim(Integer.MAX_VALUE, Long.MAX_VALUE, Instant.MAX)) {
			List<OutgoingGroup> groups = new ArrayList<>(left.size());
			left.forEach((batch) -> groups.add(OutgoingGroup.fixed(batch)));
			giveUp(groups, Reason.SHUTDOWN, unsent, null);
		}
		this.lastBacklog = this.store.backlog(instant(now()));
	}

	// on the worker, the shutdown timeout passed with a durable store: what was claimed
	// goes
	// back to it, what waits stays, and only this process's handles fail; nothing is
	// lost,
	// so nothing goes to the failure handler or counts as failed or dropped
	private void keepForTheNextStart() {
		List<OutgoingGroup> claimed = new ArrayList<>();
		for (InFlight request : this.inFlight) {
			request.done = true;
			request.subscription.dispose();
			claimed.addAll(request.groups);
		}
		this.inFlight.clear();
		this.requestsInFlight = 0;
		this.bisected.forEach((request) -> claimed.addAll(request.groups()));
		this.bisected.clear();
		claimed.addAll(this.packed);
		this.packed.clear();
		if (!claimed.isEmpty()) {
			try {
				this.store.release(batchesOf(claimed), instant(now()));
			}
			catch (BatchStoreException ex) {
				logger.warn("Dispatcher '" + this.settings.name() + "': the store failed to take back "
						+ batchesOf(claimed).size() + " batches at shutdown; they return when their claim expires", ex);
			}
		}
		List<Runnable> completions = new ArrayList<>();
		String message = "dispatcher '" + this.settings.name() + "' shut down before the batch was delivered; "
				+ "it stays in the store and is sent after the application starts again";
		for (String id : this.handles.ids()) {
			for (CompletableFuture<Delivery> handle = this.handles.take(id); handle != null; handle = this.handles
				.take(id)) {
				CompletableFuture<Delivery> failed = handle;
				completions.add(() -> failed.completeExceptionally(new DeliveryFailedException(
						"Batch " + id + " was not delivered yet: " + message, Reason.SHUTDOWN, id, 0, null)));
			}
		}
		if (!completions.isEmpty() && logger.isInfoEnabled()) {
			logger.info("Dispatcher '" + this.settings.name() + "' shut down with " + completions.size()
					+ ((completions.size() != 1) ? " batches" : " batch")
					+ " of this process still in its store; they are sent after the application starts again");
		}
		completeHandles(() -> completions.forEach(Runnable::run));
		this.lastBacklog = this.store.backlog(instant(now()));
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
		this.unseenBatches.set(0);
		this.unseenBytes.set(0);
		try {
			while (!this.stopped && this.inFlight.size() < this.pacer.maxRequestsInFlight() && startNext()) {
				// started one
			}
		}
		catch (BatchStoreException ex) {
			logger.warn("Dispatcher '" + this.settings.name() + "': the store failed; trying again in 1s", ex);
			wakeUpAt(now() + TimeUnit.SECONDS.toNanos(1));
		}
		finally {
			if (!this.stopped) {
				long now = now();
				BatchStore.Backlog backlog = this.store.backlog(instant(now));
				this.lastBacklog = backlog;
				if ((this.timerAt != NO_TIMER && this.timerAt - now <= this.flushInterval)
						|| this.inFlight.size() >= this.pacer.maxRequestsInFlight()) {
					// the worker looks again before a batch enqueued now is due, or could
					// not send it anyway before a request ends: callers need wake it only
					// once a full request's worth is waiting
					this.unseenBatches.set(backlog.waitingBatches() + this.packed.size());
					this.unseenBytes.set(backlog.waitingBytes());
				}
			}
		}
	}

	// whether a request started; if not, the worker is woken when one may
	private boolean startNext() {
		long now = now();
		Duration rateLimitWait = (this.client != null) ? this.client.rateLimitWait() : Duration.ZERO;
		if (!rateLimitWait.isZero() && !this.rateLimited) {
			this.settings.listener().rateLimitWait(rateLimitWait);
		}
		this.rateLimited = !rateLimitWait.isZero();
		long wait = Math.max(rateLimitWait.toNanos(), this.pacer.waitBeforeNext(now));
		if (wait > 0) {
			if (hasWork(now)) {
				wakeUpAt(now + wait);
			}
			return false;
		}
		int allowed = Math.min(this.pacer.allowedBatches(now), this.pacer.maxBatchesPerRequest());
		if (allowed == 0) {
			wakeUpAt(now + Math.max(1, this.pacer.waitBeforeNext(now, 1)));
			return false;
		}
		Bisected half = this.bisected.peekFirst();
		if (half != null) {
			if (half.groups().size() > allowed) {
				wakeUpAt(now + Math.max(1, this.pacer.waitBeforeNext(now, half.groups().size())));
				return false;
			}
			this.bisected.removeFirst();
			start(half.groups(), half.budget(), now);
			return true;
		}
		BatchStore.Backlog backlog = this.store.backlog(instant(now));
		if (backlog.waitingBatches() == 0 && this.packed.isEmpty()) {
			return false;
		}
		if (!this.closing && !isFlushing() && !this.holdingBack && !fillsRequest(backlog)) {
			Instant oldest = (!this.packed.isEmpty()) ? this.packed.peekFirst().first().acceptedAt()
					: backlog.oldestWaitingAcceptedAt();
			long due = (oldest != null) ? nanos(oldest) + this.flushInterval : now;
			if (due - now > 0) {
				wakeUpAt(due);
				return false;
			}
		}
		int maxGroups = Math.min(allowed, EventsApi.MAX_BATCHES_PER_REQUEST);
		List<OutgoingGroup> groups = pack(maxGroups, now);
		this.holdingBack = !groups.isEmpty() && holdsBack(groups, maxGroups, now);
		if (groups.isEmpty()) {
			// every waiting user has a request in flight, whose end wakes the worker, or
			// what waits is due later
			Instant due = backlog.nextDueAt();
			if (due != null && nanos(due) - now > 0) {
				wakeUpAt(nanos(due));
			}
			return false;
		}
		if (this.holdingBack) {
			return false;
		}
		recordMerges(groups);
		start(groups, new BisectionBudget(), now);
		return true;
	}

	/**
	 * Keeps a small request packed while others are in flight and none of its batches is
	 * due: the end of one of them frees more users to join it, so that fewer, fuller
	 * requests carry the same batches.
	 * @param groups the groups of the request
	 * @param maxGroups the most groups it may carry
	 * @param now the current time
	 * @return whether the groups went back to wait, packed
	 */
	private boolean holdsBack(List<OutgoingGroup> groups, int maxGroups, long now) {
		if (this.inFlight.isEmpty() || this.closing || isFlushing() || groups.size() >= maxGroups) {
			return false;
		}
		long sizes = 0;
		long oldest = Long.MAX_VALUE;
		for (OutgoingGroup group : groups) {
			sizes += group.size();
			oldest = Math.min(oldest, group.first().acceptedAtNanos());
		}
		long due = oldest - this.epochOffset + this.flushInterval;
		if (OutgoingGroup.requestSize(sizes, groups.size()) >= BatchValidator.MAX_REQUEST_SIZE / 2 || due - now <= 0) {
			return false;
		}
		for (int i = groups.size() - 1; i >= 0; i--) {
			this.packed.addFirst(groups.get(i));
		}
		wakeUpAt(due);
		return true;
	}

	private boolean hasWork(long now) {
		return !this.bisected.isEmpty() || !this.packed.isEmpty()
				|| this.store.backlog(instant(now)).waitingBatches() > 0;
	}

	private boolean fillsRequest(BatchStore.Backlog backlog) {
		int batches = backlog.waitingBatches() + this.packed.size();
		return batches >= EventsApi.MAX_BATCHES_PER_REQUEST
				|| backlog.waitingBytes() + batches + 1 >= BatchValidator.MAX_REQUEST_SIZE;
	}

	/**
	 * Packs a request: the groups packed before and not sent, then batches claimed from
	 * the store, merged per user, within 100 batches and 256 KB. A user's second group
	 * waits for the next request after the one that carries the first; other users'
	 * batches do not wait for it.
	 * @param maxGroups the most groups
	 * @param now the current time
	 * @return the groups, empty if none may be sent now
	 */
	private List<OutgoingGroup> pack(int maxGroups, long now) {
		List<OutgoingGroup> request = new ArrayList<>();
		// a user's next group waits for the one in flight
		LongIntMap users = this.packingUsers;
		users.clear();
		for (InFlight sending : this.inFlight) {
			for (OutgoingGroup group : sending.groups) {
				users.put(group.mergeKey(), 1);
			}
		}
		for (Bisected half : this.bisected) {
			for (OutgoingGroup group : half.groups()) {
				users.put(group.mergeKey(), 1);
			}
		}
		long size = OutgoingGroup.requestSize(0, 0);
		int count = this.packed.size();
		// whether a packed group waits for room rather than for its user's request
		boolean full = false;
		for (int i = 0; i < count && request.size() < maxGroups; i++) {
			OutgoingGroup group = this.packed.removeFirst();
			long grown = size + group.size() + (request.isEmpty() ? 0 : 1);
			if (users.containsKey(group.mergeKey())) {
				this.packed.addLast(group);
			}
			else if (request.isEmpty() || grown < BatchValidator.MAX_REQUEST_SIZE) {
				users.put(group.mergeKey(), 1);
				request.add(group);
				size = grown;
			}
			else {
				full = true;
				this.packed.addLast(group);
			}
		}
		// a group packed for a user whose request is in flight does not hold back the
		// users who are free; one packed for lack of room does: claimed batches are held
		// (leased, in a durable store) until they are sent, so no more is claimed than
		// the next requests take
		int left = this.packed.size();
		while (!full && request.size() < maxGroups && this.packed.size() == left) {
			// more than one request's worth, so that the batches of a user merge: what
			// does not fit waits, packed, for the next requests
			List<StoredBatch> claimed = this.store.claim(CLAIM_BATCHES_PER_GROUP * (maxGroups - request.size()),
					CLAIM_REQUESTS * (long) BatchValidator.MAX_REQUEST_SIZE, instant(now));
			if (claimed.isEmpty()) {
				break;
			}
			for (OutgoingGroup group : group(claimed, this.openGroups)) {
				long grown = size + group.size() + (request.isEmpty() ? 0 : 1);
				if (request.size() < maxGroups && !users.containsKey(group.mergeKey())
						&& (request.isEmpty() || grown < BatchValidator.MAX_REQUEST_SIZE)) {
					users.put(group.mergeKey(), 1);
					request.add(group);
					size = grown;
				}
				else {
					this.packed.addLast(group);
				}
			}
		}
		return request;
	}

	// tells the store which batches a request sends merged, before it is sent
	private void recordMerges(List<OutgoingGroup> request) {
		List<List<StoredBatch>> merged = new ArrayList<>(0);
		for (OutgoingGroup group : request) {
			if (!group.recorded) {
				merged.add(group.batches);
				group.recorded = true;
			}
		}
		if (!merged.isEmpty()) {
			this.store.merged(merged);
		}
	}

	/**
	 * Groups claimed batches: those recorded as merged with their group, under its id;
	 * those never sent with others of the same user, in order, within 128 KB; the rest on
	 * their own.
	 * @param claimed the batches, oldest first
	 * @param open scratch space, cleared first: the index in the groups of each user's
	 * open group
	 * @return the groups, in the order of their first batch
	 */
	static List<OutgoingGroup> group(List<StoredBatch> claimed, LongIntMap open) {
		List<OutgoingGroup> groups = new ArrayList<>(claimed.size());
		open.clear();
		Map<String, OutgoingGroup> recorded = new HashMap<>();
		// the ids of the claimed batches that are sent merged, only when there are some
		Set<String> ids = Set.of();
		for (StoredBatch batch : claimed) {
			if (batch.mergedInto() != null) {
				if (ids.isEmpty()) {
					ids = new HashSet<>();
				}
				ids.add(batch.sourceRequestId());
			}
		}
		for (StoredBatch batch : claimed) {
			String mergedInto = batch.mergedInto();
			if (mergedInto != null && ids.contains(mergedInto)) {
				OutgoingGroup group = recorded.get(mergedInto);
				if (group == null && mergedInto.equals(batch.sourceRequestId())) {
					group = OutgoingGroup.fixed(batch);
					recorded.put(mergedInto, group);
					groups.add(group);
				}
				else if (group != null) {
					group.addMember(batch);
				}
				else {
					// its group's first comes later in the claim: sent on its own
					groups.add(OutgoingGroup.fixed(batch));
				}
				continue;
			}
			if (mergedInto != null) {
				// split off its group by a bisection: sent on its own, under its own id
				groups.add(OutgoingGroup.fixed(batch));
				continue;
			}
			int index = open.get(batch.mergeKey(), -1);
			if (index >= 0 && groups.get(index).tryMerge(batch)) {
				continue;
			}
			open.put(batch.mergeKey(), groups.size());
			groups.add(OutgoingGroup.fresh(batch));
		}
		return groups;
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

	private void start(List<OutgoingGroup> groups, BisectionBudget budget, long now) {
		this.pacer.started(now, groups.size());
		BulkRequest request = OutgoingGroup.writeRequest(groups);
		InFlight sending = new InFlight(groups, request, budget, now);
		this.inFlight.add(sending);
		this.requestsInFlight = this.inFlight.size();
		Mono<SendOutcome> outcome;
		try {
			outcome = this.transport.send(request);
		}
		catch (RuntimeException ex) {
			outcome = Mono.error(ex);
		}
		if (outcome == null) {
			outcome = Mono.error(
					new IllegalStateException("send(..) of " + this.transport.getClass().getName() + " returned null"));
		}
		sending.subscription = outcome
			.onErrorResume((failure) -> Mono.just(new SendOutcome.TransportFailure(failure,
					(failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName())))
			.defaultIfEmpty(new SendOutcome.TransportFailure(new IllegalStateException("no outcome"),
					"the transport completed without an outcome"))
			// the outcome is a message to the worker, which owns the requests
			.subscribe((result) -> schedule(() -> settle(sending, result)));
	}

	/**
	 * Settles a request with what came of it. Runs on the worker only.
	 * @param request the request
	 * @param outcome the outcome
	 */
	private void settle(InFlight request, SendOutcome outcome) {
		if (request.done) {
			return;
		}
		request.done = true;
		this.inFlight.remove(request);
		this.requestsInFlight = this.inFlight.size();
		long now = now();
		List<OutgoingGroup> groups = request.groups;
		int attempts = 1 + groups.stream().mapToInt(OutgoingGroup::attempts).max().orElse(0);
		Verdict verdict = verdictOn(outcome);
		if (verdict == Verdict.ACCEPTED) {
			deliver(request, (SendOutcome.Accepted) outcome, attempts, now);
		}
		else if (this.stopped) {
			giveUp(groups, Reason.SHUTDOWN,
					"dispatcher '" + this.settings.name() + "' shut down before the batch was delivered",
					failureOf(outcome, request, attempts));
		}
		else if (verdict == Verdict.BAD_REQUEST && bisect(request)) {
			// each request is one attempt: the listener counts each failed one once
			this.settings.listener().requestFailed(1);
		}
		else if (verdict.isRetryable() || (verdict.isSettingsFailure()
				&& this.settings.rejectedCredentials() == RejectedCredentialsPolicy.PAUSE)) {
			sendAgain(request, outcome, verdict, attempts, now);
		}
		else {
			Reason reason = switch (verdict) {
				case CREDENTIALS_REJECTED -> Reason.UNAUTHORIZED;
				case BAD_REQUEST -> Reason.BAD_REQUEST;
				default -> Reason.REJECTED;
			};
			MParticleException cause = failureOf(outcome, request, attempts);
			giveUp(groups, reason, "mParticle did not accept the batch: " + cause.getMessage(), cause);
		}
		drain();
	}

	private static Verdict verdictOn(SendOutcome outcome) {
		if (outcome instanceof SendOutcome.TransportFailure failure) {
			return Verdict.ofTransportFailure(failure.cause());
		}
		return Verdict.ofStatus((outcome instanceof SendOutcome.Accepted accepted) ? accepted.status()
				: ((SendOutcome.Rejected) outcome).status());
	}

	private boolean bisect(InFlight request) {
		List<OutgoingGroup> groups = request.groups;
		if ((groups.size() < 2 && groups.get(0).batches.size() < 2) || !request.budget.take()) {
			return false;
		}
		List<OutgoingGroup> left;
		List<OutgoingGroup> right;
		if (groups.size() > 1) {
			int half = groups.size() / 2;
			left = groups.subList(0, half);
			right = groups.subList(half, groups.size());
		}
		else {
			List<OutgoingGroup> split = groups.get(0).split();
			left = List.of(split.get(0));
			right = List.of(split.get(1));
			List<List<StoredBatch>> merged = new ArrayList<>(2);
			for (OutgoingGroup half : split) {
				if (!half.recorded) {
					merged.add(half.batches);
					half.recorded = true;
				}
			}
			if (!merged.isEmpty()) {
				this.store.merged(merged);
			}
		}
		// before anything else, each half a request of its own under the cap
		this.bisected.addFirst(new Bisected(right, request.budget));
		this.bisected.addFirst(new Bisected(left, request.budget));
		return true;
	}

	private void sendAgain(InFlight request, SendOutcome outcome, Verdict verdict, int attempts, long now) {
		long pause;
		if (verdict.isSettingsFailure()) {
			pause = this.pacer.settingsFailed(request.startedAt, now);
		}
		else if (outcome instanceof SendOutcome.Rejected rejected && rejected.retryAfter() != null) {
			long retryAfter = Math.min(Math.max(0, rejected.retryAfter().toNanos()), this.maxRetryAfter);
			pause = this.pacer.askedToWait(now, retryAfter);
			if (verdict == Verdict.RATE_LIMITED && !this.rateLimited) {
				// once: the client's own rate-limit gate, which startNext reads, says the
				// same
				this.settings.listener().rateLimitWait(Duration.ofNanos(retryAfter));
				this.rateLimited = true;
			}
		}
		else {
			// the client's quick retries first, then the dispatcher's longer pause
			Duration retry = (this.client != null) ? this.client.retryDelay(attempts) : null;
			pause = (retry != null) ? retry.toNanos() : this.pacer.failed(request.startedAt, now);
		}
		List<StoredBatch> batches = batchesOf(request.groups);
		// the later groups of these users, packed and not sent, go back too, behind them
		Set<Long> users = new HashSet<>();
		request.groups.forEach((group) -> users.add(group.mergeKey()));
		List<StoredBatch> released = new ArrayList<>(batches);
		this.packed.removeIf((group) -> users.contains(group.mergeKey()) && released.addAll(group.batches));
		try {
			this.store.release(released, instant(now + pause));
		}
		catch (BatchStoreException ex) {
			logger.warn("Dispatcher '" + this.settings.name() + "': the store could not release " + released.size()
					+ " batches to send again; they are sent again once their lease has passed", ex);
		}
		this.settings.listener().requestFailed(1);
		if (verdict.isSettingsFailure()) {
			paused(outcome, pause, batches.size());
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Dispatcher '" + this.settings.name() + "': POST /v2/bulkevents (" + request.groups.size()
					+ " batches) failed (" + outcome.describe() + ", attempt " + attempts + "); sending its "
					+ batches.size() + " batches again in "
					+ Durations.format(Duration.ofNanos(pause).truncatedTo(ChronoUnit.MILLIS)));
		}
	}

	private void deliver(InFlight request, SendOutcome.Accepted accepted, int attempts, long now) {
		if (this.pauseReason != null) {
			resumed(now);
		}
		List<OutgoingGroup> groups = request.groups;
		try {
			this.store.acknowledge(batchesOf(groups));
		}
		catch (BatchStoreException ex) {
			// mParticle has them: a store that keeps them sends them again, with the same
			// ids, which mParticle de-duplicates
			logger.warn("Dispatcher '" + this.settings.name() + "': mParticle accepted " + groups.size()
					+ " batches, but the store could not remove them; they will be sent again with the same"
					+ " source_request_ids", ex);
		}
		this.pacer.accepted(accepted.rateLimitPercentageUsed());
		this.sentBatches += groups.size();
		// the attempts before this one were counted as they failed
		this.settings.listener().requestAccepted(groups.size(), request.request.size(), 0);
		UploadResult result = new UploadResult(accepted.status(), attempts, request.request.sourceRequestIds(),
				request.request.size(), accepted.rateLimitPercentageUsed());
		int count = 0;
		for (OutgoingGroup group : groups) {
			count += group.batches.size();
		}
		// each handle next to its delivery, in one array for the request
		Object[] completions = new Object[2 * count];
		int completing = 0;
		EventDispatcherListener listener = this.settings.listener();
		boolean timed = listener != EventDispatcherListener.NONE;
		for (OutgoingGroup group : groups) {
			Delivery delivery = new Delivery(group.sourceRequestId(), group.batches.size(), result);
			for (StoredBatch batch : group.batches) {
				if (timed) {
					listener.delivered(Duration.ofNanos(Math.max(0, epochNanos(now) - batch.acceptedAtNanos())));
				}
				CompletableFuture<Delivery> handle = this.handles.take(batch.sourceRequestId());
				if (handle != null) {
					completions[completing++] = handle;
					completions[completing++] = delivery;
				}
			}
		}
		this.delivered += count;
		int completed = completing;
		completeHandles(() -> complete(completions, completed));
	}

	@SuppressWarnings("unchecked")
	private static void complete(Object[] completions, int length) {
		for (int i = 0; i < length; i += 2) {
			((CompletableFuture<Delivery>) completions[i]).complete((Delivery) completions[i + 1]);
		}
	}

	/**
	 * Fails the batches of the given groups for good and tells the store.
	 * @param groups the groups
	 * @param reason why
	 * @param message what happened
	 * @param cause the failure, or {@code null}
	 */
	private void giveUp(List<OutgoingGroup> groups, Reason reason, String message, @Nullable Throwable cause) {
		List<StoredBatch> batches = batchesOf(groups);
		try {
			this.store.markDead(batches, reason, message);
		}
		catch (BatchStoreException ex) {
			logger.warn("Dispatcher '" + this.settings.name() + "': the store failed to record " + batches.size()
					+ " batches as failed (" + reason.tagValue() + ")", ex);
		}
		fail(groups, reason, message, cause);
	}

	// the groups are settled: the handles fail and the failure handler gets them
	private void fail(List<OutgoingGroup> groups, Reason reason, String message, @Nullable Throwable cause) {
		int count = 0;
		int attempts = 0;
		List<FailedBatch> failedBatches = new ArrayList<>(groups.size());
		List<String> ids = new ArrayList<>(Math.min(groups.size(), DropLog.IDS_PER_REASON));
		List<Runnable> completions = new ArrayList<>();
		for (OutgoingGroup group : groups) {
			String id = group.sourceRequestId();
			failedBatches.add(new FailedBatch(id, group.toJson()));
			if (ids.size() < DropLog.IDS_PER_REASON) {
				ids.add(id);
			}
			count += group.batches.size();
			int groupAttempts = group.attempts() + ((cause != null) ? 1 : 0);
			attempts = Math.max(attempts, groupAttempts);
			for (StoredBatch batch : group.batches) {
				CompletableFuture<Delivery> handle = this.handles.take(batch.sourceRequestId());
				if (handle != null) {
					completions.add(() -> handle.completeExceptionally(new DeliveryFailedException(
							"Batch " + id + " was not delivered: " + message, reason, id, groupAttempts, cause)));
				}
			}
		}
		if (reason.isDrop()) {
			recordDrop(reason, count, ids);
			this.dropped += count;
		}
		else {
			this.failed += count;
		}
		this.settings.listener().failed(reason, count);
		DispatchFailure failure = new DispatchFailure(this.settings.name(), reason, message, failedBatches, cause);
		// handed over before the handles complete: whoever waits for a handle, a flush or
		// the shutdown finds the batch with the failure handler
		completeHandles(() -> {
			handOver(failure);
			completions.forEach(Runnable::run);
		});
	}

	private void recordDrop(Reason reason, int batches, List<String> ids) {
		if (reason.isDrop() && reason != Reason.ROLLED_BACK) {
			this.dropLog.record(reason, batches, ids);
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

	private void handOver(DispatchFailure failure) {
		try {
			this.settings.failureHandler().handle(failure);
		}
		catch (RuntimeException ex) {
			logger.warn("Dispatcher '" + this.settings.name() + "': the failure handler failed", ex);
		}
	}

	/**
	 * Turns an outcome into the exception that a failed handle carries as its cause.
	 * @param outcome the outcome
	 * @param request the request
	 * @param attempts the attempts made
	 * @return the exception
	 */
	private static MParticleException failureOf(SendOutcome outcome, InFlight request, int attempts) {
		List<String> ids = request.request.sourceRequestIds();
		String what = "POST /v2/bulkevents (" + ids.size() + ((ids.size() != 1) ? " batches)" : " batch)");
		if (outcome instanceof SendOutcome.TransportFailure transport) {
			return new MParticleTransportException(what + " failed: " + transport.describe(), attempts, ids,
					transport.cause());
		}
		if (outcome instanceof SendOutcome.Accepted accepted) {
			return new MParticleResponseException(what + " was accepted", accepted.status(), null, attempts, ids);
		}
		SendOutcome.Rejected rejected = (SendOutcome.Rejected) outcome;
		int status = rejected.status();
		String message = "mParticle rejected " + what + " (" + rejected.describe() + ")";
		if (status == 400) {
			List<MParticleBadRequestException.ApiError> errors = ResponseBodies.errors(rejected.body());
			return new MParticleBadRequestException("mParticle rejected " + what + " as malformed ("
					+ StatusLines.of(status) + ")" + ResponseBodies.summary(errors, rejected.body()), errors,
					rejected.body(), attempts, ids);
		}
		if (status == 401 || status == 403) {
			return new MParticleAuthenticationException(message, status, rejected.body(), attempts, ids);
		}
		if (status == 429) {
			return new MParticleRateLimitException(message, rejected.retryAfter(), rejected.rateLimitExceeded(),
					rejected.body(), attempts, ids);
		}
		if (status >= 500) {
			return new MParticleServerException(message, status, rejected.body(), attempts, ids);
		}
		return new MParticleResponseException(message, status, rejected.body(), attempts, ids);
	}

	// as the client's own messages say it: 400 Bad Request
	// the first failure of a pause warns once; the pause ends with the next delivery
	private void paused(SendOutcome cause, long pause, int kept) {
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
			logger.warn("Dispatcher '" + this.settings.name() + "' paused: " + reason + ". It keeps its batches ("
					+ kept + " in the failed request, " + status().queuedBatches()
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

	private static String describeSettingsFailure(SendOutcome cause) {
		if (cause instanceof SendOutcome.Rejected rejected) {
			return "mParticle rejected the credentials (" + rejected.status() + ")";
		}
		Throwable tls = TlsFailures.settingsFailure(((SendOutcome.TransportFailure) cause).cause());
		return "the TLS connection to mParticle failed"
				+ ((tls != null && tls.getMessage() != null) ? " (" + tls.getMessage() + ")" : "");
	}

	private static List<StoredBatch> batchesOf(List<OutgoingGroup> groups) {
		List<StoredBatch> batches = new ArrayList<>(groups.size());
		for (OutgoingGroup group : groups) {
			batches.addAll(group.batches);
		}
		return batches;
	}

	private long now() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	// the time of the day for the scheduler's time, which may count from any origin
	private Instant instant(long nanos) {
		return Instant.ofEpochSecond(0, epochNanos(nanos));
	}

	private long epochNanos(long nanos) {
		return nanos + this.epochOffset;
	}

	private long nanos(Instant instant) {
		if (instant.equals(Instant.MAX)) {
			return Long.MAX_VALUE;
		}
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano() - this.epochOffset;
	}

	/**
	 * What the store tells the dispatcher; its calls may come from any thread, and become
	 * messages to the worker.
	 */
	private final class StoreListener implements BatchStore.Listener {

		@Override
		public void available() {
			signal();
		}

		@Override
		public void discarded(List<StoredBatch> batches) {
			schedule(() -> fail(groupsOf(batches), Reason.ROLLED_BACK,
					"the transaction that enqueued it rolled back, so it was never stored", null));
		}

		@Override
		public void dropped(List<StoredBatch> batches) {
			Runnable drop = () -> fail(groupsOf(batches), Reason.OVERFLOW,
					"the queue of dispatcher '" + DefaultEventDispatcher.this.settings.name()
							+ "' was full and the batch, the oldest waiting, was dropped to make room",
					null);
			schedule(drop);
		}

		private static List<OutgoingGroup> groupsOf(List<StoredBatch> batches) {
			List<OutgoingGroup> groups = new ArrayList<>(batches.size());
			batches.forEach((batch) -> groups.add(OutgoingGroup.fixed(batch)));
			return groups;
		}

	}

	/**
	 * How many more requests bisecting one request may add, shared by its halves.
	 */
	private static final class BisectionBudget {

		private int left = BISECTION_BUDGET;

		boolean take() {
			if (this.left < 2) {
				return false;
			}
			this.left -= 2;
			return true;
		}

	}

	/**
	 * Half of a bisected request, waiting to be sent before anything else.
	 *
	 * @param groups the groups
	 * @param budget the budget of the request it came from
	 */
	private record Bisected(List<OutgoingGroup> groups, BisectionBudget budget) {

	}

	/**
	 * A request in flight.
	 */
	private static final class InFlight {

		final List<OutgoingGroup> groups;

		final BulkRequest request;

		final BisectionBudget budget;

		final long startedAt;

		Disposable subscription = () -> {
		};

		boolean done;

		InFlight(List<OutgoingGroup> groups, BulkRequest request, BisectionBudget budget, long startedAt) {
			this.groups = groups;
			this.request = request;
			this.budget = budget;
			this.startedAt = startedAt;
		}

	}

}

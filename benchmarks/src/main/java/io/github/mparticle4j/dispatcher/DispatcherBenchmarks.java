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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.benchmarks.ReferenceWriter;
import io.github.mparticle4j.benchmarks.TypicalBatches;
import io.github.mparticle4j.benchmarks.WireCheck;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.model.Batch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBufferFactory;

/**
 * The work of the {@link EventDispatcher} per batch, without HTTP: what a caller of
 * {@code enqueue} pays (validation and serialization into an envelope and events),
 * against what {@link EventsApi#uploadEvents(Batch)} serializes for one batch; the
 * queue's merging of the batches of few users and packing of the batches of many into
 * requests, with the request body assembled from the bytes; a whole {@code enqueue} with
 * a sender that accepts at once, and a rejected one. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} counts the allocations of every thread, so the in-process
 * {@code enqueue} includes the dispatcher's worker.
 * <p>
 * In the dispatcher's package to reach its package-private parts.
 *
 * @author mparticle4j contributors
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@State(Scope.Benchmark)
public class DispatcherBenchmarks {

	/**
	 * How many typical batches of distinct users fill a request (under 256 KB).
	 */
	public static final int PACKED = 68;

	/**
	 * How many one-event batches of 20 users the coalescing benchmark merges: about what
	 * fills a request before merging (256 KB).
	 */
	public static final int MERGED = 240;

	private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);

	private static final int USERS = 20;

	private final BatchEncoder encoder = new BatchEncoder(WireCheck.ENVIRONMENT);

	private final RequestWriter writer = new RequestWriter();

	private final ReferenceWriter reference = new ReferenceWriter(WireCheck.ENVIRONMENT);

	private final SourceRequestIds ids = new SourceRequestIds();

	private final LongIntMap openGroups = new LongIntMap();

	private final MemoryBatchStore store = new MemoryBatchStore(100_000, 1L << 30, OverflowPolicy.REJECT_NEWEST,
			Duration.ofSeconds(1), Schedulers.immediate());

	private Batch typical;

	private Batch typicalWithDefaults;

	private Batch oneEvent;

	private Batch oneEventWithDefaults;

	private StoredBatch[] distinct;

	private StoredBatch[] fewUsers;

	private Scheduler scheduler;

	private DefaultEventDispatcher acceptingAtOnce;

	private DefaultEventDispatcher full;

	/**
	 * Builds the batches, pre-encodes those of the queue benchmarks, and builds the
	 * dispatchers.
	 */
	@Setup
	public void setUp() {
		WireCheck.verify();
		this.typical = TypicalBatches.typical(1);
		this.typicalWithDefaults = TypicalBatches.typical(1)
			.environment(WireCheck.ENVIRONMENT)
			.sourceRequestId("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91");
		this.oneEvent = TypicalBatches.oneEvent(1, 1);
		this.oneEventWithDefaults = TypicalBatches.oneEvent(1, 1)
			.environment(WireCheck.ENVIRONMENT)
			.sourceRequestId("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91");
		this.store.open(new BatchStore.Listener() {

			@Override
			public void available() {
			}

			@Override
			public void discarded(List<StoredBatch> batches) {
			}

			@Override
			public void dropped(List<StoredBatch> batches) {
			}

		});
		this.distinct = new StoredBatch[PACKED];
		for (int i = 0; i < PACKED; i++) {
			this.distinct[i] = this.encoder.encode(TypicalBatches.typical(i + 1), this.ids, Instant.EPOCH);
		}
		this.fewUsers = new StoredBatch[MERGED];
		for (int i = 0; i < MERGED; i++) {
			this.fewUsers[i] = this.encoder.encode(TypicalBatches.oneEvent(i % USERS, i / USERS), this.ids,
					Instant.EPOCH);
		}
		this.scheduler = Schedulers.newSingle("dispatcher-benchmark");
		this.acceptingAtOnce = dispatcher(100_000, 64L * 1024 * 1024, OverflowPolicy.BLOCK,
				(request) -> Mono.fromSupplier(() -> new SendOutcome.Accepted(202, null)));
		this.full = dispatcher(1, 1024 * 1024, OverflowPolicy.REJECT_NEWEST, (request) -> Mono.never());
		this.full.enqueue(this.typical);
	}

	private DefaultEventDispatcher dispatcher(int maxBatches, long maxBytes, OverflowPolicy policy,
			DispatchTransport transport) {
		DispatcherSettings settings = new DispatcherSettings("benchmark", Duration.ofSeconds(1), maxBatches, maxBytes,
				policy, Duration.ofSeconds(10), 4, 0, 80, Duration.ofSeconds(1), (failure) -> {
				}, EventDispatcherListener.NONE, this.scheduler, Runnable::run, RejectedCredentialsPolicy.PAUSE,
				Duration.ofMinutes(5));
		return new DefaultEventDispatcher(settings, transport, null, Schedulers.parallel(), WireCheck.ENVIRONMENT,
				Duration.ofSeconds(20));
	}

	/**
	 * Shuts the dispatchers and their scheduler down.
	 */
	@TearDown
	public void tearDown() {
		this.acceptingAtOnce.shutdown(Duration.ofSeconds(5)).join();
		this.full.shutdown(Duration.ZERO).join();
		this.scheduler.dispose();
	}

	/**
	 * What a caller of {@code enqueue} pays for a typical batch before it is queued:
	 * defaults, validation, and serialization of the envelope and the events apart.
	 * @return the stored batch
	 */
	@Benchmark
	public StoredBatch encodeTypical() {
		return this.encoder.encode(this.typical, this.ids, Instant.EPOCH);
	}

	/**
	 * The same as {@link #encodeTypical()} for a batch of one event.
	 * @return the stored batch
	 */
	@Benchmark
	public StoredBatch encodeOneEvent() {
		return this.encoder.encode(this.oneEvent, this.ids, Instant.EPOCH);
	}

	/**
	 * What {@link #encodeTypical()} compares with: {@code RequestWriter}'s serialization
	 * of the same batch, with its defaults, as {@code uploadEvents} does it.
	 * @return the serialized request
	 */
	@Benchmark
	public RequestWriter.SerializedRequest serializeTypical() {
		return this.writer.writeSingle(this.typicalWithDefaults);
	}

	/**
	 * The same as {@link #serializeTypical()} for a batch of one event.
	 * @return the serialized request
	 */
	@Benchmark
	public RequestWriter.SerializedRequest serializeOneEvent() {
		return this.writer.writeSingle(this.oneEventWithDefaults);
	}

	/**
	 * The floor of {@link #encodeTypical()}: the hand-written {@link ReferenceWriter}
	 * writing the same batch as {@code enqueue} does, into a pooled buffer, released
	 * after.
	 * @return whether the buffer was released
	 */
	@Benchmark
	public boolean referenceTypical() {
		return this.reference.writeEnqueued(this.typical, PooledByteBufAllocator.DEFAULT).release();
	}

	/**
	 * The same as {@link #referenceTypical()} for a batch of one event.
	 * @return whether the buffer was released
	 */
	@Benchmark
	public boolean referenceOneEvent() {
		return this.reference.writeEnqueued(this.oneEvent, PooledByteBufAllocator.DEFAULT).release();
	}

	/**
	 * Packing, per batch: {@value #PACKED} encoded typical batches of distinct users go
	 * into the memory store, are claimed as one request, whose body is assembled from
	 * their bytes, and are settled.
	 * @return the size of the body
	 */
	@Benchmark
	@OperationsPerInvocation(PACKED)
	public int pack() {
		return cycle(this.distinct);
	}

	/**
	 * Coalescing, per batch: {@value #MERGED} encoded batches of one event each, of 20
	 * users, go into the memory store, are claimed and merged into 20, as one request,
	 * whose body is assembled, and settled.
	 * @return the size of the body
	 */
	@Benchmark
	@OperationsPerInvocation(MERGED)
	public int coalesce() {
		return cycle(this.fewUsers);
	}

	private int cycle(StoredBatch[] batches) {
		for (StoredBatch batch : batches) {
			this.store.append(batch);
		}
		List<StoredBatch> claimed = this.store.claim(batches.length, Long.MAX_VALUE, Instant.EPOCH);
		int size = body(DefaultEventDispatcher.group(claimed, this.openGroups));
		this.store.acknowledge(claimed);
		if (claimed.size() != batches.length) {
			throw new IllegalStateException(claimed.size() + " batches taken of " + batches.length);
		}
		return size;
	}

	// the body as the transport gets it: its pieces written into pooled direct memory,
	// as DefaultEventsApi does for Reactor Netty
	private static int body(List<OutgoingGroup> groups) {
		RequestWriter.SerializedRequest request = OutgoingGroup.writeRequest(groups).serialized();
		ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(request.size(), request.size());
		for (int i = 0; i < request.pieces(); i++) {
			buffer.writeBytes(request.pieceArray(i), request.pieceOffset(i), request.pieceLength(i));
		}
		DataBuffer body = BUFFERS.wrap(buffer);
		int size = body.readableByteCount();
		DataBufferUtils.release(body);
		return size;
	}

	/**
	 * A whole {@code enqueue} of a typical batch of one user, to a dispatcher whose
	 * sender accepts every request at once, in-process: the caller's work, and the
	 * worker's packing, assembly and settlement on the other core. With
	 * {@link OverflowPolicy#BLOCK}, so that a caller faster than the worker waits.
	 * @return the handle
	 */
	@Benchmark
	public CompletableFuture<Delivery> enqueueInProcess() {
		return this.acceptingAtOnce.enqueue(this.typical);
	}

	/**
	 * A rejected {@code enqueue} of a typical batch: the queue is full. The caller still
	 * validates and serializes, then builds the failure for the handler and the handle.
	 * @return the failed handle
	 */
	@Benchmark
	public CompletableFuture<Delivery> enqueueRejected() {
		return this.full.enqueue(this.typical);
	}

}

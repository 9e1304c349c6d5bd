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

package io.github.mparticle4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.benchmarks.ReferenceWriter;
import io.github.mparticle4j.benchmarks.TypicalBatches;
import io.github.mparticle4j.benchmarks.WireCheck;
import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.Batch;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectWriter;

/**
 * Validation and serialization of the typical batch and of a bulk request of
 * {@value TypicalBatches#BULK_SIZE} of them, as the client does them when
 * {@link EventsApi#uploadEvents(Batch)} or {@link EventsApi#bulkUploadEvents(List)} is
 * called (before anything is sent), against the {@link ReferenceWriter} writing the same
 * bytes into a pooled Netty buffer. The {@code singleClient*} benchmarks take the
 * client's work on one batch apart. Run with {@code -prof gc} for
 * {@code gc.alloc.rate.norm}, the bytes allocated per operation.
 * <p>
 * In the client's internal package, to reach its package-private model writer.
 *
 * @author mparticle4j contributors
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@State(Scope.Benchmark)
public class SerializationBenchmarks {

	private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;

	private final ReferenceWriter reference = new ReferenceWriter(WireCheck.ENVIRONMENT);

	private final BatchValidator validator = new BatchValidator();

	private final RequestWriter writer = new RequestWriter();

	private final ObjectWriter databind = RequestWriter.newMapper().writerFor(Batch.class);

	private EventsApi api;

	private Batch single;

	private Batch singleWithDefaults;

	private List<Batch> bulk;

	/**
	 * Checks that the comparison is fair and builds a client that is never subscribed to,
	 * so that nothing is sent.
	 */
	@Setup
	public void setUp() {
		WireCheck.verify();
		this.api = EventsApi.builder(new ApiCredentials("key", "secret"))
			.baseUrl("http://127.0.0.1:1/v2")
			.environment(WireCheck.ENVIRONMENT)
			.clientConnector(new InProcessConnector((request) -> Mono.just(InProcessConnector.Response.of(202))))
			.build();
		this.single = TypicalBatches.typical(1);
		this.singleWithDefaults = TypicalBatches.typical(1)
			.environment(WireCheck.ENVIRONMENT)
			.sourceRequestId("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91");
		this.bulk = TypicalBatches.bulk();
	}

	/**
	 * Closes the client.
	 */
	@TearDown
	public void tearDown() {
		this.api.close();
	}

	/**
	 * What {@code uploadEvents} does before sending: defaults, validation, serialization
	 * and size checks of one typical batch.
	 * @return the upload, not subscribed
	 */
	@Benchmark
	public Mono<UploadResult> singleClient() {
		return this.api.uploadEvents(this.single);
	}

	/**
	 * The reference for {@link #singleClient()}: one typical batch (with the defaults)
	 * into a pooled buffer.
	 * @return the size, after the buffer is released
	 */
	@Benchmark
	public int singleReference() {
		ByteBuf buffer = this.reference.writeSingle(this.single, this.allocator);
		int size = buffer.readableBytes();
		buffer.release();
		return size;
	}

	/**
	 * Part of {@link #singleClient()}: the copy that adds the defaults to a batch that
	 * lacks them.
	 * @return the copy
	 */
	@Benchmark
	public Batch singleClientCopy() {
		return this.single.copy();
	}

	/**
	 * Part of {@link #singleClient()}: the validation of a valid batch.
	 * @return the violations, none
	 */
	@Benchmark
	public List<Violation> singleClientValidate() {
		List<Violation> violations = new ArrayList<>();
		this.validator.validate(this.singleWithDefaults, BatchValidator.Path.root("batch"), violations);
		return violations;
	}

	/**
	 * Part of {@link #singleClient()}: the serialization of a batch that has its
	 * defaults, through the client's {@link ModelWriter}.
	 * @return the serialized request
	 */
	@Benchmark
	public RequestWriter.SerializedRequest singleClientWrite() {
		return this.writer.writeSingle(this.singleWithDefaults);
	}

	/**
	 * What {@link #singleClientWrite()} compares with: the same batch written by Jackson
	 * databind with the client's mapper settings, into the client's buffer type, sized as
	 * the reference sizes its buffer (the batch fits without growing it).
	 * @return the buffer
	 */
	@Benchmark
	public RequestWriter.Buffer singleDatabind() {
		RequestWriter.Buffer buffer = new RequestWriter.Buffer(ReferenceWriter.SINGLE_CAPACITY);
		this.databind.writeValue(buffer, this.singleWithDefaults);
		return buffer;
	}

	/**
	 * What {@code bulkUploadEvents} does before sending, for
	 * {@value TypicalBatches#BULK_SIZE} typical batches.
	 * @return the upload, not subscribed
	 */
	@Benchmark
	public Mono<UploadResult> bulkClient() {
		return this.api.bulkUploadEvents(this.bulk);
	}

	/**
	 * The reference for {@link #bulkClient()}.
	 * @return the size, after the buffer is released
	 */
	@Benchmark
	public int bulkReference() {
		ByteBuf buffer = this.reference.writeBulk(this.bulk, this.allocator);
		int size = buffer.readableBytes();
		buffer.release();
		return size;
	}

}

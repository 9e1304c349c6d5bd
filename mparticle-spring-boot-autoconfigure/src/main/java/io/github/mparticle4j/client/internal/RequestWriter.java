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

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes the batches of one request, once, into the byte array that is sent, and
 * measures each batch on the way. Uses a mapper of its own, so that the JSON does not
 * depend on how the application configures Jackson, and writes the batches through a
 * {@link ModelWriter} for that mapper.
 *
 * @author mparticle4j contributors
 */
public final class RequestWriter {

	private static final int MIN_ESTIMATED_BATCH_SIZE = 1024;

	private static final int MAX_ESTIMATED_BATCH_SIZE = 128 * 1024;

	/**
	 * The size to expect per batch, from the batches written so far, so that a request is
	 * written into one buffer of about the right size instead of one that grows by
	 * copying.
	 */
	private volatile int estimatedBatchSize = 4096;

	private final ObjectWriter writer;

	private final ObjectWriter adjacentWriter;

	private final ModelWriter models;

	public RequestWriter() {
		JsonMapper mapper = newMapper();
		this.writer = mapper.writerFor(Batch.class);
		this.adjacentWriter = this.writer.withRootValueSeparator("");
		this.models = new ModelWriter(mapper);
	}

	/**
	 * Creates a mapper with the settings the client writes batches with, whatever the
	 * application's Jackson configuration.
	 * @return a new mapper
	 */
	static JsonMapper newMapper() {
		return JsonMapper.builder()
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
			.build();
	}

	/**
	 * Serializes one batch into a byte array of its own, for the dispatcher.
	 * @param batch the batch
	 * @return the JSON
	 */
	public byte[] toBytes(Batch batch) {
		Buffer buffer = new Buffer(capacityFor(1));
		write(buffer, batch);
		return buffer.toByteArray();
	}

	/**
	 * Serializes two batches one after the other, with nothing between them, in one pass:
	 * the dispatcher's envelope and events.
	 * @param out where to write
	 * @param first the first batch
	 * @param second the second batch
	 * @return the offset in {@code out} where the second batch starts
	 */
	public int writeAdjacent(Buffer out, Batch first, Batch second) {
		int secondStart;
		try (JsonGenerator generator = this.adjacentWriter.createGenerator(out)) {
			this.models.write(generator, first);
			secondStart = out.size() + generator.streamWriteOutputBuffered();
			this.models.write(generator, second);
		}
		return secondStart;
	}

	/**
	 * Serializes a batch as the dispatcher keeps it, without copying it: with the given
	 * environment if it has none, and without its {@code source_request_id}; and finds
	 * where its last property starts, in one pass: the dispatcher's envelope and events.
	 * @param out where to write
	 * @param batch the batch
	 * @param defaultEnvironment the environment to write if the batch has none, or
	 * {@code null}
	 * @param last the name of the batch's last property
	 * @return the offset in {@code out} where the last property starts, with the comma
	 * before it if any, or {@code -1} if the batch's last property has another name or
	 * the batch is not written property by property (then nothing is written)
	 */
	public int writeMarkingLast(Buffer out, Batch batch, Batch.@Nullable Environment defaultEnvironment, String last) {
		// the buffer keeps its generator from one batch to the next: making one takes
		// several objects, about as much as the rest of a small batch's writing
		JsonGenerator generator = out.generator(this, this.adjacentWriter);
		out.mark = -1;
		try {
			if (!this.models.writeMarkingLast(generator, batch, last, out.marker, (name, value) -> switch (name) {
				case "environment" -> (value != null) ? value : defaultEnvironment;
				case "source_request_id" -> null;
				default -> value;
			})) {
				return -1;
			}
			generator.flush();
		}
		catch (RuntimeException ex) {
			// a generator left in the middle of a value is not used again
			out.generator = null;
			throw ex;
		}
		return out.mark;
	}

	public SerializedRequest writeSingle(Batch batch) {
		Buffer buffer = new Buffer(capacityFor(1));
		write(buffer, batch);
		learn(buffer.size(), 1);
		return new SerializedRequest(buffer, new int[] { buffer.size() });
	}

	public SerializedRequest writeBulk(List<Batch> batches) {
		Buffer buffer = new Buffer(capacityFor(batches.size()));
		int[] sizes = new int[batches.size()];
		try (JsonGenerator generator = this.writer.createGenerator(buffer)) {
			generator.writeStartArray();
			for (int i = 0; i < batches.size(); i++) {
				int start = buffer.size() + generator.streamWriteOutputBuffered();
				this.models.write(generator, batches.get(i));
				int end = buffer.size() + generator.streamWriteOutputBuffered();
				// every batch after the first is preceded by a comma
				sizes[i] = end - start - ((i > 0) ? 1 : 0);
			}
			generator.writeEndArray();
		}
		learn(buffer.size(), batches.size());
		return new SerializedRequest(buffer, sizes);
	}

	private void write(Buffer buffer, Batch batch) {
		try (JsonGenerator generator = this.writer.createGenerator(buffer)) {
			this.models.write(generator, batch);
		}
	}

	private int capacityFor(int batches) {
		// an eighth more than expected, so that batches a little larger than usual still
		// fit
		long estimate = (long) this.estimatedBatchSize * batches;
		return (int) Math.min(Integer.MAX_VALUE - 8, estimate + (estimate >> 3) + 16);
	}

	private void learn(int size, int batches) {
		if (batches == 0) {
			return;
		}
		int perBatch = size / batches;
		int estimate = this.estimatedBatchSize;
		// move a quarter of the way towards what was seen: a stray large batch does not
		// stick
		int next = estimate + ((perBatch - estimate) >> 2);
		this.estimatedBatchSize = Math.max(MIN_ESTIMATED_BATCH_SIZE, Math.min(MAX_ESTIMATED_BATCH_SIZE, next));
	}

	/**
	 * The serialized body of a request: one array, or the pieces of the batches that the
	 * dispatcher holds, in order, so that a request waiting for mParticle's answer does
	 * not hold a second copy of its batches. Each piece is a range of an array, kept as
	 * the array, its offset and its length, without an object per piece. Nothing writes
	 * to the memory it refers to.
	 */
	public static final class SerializedRequest {

		private final byte[][] arrays;

		private final int[] offsets;

		private final int[] lengths;

		private final int size;

		private final int[] batchSizes;

		public SerializedRequest(Buffer buffer, int[] batchSizes) {
			this(new byte[][] { buffer.array() }, new int[] { 0 }, new int[] { buffer.size() }, buffer.size(),
					batchSizes);
		}

		/**
		 * Creates a request from pieces: piece {@code i} is {@code lengths[i]} bytes of
		 * {@code arrays[i]} from {@code offsets[i]}.
		 * @param arrays the arrays of the pieces, in order
		 * @param offsets where each piece starts in its array
		 * @param lengths the length of each piece
		 * @param size the sum of the lengths
		 * @param batchSizes the size in bytes of each batch
		 */
		public SerializedRequest(byte[][] arrays, int[] offsets, int[] lengths, int size, int[] batchSizes) {
			this.arrays = arrays;
			this.offsets = offsets;
			this.lengths = lengths;
			this.size = size;
			this.batchSizes = batchSizes;
		}

		public int size() {
			return this.size;
		}

		public int[] batchSizes() {
			return this.batchSizes;
		}

		/**
		 * Returns the number of pieces of the body.
		 * @return the number of pieces
		 */
		public int pieces() {
			return this.arrays.length;
		}

		/**
		 * Returns the array that holds a piece of the body; not to be modified.
		 * @param piece the index of the piece
		 * @return the array
		 */
		public byte[] pieceArray(int piece) {
			return this.arrays[piece];
		}

		/**
		 * Returns where a piece of the body starts in its array.
		 * @param piece the index of the piece
		 * @return the offset
		 */
		public int pieceOffset(int piece) {
			return this.offsets[piece];
		}

		/**
		 * Returns the length of a piece of the body.
		 * @param piece the index of the piece
		 * @return the length
		 */
		public int pieceLength(int piece) {
			return this.lengths[piece];
		}

		/**
		 * Returns a new view of the body in one piece, for one attempt to send it: the
		 * buffer's own array when there is one piece, else a copy, which the transport
		 * lets go of once it has written it, rather than when mParticle answers.
		 * @return the view
		 */
		public ByteBuffer body() {
			return (this.arrays.length == 1) ? ByteBuffer.wrap(this.arrays[0], this.offsets[0], this.lengths[0])
					: ByteBuffer.wrap(toByteArray());
		}

		public byte[] toByteArray() {
			byte[] bytes = new byte[this.size];
			int position = 0;
			for (int i = 0; i < this.arrays.length; i++) {
				System.arraycopy(this.arrays[i], this.offsets[i], bytes, position, this.lengths[i]);
				position += this.lengths[i];
			}
			return bytes;
		}

	}

	/**
	 * A byte array output stream whose content can be wrapped without copying, and that
	 * keeps the JSON generator a writer made for it, so that a pooled buffer writes batch
	 * after batch with one generator. Used by one thread at a time.
	 */
	public static final class Buffer extends ByteArrayOutputStream {

		// a generator that writes into this buffer, kept for the writer that made it, and
		// what it marks with
		private @Nullable JsonGenerator generator;

		private @Nullable RequestWriter generatorOwner;

		private int mark = -1;

		private final Runnable marker = () -> this.mark = this.count
				+ Objects.requireNonNull(this.generator).streamWriteOutputBuffered();

		public Buffer(int size) {
			super(size);
		}

		private JsonGenerator generator(RequestWriter owner, ObjectWriter writer) {
			JsonGenerator generator = this.generator;
			if (generator == null || this.generatorOwner != owner) {
				generator = writer.createGenerator(this);
				this.generator = generator;
				this.generatorOwner = owner;
			}
			return generator;
		}

		byte[] array() {
			return this.buf;
		}

		public int capacity() {
			return this.buf.length;
		}

		public byte[] copyOfRange(int from, int to) {
			return Arrays.copyOfRange(this.buf, from, to);
		}

		public boolean regionEquals(int from, byte[] expected) {
			int to = from + expected.length;
			return from >= 0 && to <= this.count && Arrays.equals(this.buf, from, to, expected, 0, expected.length);
		}

	}

}

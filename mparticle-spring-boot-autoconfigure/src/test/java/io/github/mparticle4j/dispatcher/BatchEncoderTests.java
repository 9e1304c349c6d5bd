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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link BatchEncoder}: the envelope and the events it cuts from one pass of the
 * writer are the batch the client writes, byte for byte, and the envelope is what the
 * batch without events writes, so that merge keys do not change.
 *
 * @author mparticle4j contributors
 */
class BatchEncoderTests {

	private final BatchEncoder encoder = new BatchEncoder(Batch.Environment.DEVELOPMENT);

	private final RequestWriter writer = new RequestWriter();

	@Test
	void theEnvelopeAndTheEventsAreTheBatchAsTheClientWritesIt() {
		List<Batch> batches = List.of(DocumentedExamples.customEvent(), DocumentedExamples.commercePurchase(),
				DocumentedExamples.commercePromotion(), DocumentedExamples.commerceImpression(),
				DocumentedExamples.session(), DocumentedExamples.consent(), DocumentedExamples.minimal(),
				new Batch(Batch.Environment.PRODUCTION).mpid(7L),
				new Batch().mpid(8L).addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "one event")),
				new Batch().mpid(9L).sourceRequestId("own-id"));
		for (Batch batch : batches) {
			String before = new String(this.writer.toBytes(batch), StandardCharsets.UTF_8);
			StoredBatch stored = this.encoder.encode(batch, new SourceRequestIds(), Instant.EPOCH);
			// the batch is read, never changed: the defaults are written, not set
			assertThat(new String(this.writer.toBytes(batch), StandardCharsets.UTF_8)).isEqualTo(before);
			if (batch.getSourceRequestId() != null) {
				assertThat(stored.sourceRequestId()).isEqualTo(batch.getSourceRequestId());
				assertThat(stored.mergeable()).isFalse();
			}
			Batch expected = batch.copy().sourceRequestId(null);
			if (expected.getEnvironment() == null) {
				expected.environment(Batch.Environment.DEVELOPMENT);
			}
			String envelope = new String(stored.envelope(), StandardCharsets.UTF_8);
			String events = new String(stored.events(), StandardCharsets.UTF_8);
			assertThat(envelope).endsWith("\"events\":[]}");
			assertThat(envelope.substring(0, envelope.length() - 2) + events + "]}")
				.isEqualTo(new String(this.writer.toBytes(expected), StandardCharsets.UTF_8));
			assertThat(stored.envelope()).isEqualTo(this.writer.toBytes(expected.events(null)));
			// the hash of the envelope, kept by copies
			StoredBatch released = stored.released(Instant.EPOCH);
			assertThat(released.mergeKey()).isEqualTo(BatchEnvelopes.hash64(stored.envelope()));
			assertThat(stored.mergeKey()).isEqualTo(released.mergeKey());
		}
	}

	@Test
	void batchesOfOneUserShareTheirEnvelopeArray() {
		SourceRequestIds ids = new SourceRequestIds();
		StoredBatch first = this.encoder.encode(
				new Batch().mpid(8L).addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "first")), ids,
				Instant.EPOCH);
		StoredBatch second = this.encoder.encode(
				new Batch().mpid(8L).addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "second")), ids,
				Instant.EPOCH);
		StoredBatch otherUser = this.encoder.encode(
				new Batch().mpid(9L).addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "first")), ids,
				Instant.EPOCH);
		assertThat(second.envelope()).isSameAs(first.envelope());
		assertThat(second.mergeKey()).isEqualTo(first.mergeKey());
		assertThat(otherUser.envelope()).isNotSameAs(first.envelope()).isNotEqualTo(first.envelope());
		assertThat(otherUser.mergeKey()).isNotEqualTo(first.mergeKey());
	}

}

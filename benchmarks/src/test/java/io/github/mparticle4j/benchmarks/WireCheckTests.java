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

package io.github.mparticle4j.benchmarks;

import java.io.ByteArrayOutputStream;

import io.github.mparticle4j.model.ConsentState;
import io.github.mparticle4j.model.GDPRConsentState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WireCheck} and the {@link TypicalBatches}: the comparison of the
 * benchmarks is only fair while the reference writes what the client sends.
 *
 * @author mparticle4j contributors
 */
class WireCheckTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void referenceWritesTheClientsBytes() {
		assertThat(WireCheck.verify()).startsWith("reference writes the client's bytes");
	}

	@Test
	void typicalBatchIsAboutFourKilobytesAndBulkRequestStaysUnderTheLimit() {
		ReferenceWriter reference = new ReferenceWriter(WireCheck.ENVIRONMENT);
		ByteArrayOutputStream single = new ByteArrayOutputStream();
		reference.writeSingle(TypicalBatches.typical(1), single);
		ByteArrayOutputStream bulk = new ByteArrayOutputStream();
		reference.writeBulk(TypicalBatches.bulk(), bulk);
		assertThat(single.size()).isBetween(3700, 3900);
		assertThat(bulk.size()).isLessThan(256 * 1024);
	}

	@Test
	void referenceWritesAnEnqueuedBatchWithoutDrawingASourceRequestId() {
		ReferenceWriter reference = new ReferenceWriter(WireCheck.ENVIRONMENT);
		ByteArrayOutputStream single = new ByteArrayOutputStream();
		reference.writeSingle(TypicalBatches.typical(1), single);
		ByteBuf enqueued = reference.writeEnqueued(TypicalBatches.typical(1), ByteBufAllocator.DEFAULT);
		try {
			ObjectNode expected = (ObjectNode) MAPPER.readTree(single.toByteArray());
			assertThat(expected.remove("source_request_id")).isNotNull();
			assertThat(MAPPER.readTree(ByteBufUtil.getBytes(enqueued))).isEqualTo(expected);
		}
		finally {
			enqueued.release();
		}
		ByteBuf ownId = reference.writeEnqueued(TypicalBatches.typical(1).sourceRequestId("own"),
				ByteBufAllocator.DEFAULT);
		try {
			assertThat(MAPPER.readTree(ByteBufUtil.getBytes(ownId)).get("source_request_id").asString())
				.isEqualTo("own");
		}
		finally {
			ownId.release();
		}
	}

	@Test
	void referenceRefusesWhatItCannotWrite() {
		ReferenceWriter reference = new ReferenceWriter(WireCheck.ENVIRONMENT);
		ConsentState consent = new ConsentState().gdpr("marketing", new GDPRConsentState(true, 1L));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> reference
			.writeSingle(TypicalBatches.typical(1).consentState(consent), new ByteArrayOutputStream()));
	}

}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PendingBatch}.
 *
 * @author mparticle4j contributors
 */
class PendingBatchTests {

	private static final BatchEnvelope ENVELOPE = new BatchEnvelope(
			"{\"environment\":\"development\",\"events\":[]}".getBytes(StandardCharsets.UTF_8));

	private static final byte[] EVENTS = "{\"data\":{},\"event_type\":\"opt_out\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void madeIdIsARandomUuidThatStaysTheSame() {
		PendingBatch batch = new PendingBatch(null, ENVELOPE, EVENTS, 0);
		PendingBatch.SourceRequestId id = batch.sourceRequestId();
		assertThat(UUID.fromString(id.value())).hasToString(id.value());
		assertThat(new String(id.json(), StandardCharsets.UTF_8)).isEqualTo("\"" + id.value() + "\"");
		assertThat(batch.sourceRequestId()).isSameAs(id);
		assertThat(new PendingBatch(null, ENVELOPE, EVENTS, 0).sourceRequestId().value()).isNotEqualTo(id.value());
	}

	@Test
	void sizeCountsAMadeIdBeforeItIsMade() {
		PendingBatch made = new PendingBatch(null, ENVELOPE, EVENTS, 0);
		PendingBatch own = new PendingBatch(PendingBatch.SourceRequestId.of(UUID.randomUUID().toString()), ENVELOPE,
				EVENTS, 0);
		assertThat(made.sourceRequestIdJsonLength).isEqualTo(PendingBatch.MADE_ID_JSON_LENGTH);
		assertThat(made.size).isEqualTo(own.size);
		assertThat(made.sourceRequestId().json()).hasSize(made.sourceRequestIdJsonLength);
	}

	@Test
	void ownIdIsKeptAndEscaped() {
		PendingBatch batch = new PendingBatch(PendingBatch.SourceRequestId.of("a\"b\\c\u00e9"), ENVELOPE, EVENTS, 0);
		assertThat(batch.ownId).isTrue();
		assertThat(batch.sourceRequestId().value()).isEqualTo("a\"b\\c\u00e9");
		assertThat(new String(batch.sourceRequestId().json(), StandardCharsets.UTF_8))
			.isEqualTo("\"a\\\"b\\\\c\u00e9\"");
		assertThat(batch.sourceRequestIdJsonLength).isEqualTo(batch.sourceRequestId().json().length);
	}

	@Test
	void threadsAskingAtOnceGetTheSameMadeId() throws Exception {
		for (int round = 0; round < 50; round++) {
			PendingBatch batch = new PendingBatch(null, ENVELOPE, EVENTS, 0);
			Set<String> ids = ConcurrentHashMap.newKeySet();
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Thread thread = new Thread(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					ids.add(batch.sourceRequestId().value());
				});
				thread.start();
				threads.add(thread);
			}
			start.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			assertThat(ids).hasSize(1);
		}
	}

}

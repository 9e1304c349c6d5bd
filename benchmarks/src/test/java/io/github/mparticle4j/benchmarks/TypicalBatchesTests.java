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
import java.util.ArrayList;
import java.util.List;

import io.github.mparticle4j.model.Batch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the batches of the dispatcher benchmark in {@link TypicalBatches} and
 * {@link DispatcherBenchmark}.
 *
 * @author mparticle4j contributors
 */
class TypicalBatchesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void oneEventBatchesOfAUserHaveTheSameBatchLevelContent() {
		ObjectNode first = withoutEventsAndIds(TypicalBatches.oneEvent(3, 1));
		ObjectNode second = withoutEventsAndIds(TypicalBatches.oneEvent(3, 2));
		ObjectNode otherUser = withoutEventsAndIds(TypicalBatches.oneEvent(4, 1));
		assertThat(first).isEqualTo(second).isNotEqualTo(otherUser);
		assertThat(json(TypicalBatches.oneEvent(3, 1)).get("events")).hasSize(1);
		assertThat(json(TypicalBatches.oneEvent(3, 1))).isNotEqualTo(json(TypicalBatches.oneEvent(3, 2)));
	}

	@Test
	void typicalBatchesOfDistinctUsersDiffer() {
		assertThat(withoutEventsAndIds(TypicalBatches.typical(1)))
			.isNotEqualTo(withoutEventsAndIds(TypicalBatches.typical(2)));
	}

	@Test
	void aBulkRequestOfTypicalBatchesHoldsAsManyAsStayUnder256Kilobytes() {
		int perRequest = DispatcherBenchmark.perRequest(TypicalBatches.typical(1_000_000));
		assertThat(perRequest).isBetween(60, 100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Batch> batches = new ArrayList<>();
		for (int i = 0; i < perRequest; i++) {
			batches.add(TypicalBatches.typical(1_000_000 - i));
		}
		new ReferenceWriter(WireCheck.ENVIRONMENT).writeBulk(batches, out);
		assertThat(out.size()).isLessThan(256 * 1024);
		assertThat(out.size() + out.size() / perRequest + 1).isGreaterThanOrEqualTo(256 * 1024);
	}

	@Test
	void aBulkRequestOfOneEventBatchesHoldsOneHundred() {
		assertThat(DispatcherBenchmark.perRequest(TypicalBatches.oneEvent(1_000_000, 1_000_000))).isEqualTo(100);
	}

	private static ObjectNode withoutEventsAndIds(Batch batch) {
		ObjectNode json = json(batch);
		json.remove("events");
		json.remove("source_request_id");
		return json;
	}

	private static ObjectNode json(Batch batch) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ReferenceWriter(WireCheck.ENVIRONMENT).writeSingle(batch, out);
		return (ObjectNode) MAPPER.readTree(out.toByteArray());
	}

}

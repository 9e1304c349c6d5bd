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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.mparticle4j.dispatcher.BatchStore;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.StoredBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the options of {@link OutboxBenchmark} and the profile of {@link TimedStore}.
 *
 * @author mparticle4j contributors
 */
class OutboxBenchmarkTests {

	@Test
	void optionsAreParsed() {
		OutboxBenchmark.Options options = OutboxBenchmark.Options.parse(new String[] { "--quick", "--producers=2",
				"--rate=100", "--synchronous-commit=on", "--parts=commit", "--table-ddl=ANALYZE mparticle_outbox" });
		assertThat(options.batches()).isEqualTo(5_000);
		assertThat(options.producers()).isEqualTo(2);
		assertThat(options.rate()).isEqualTo(100);
		assertThat(options.synchronousCommit()).isEqualTo("on");
		assertThat(options.parts()).isEqualTo(Set.of("commit"));
		assertThat(options.tableDdl()).containsExactly("ANALYZE mparticle_outbox");
	}

	@Test
	void unknownPartsAndOptionsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutboxBenchmark.Options.parse(new String[] { "--parts=throughput,speed" }))
			.withMessageContaining("speed");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OutboxBenchmark.Options.parse(new String[] { "--synchronous-commit=local" }))
			.withMessageContaining("on or off");
		assertThatIllegalArgumentException().isThrownBy(() -> OutboxBenchmark.Options.parse(new String[] { "--fast" }))
			.withMessageContaining("--fast");
	}

	@Test
	void theTimedStorePassesEveryCallOnAndCountsIt() {
		Recording recording = new Recording();
		TimedStore store = new TimedStore(recording);
		StoredBatch batch = new StoredBatch("a", 1, true, "{\"events\":[]}".getBytes(StandardCharsets.UTF_8),
				new byte[0], Instant.EPOCH, 0, null, null);
		store.append(batch);
		store.claim(10, 1_000, Instant.EPOCH);
		store.acknowledge(List.of(batch));
		assertThat(recording.calls).containsExactly("append", "claim", "acknowledge");
		List<String> lines = store.describe(1, 1_000_000_000L);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).contains("append").contains("1 calls");
		assertThat(lines.get(3)).contains("the worker in the store");
	}

	/**
	 * A store that records the calls it gets.
	 */
	private static final class Recording implements BatchStore {

		private final List<String> calls = new ArrayList<>();

		@Override
		public void open(Listener listener) {
		}

		@Override
		public Append append(StoredBatch batch) {
			this.calls.add("append");
			return Append.APPENDED;
		}

		@Override
		public List<StoredBatch> claim(int maxBatches, long maxBytes, Instant now) {
			this.calls.add("claim");
			return List.of();
		}

		@Override
		public void merged(List<List<StoredBatch>> groups) {
			this.calls.add("merged");
		}

		@Override
		public void acknowledge(List<StoredBatch> batches) {
			this.calls.add("acknowledge");
		}

		@Override
		public void release(List<StoredBatch> batches, Instant nextAttemptAt) {
			this.calls.add("release");
		}

		@Override
		public void markDead(List<StoredBatch> batches, DispatchFailure.Reason reason, String message) {
			this.calls.add("markDead");
		}

		@Override
		public Backlog backlog(Instant now) {
			return new Backlog(0, 0, 0, 0, null, null);
		}

		@Override
		public void close() {
		}

	}

}

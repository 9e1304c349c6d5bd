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

import java.util.ArrayList;
import java.util.List;

import io.github.mparticle4j.client.internal.RequestWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link BufferPool}: buffers are reused, more callers than buffers get buffers of
 * their own, and a buffer that grew too large is not kept.
 *
 * @author mparticle4j contributors
 */
class BufferPoolTests {

	@Test
	void releasedBuffersAreReusedEmptyAndCallersBeyondThePoolGetNewOnes() {
		BufferPool pool = new BufferPool(2, 64, 1024);
		List<RequestWriter.Buffer> taken = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			taken.add(pool.acquire());
		}
		assertThat(taken).doesNotHaveDuplicates();
		taken.get(0).write(1);
		taken.forEach(pool::release);
		List<RequestWriter.Buffer> again = List.of(pool.acquire(), pool.acquire(), pool.acquire());
		// two were kept, the third is new
		assertThat(again.stream().filter(taken::contains)).hasSize(2);
		assertThat(again).allSatisfy((buffer) -> assertThat(buffer.size()).isZero());
	}

	@Test
	void aBufferThatGrewPastTheLargestKeptIsNotKept() {
		BufferPool pool = new BufferPool(1, 64, 1024);
		RequestWriter.Buffer grown = pool.acquire();
		grown.write(new byte[2048], 0, 2048);
		pool.release(grown);
		assertThat(pool.acquire()).isNotSameAs(grown);
	}

}

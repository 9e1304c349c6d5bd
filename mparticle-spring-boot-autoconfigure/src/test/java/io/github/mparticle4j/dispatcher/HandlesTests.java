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

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link Handles}: each id gives back its handles oldest first, also when callers
 * gave several batches the same id.
 *
 * @author mparticle4j contributors
 */
class HandlesTests {

	private final Handles handles = new Handles();

	@Test
	void anIdWithOneHandleGivesItBackOnce() {
		CompletableFuture<Delivery> handle = new CompletableFuture<>();
		this.handles.register("a", handle);
		assertThat(this.handles.take("a")).isSameAs(handle);
		assertThat(this.handles.take("a")).isNull();
		assertThat(this.handles.ids()).isEmpty();
	}

	@Test
	void handlesOfOneIdComeBackOldestFirst() {
		CompletableFuture<Delivery> first = registered("a");
		CompletableFuture<Delivery> second = registered("a");
		CompletableFuture<Delivery> third = registered("a");
		assertThat(this.handles.take("a")).isSameAs(first);
		assertThat(this.handles.take("a")).isSameAs(second);
		assertThat(this.handles.take("a")).isSameAs(third);
		assertThat(this.handles.take("a")).isNull();
	}

	@Test
	void aHandleRegisteredAfterATakeComesAfterThoseLeft() {
		CompletableFuture<Delivery> first = registered("a");
		CompletableFuture<Delivery> second = registered("a");
		CompletableFuture<Delivery> third = registered("a");
		assertThat(this.handles.take("a")).isSameAs(first);
		CompletableFuture<Delivery> fourth = registered("a");
		assertThat(this.handles.snapshot()).containsExactly(second, third, fourth);
		this.handles.remove("a", third);
		assertThat(this.handles.take("a")).isSameAs(second);
		assertThat(this.handles.take("a")).isSameAs(fourth);
		assertThat(this.handles.ids()).isEmpty();
	}

	private CompletableFuture<Delivery> registered(String id) {
		CompletableFuture<Delivery> handle = new CompletableFuture<>();
		this.handles.register(id, handle);
		return handle;
	}

}

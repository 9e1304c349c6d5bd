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

package io.github.mparticle4j.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link EventDispatcherLifecycle}.
 *
 * @author mparticle4j contributors
 */
class EventDispatcherLifecycleTests {

	private final EventDispatcher dispatcher = mock(EventDispatcher.class);

	private final EventDispatcherLifecycle lifecycle = new EventDispatcherLifecycle("ios", this.dispatcher,
			Duration.ofSeconds(25));

	private final AtomicInteger callbacks = new AtomicInteger();

	@Test
	void stopReturnsAtOnceAndRunsTheCallbackWhenTheShutdownCompletes() {
		CompletableFuture<Void> shutdown = new CompletableFuture<>();
		given(this.dispatcher.shutdown(Duration.ofSeconds(25))).willReturn(shutdown);
		this.lifecycle.start();
		assertThat(this.lifecycle.isRunning()).isTrue();
		this.lifecycle.stop(this.callbacks::incrementAndGet);
		assertThat(this.lifecycle.isRunning()).isFalse();
		assertThat(this.callbacks).as("the callback waits for the shutdown").hasValue(0);
		then(this.dispatcher).should().shutdown(Duration.ofSeconds(25));
		shutdown.complete(null);
		assertThat(this.callbacks).hasValue(1);
	}

	@Test
	void theCallbackRunsWhenTheShutdownFails() {
		given(this.dispatcher.shutdown(Duration.ofSeconds(25)))
			.willReturn(CompletableFuture.failedFuture(new IllegalStateException("broken")));
		this.lifecycle.start();
		this.lifecycle.stop(this.callbacks::incrementAndGet);
		assertThat(this.callbacks).hasValue(1);
	}

	@Test
	void theCallbackRunsWhenTheShutdownThrows() {
		given(this.dispatcher.shutdown(Duration.ofSeconds(25))).willThrow(new IllegalStateException("broken"));
		this.lifecycle.start();
		this.lifecycle.stop(this.callbacks::incrementAndGet);
		assertThat(this.callbacks).hasValue(1);
	}

	@Test
	void stopsBetweenTheGracefulShutdownAndTheStopOfAWebServerAndIsNotPauseable() {
		// WebServerGracefulShutdownLifecycle and WebServerStartStopLifecycle; checked
		// against their classes in io.github.mparticle4j.webflux
		assertThat(this.lifecycle.getPhase()).isEqualTo(SmartLifecycle.DEFAULT_PHASE - 1536)
			.isLessThan(SmartLifecycle.DEFAULT_PHASE - 1024)
			.isGreaterThan(SmartLifecycle.DEFAULT_PHASE - 2048);
		assertThat(this.lifecycle.isAutoStartup()).isTrue();
		assertThat(this.lifecycle.isPauseable()).isFalse();
	}

}

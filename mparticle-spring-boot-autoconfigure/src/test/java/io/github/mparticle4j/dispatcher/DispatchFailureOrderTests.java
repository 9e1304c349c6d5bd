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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that an {@link EventDispatcher} hands a batch to its
 * {@link DispatchFailureHandler} before the batch's handle fails, so that a caller who
 * sees the failure finds the batch in a dead-letter store.
 *
 * @author mparticle4j contributors
 */
class DispatchFailureOrderTests {

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final List<Boolean> handleDoneWhenHandled = new CopyOnWriteArrayList<>();

	private final List<CompletableFuture<Delivery>> handles = new CopyOnWriteArrayList<>();

	@AfterEach
	void dispose() {
		this.scheduler.dispose();
	}

	@Test
	void aBatchThatMParticleRefusesIsHandedToTheHandlerBeforeItsHandleFails() {
		EventDispatcher dispatcher = dispatcher(401);
		this.handles.add(dispatcher.enqueue(batch()));
		dispatcher.flush();
		this.scheduler.advanceTime();
		assertThat(this.handles.get(0)).isCompletedExceptionally();
		assertThat(this.handleDoneWhenHandled).containsExactly(false);
	}

	@Test
	void aBatchLeftAtShutdownIsHandedToTheHandlerBeforeItsHandleFails() {
		EventDispatcher dispatcher = dispatcher(0);
		this.handles.add(dispatcher.enqueue(batch()));
		dispatcher.shutdown(Duration.ofSeconds(1));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.handles.get(0)).isCompletedExceptionally();
		assertThat(this.handleDoneWhenHandled).containsExactly(false);
	}

	// status 0: never answers
	private EventDispatcher dispatcher(int status) {
		EventsApi api = EventsApi.builder(new ApiCredentials("k", "s"))
			.scheduler(this.scheduler)
			.timeout(Duration.ofHours(1))
			.clientConnector(new InProcessConnector(
					(request) -> (status != 0) ? Mono.just(InProcessConnector.Response.of(status)) : Mono.never()))
			.build();
		return EventDispatcher.builder(api)
			.handleExecutor(Runnable::run)
			.rejectedCredentials(RejectedCredentialsPolicy.FAIL)
			.failureHandler((failure) -> {
				assertThat(failure.reason()).isIn(Reason.UNAUTHORIZED, Reason.SHUTDOWN);
				this.handles.forEach((handle) -> this.handleDoneWhenHandled.add(handle.isDone()));
			})
			.build();
	}

	private static Batch batch() {
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e"));
	}

}

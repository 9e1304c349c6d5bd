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

package io.github.mparticle4j.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MParticleHealthIndicator}.
 *
 * @author mparticle4j contributors
 */
class MParticleHealthIndicatorTests {

	@Test
	void aDispatcherPausedByRejectedCredentialsIsDegradedWithTheReasonAndUpOnceItDeliversAgain() {
		VirtualTimeScheduler time = VirtualTimeScheduler.create();
		AtomicInteger status = new AtomicInteger(403);
		EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
			.scheduler(time)
			.clientConnector(
					new InProcessConnector((request) -> Mono.just(InProcessConnector.Response.of(status.get()))))
			.build();
		EventDispatcher dispatcher = EventDispatcher.builder(api).name("ios").handleExecutor(Runnable::run).build();
		MParticleHealthIndicator indicator = new MParticleHealthIndicator(api, dispatcher, 3,
				MParticleHealthIndicator.DEGRADED);
		try {
			dispatcher
				.enqueue(new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1"))
					.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e")));
			dispatcher.flush();
			time.advanceTime();
			Health paused = indicator.health(true).block();
			assertThat(paused.getStatus()).isEqualTo(MParticleHealthIndicator.DEGRADED);
			assertThat(paused.getDetails()).containsEntry("reason",
					"the dispatcher is paused, keeping its batches: mParticle rejected the credentials (403)");
			assertThat(paused.getDetails().get("dispatcher")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("queuedBatches", 1)
				.containsEntry("pauseReason", "mParticle rejected the credentials (403)");
			status.set(202);
			time.advanceTimeBy(Duration.ofSeconds(5));
			Health resumed = indicator.health(true).block();
			assertThat(resumed.getStatus()).isEqualTo(Status.UP);
			assertThat(dispatcher.status().delivered()).isEqualTo(1);
		}
		finally {
			dispatcher.shutdown(Duration.ZERO);
			api.close();
			time.dispose();
		}
	}

}

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

package io.github.mparticle4j.model;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EventDispatcher}, which assembles batches from bytes serialized in
 * parts, sends exactly the JSON that {@link EventsApi} sends, and rejects exactly the
 * batches that it rejects, for batches with random content.
 *
 * @author mparticle4j contributors
 */
class DispatcherWireTests {

	private static final int SAMPLES = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<byte[]> bodies = new CopyOnWriteArrayList<>();

	private final EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
		.baseUrl("https://s2s.us1.mparticle.com/v2")
		.environment(Batch.Environment.DEVELOPMENT)
		.clientConnector(new InProcessConnector((request) -> {
			this.bodies.add(request.body());
			return Mono.just(InProcessConnector.Response.of(202));
		}))
		.build();

	@Test
	void everyRandomBatchIsSentAsTheClientSendsItOrRejectedWithTheSameViolations() throws Exception {
		RandomModel random = new RandomModel(11);
		EventDispatcher dispatcher = EventDispatcher.builder(this.api).failureHandler((failure) -> {
		}).build();
		int valid = 0;
		for (int i = 0; i < SAMPLES; i++) {
			Batch batch = random.next(Batch.class).sourceRequestId("id-" + i);
			String direct = sendDirectly(batch);
			CompletableFuture<Delivery> handle = dispatcher.enqueue(batch);
			if (direct.startsWith("violation: ")) {
				assertThat(handle).isCompletedExceptionally();
				Throwable failure = handle.handle((delivery, ex) -> ex).join();
				assertThat(failure).isInstanceOfSatisfying(DeliveryFailedException.class, (ex) -> {
					assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.INVALID);
					assertThat(ex.getCause()).hasMessage(direct.substring("violation: ".length()));
				});
				continue;
			}
			valid++;
			dispatcher.flush().get(10, TimeUnit.SECONDS);
			assertThat(handle).isCompleted();
			JsonNode sent = JSON.readTree(this.bodies.remove(this.bodies.size() - 1));
			assertThat(sent).hasSize(1);
			JSONAssert.assertEquals(direct, JSON.writeValueAsString(sent.get(0)), JSONCompareMode.STRICT);
		}
		assertThat(valid).as("valid samples").isGreaterThan(SAMPLES / 10);
		dispatcher.shutdown(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
	}

	@Test
	void mergedRandomBatchesAreTheBatchWithAllTheirEvents() throws Exception {
		RandomModel random = new RandomModel(12);
		EventDispatcher dispatcher = EventDispatcher.builder(this.api).failureHandler((failure) -> {
		}).build();
		int merged = 0;
		for (int i = 0; i < SAMPLES && merged < 20; i++) {
			Batch first = random.next(Batch.class).sourceRequestId(null);
			Batch second = first.copy().events(random.next(Batch.class).getEvents());
			if (!sendDirectly(first).startsWith("{") || !sendDirectly(second).startsWith("{")) {
				continue;
			}
			this.bodies.clear();
			CompletableFuture<Delivery> one = dispatcher.enqueue(first);
			CompletableFuture<Delivery> two = dispatcher.enqueue(second);
			dispatcher.flush().get(10, TimeUnit.SECONDS);
			assertThat(two.join().mergedBatches()).isEqualTo(2);
			Batch expected = first.copy().sourceRequestId(one.join().sourceRequestId());
			List<Event<?>> events = new ArrayList<>(first.getEvents());
			events.addAll(second.getEvents());
			expected.events(events);
			if (expected.getEnvironment() == null) {
				expected.environment(Batch.Environment.DEVELOPMENT);
			}
			JsonNode sent = JSON.readTree(this.bodies.get(0));
			JSONAssert.assertEquals(JSON.writeValueAsString(expected), JSON.writeValueAsString(sent.get(0)),
					JSONCompareMode.STRICT);
			merged++;
		}
		assertThat(merged).isEqualTo(20);
		dispatcher.shutdown(Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
	}

	private String sendDirectly(Batch batch) {
		this.bodies.clear();
		try {
			this.api.uploadEvents(batch).block(Duration.ofSeconds(10));
		}
		catch (MParticleValidationException ex) {
			return "violation: " + ex.getMessage();
		}
		return new String(this.bodies.remove(0), StandardCharsets.UTF_8);
	}

}

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

package io.github.mparticle4j.client;

import java.time.Duration;
import java.util.Locale;

import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends one development batch to the real Events API. Not part of the default build: run
 * it with {@code ./mvnw -B verify -Plive-smoke-test} and the environment variables
 * {@code MPARTICLE_API_KEY}, {@code MPARTICLE_API_SECRET} and, optionally,
 * {@code MPARTICLE_POD} ({@code us1}, {@code us2}, {@code eu1} or {@code au1}).
 *
 * @author mparticle4j contributors
 */
class EventsApiLiveSmokeTest {

	@Test
	void realEventsApiAcceptsADevelopmentBatch() {
		String key = System.getenv("MPARTICLE_API_KEY");
		String secret = System.getenv("MPARTICLE_API_SECRET");
		assertThat(key).as("environment variable MPARTICLE_API_KEY").isNotBlank();
		assertThat(secret).as("environment variable MPARTICLE_API_SECRET").isNotBlank();
		String pod = System.getenv().getOrDefault("MPARTICLE_POD", "us1");
		try (EventsApi api = EventsApi.builder(new ApiCredentials(key, secret))
			.pod(Pod.valueOf(pod.toUpperCase(Locale.ROOT)))
			.build()) {
			Batch batch = new Batch(Batch.Environment.DEVELOPMENT)
				.userIdentities(new UserIdentities().customerId("mparticle4j-smoke-test"))
				.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "mparticle4j smoke test"));
			assertThat(api.uploadEvents(batch).block(Duration.ofSeconds(60)).statusCode()).isEqualTo(202);
		}
	}

}

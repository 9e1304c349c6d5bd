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

import io.github.mparticle4j.autoconfigure.MParticleProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.LifecycleProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the defaults of the {@code mparticle.*} properties are the builders' own, so
 * that a client or a dispatcher configured with no property behaves like one built with
 * no setting.
 *
 * @author mparticle4j contributors
 */
class PropertyDefaultsTests {

	@Test
	void propertyDefaultsAreTheBuilderDefaults() {
		MParticleProperties properties = new MParticleProperties();
		assertThat(properties.getConnectTimeout()).isEqualTo(EventsApiBuilder.DEFAULT_CONNECT_TIMEOUT);
		assertThat(properties.getResponseTimeout()).isEqualTo(EventsApiBuilder.DEFAULT_RESPONSE_TIMEOUT);
		assertThat(properties.getTimeout()).isEqualTo(EventsApiBuilder.DEFAULT_TIMEOUT);
		assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(EventsApiBuilder.DEFAULT_MAX_ATTEMPTS);
		assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(EventsApiBuilder.DEFAULT_INITIAL_BACKOFF);
		assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(EventsApiBuilder.DEFAULT_MAX_BACKOFF);
		assertThat(properties.getRetry().getMaxRetryAfter()).isEqualTo(EventsApiBuilder.DEFAULT_MAX_RETRY_AFTER);
		assertThat(properties.getPod()).isEqualTo(Pod.US1);
		assertThat(properties.isAllowInsecureHttp()).isFalse();
	}

	@Test
	void dispatcherPropertyDefaultsAreTheBuilderDefaults() {
		MParticleProperties.Dispatcher properties = new MParticleProperties().getDispatcher();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getFlushInterval()).isEqualTo(EventDispatcherBuilder.DEFAULT_FLUSH_INTERVAL);
		assertThat(properties.getMaxQueuedBatches()).isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BATCHES);
		assertThat(properties.getMaxQueuedBytes().toBytes()).isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BYTES);
		assertThat(properties.getOverflowPolicy()).isEqualTo(OverflowPolicy.REJECT_NEWEST);
		assertThat(properties.getBlockTimeout()).isEqualTo(EventDispatcherBuilder.DEFAULT_BLOCK_TIMEOUT);
		assertThat(properties.getMaxRequestsInFlight())
			.isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_REQUESTS_IN_FLIGHT);
		assertThat(properties.getMaxBatchesPerSecond()).isZero();
		assertThat(properties.getSlowDownAt()).isEqualTo(EventDispatcherBuilder.DEFAULT_SLOW_DOWN_AT);
		// unset: 5/6 of Spring Boot's default spring.lifecycle.timeout-per-shutdown-phase
		assertThat(properties.getShutdownTimeout()).isNull();
		assertThat(new LifecycleProperties().getTimeoutPerShutdownPhase().multipliedBy(5).dividedBy(6))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_SHUTDOWN_TIMEOUT);
	}

}

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

import io.github.mparticle4j.docs.DocumentedDefaults;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the documented defaults of the {@code mparticle.dispatcher.*} properties are
 * {@link EventDispatcherBuilder}'s own. The properties have none themselves: a setting
 * that no property sets keeps the builder's default, so the configuration metadata is the
 * only other place where a default is written.
 *
 * @author mparticle4j contributors
 */
class DispatcherPropertyDefaultsTests {

	private final DocumentedDefaults documented = new DocumentedDefaults();

	@Test
	void documentedDispatcherDefaultsAreTheBuilderDefaults() {
		assertThat(this.documented.of("mparticle.dispatcher.flush-interval", Duration.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_FLUSH_INTERVAL);
		assertThat(this.documented.of("mparticle.dispatcher.max-queued-batches", Integer.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BATCHES);
		assertThat(this.documented.of("mparticle.dispatcher.max-queued-bytes", DataSize.class).toBytes())
			.isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_QUEUED_BYTES);
		assertThat(this.documented.of("mparticle.dispatcher.overflow-policy", OverflowPolicy.class))
			.isEqualTo(OverflowPolicy.REJECT_NEWEST);
		assertThat(this.documented.of("mparticle.dispatcher.block-timeout", Duration.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_BLOCK_TIMEOUT);
		assertThat(this.documented.of("mparticle.dispatcher.max-requests-in-flight", Integer.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_REQUESTS_IN_FLIGHT);
		assertThat(this.documented.of("mparticle.dispatcher.max-batches-per-second", Double.class)).isZero();
		assertThat(this.documented.of("mparticle.dispatcher.slow-down-at", Integer.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_SLOW_DOWN_AT);
		assertThat(this.documented.of("mparticle.dispatcher.rejected-credentials", RejectedCredentialsPolicy.class))
			.isEqualTo(RejectedCredentialsPolicy.PAUSE);
		assertThat(this.documented.of("mparticle.dispatcher.max-credentials-backoff", Duration.class))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_MAX_CREDENTIALS_BACKOFF);
		// unset: 5/6 of Spring Boot's default spring.lifecycle.timeout-per-shutdown-phase
		assertThat(new LifecycleProperties().getTimeoutPerShutdownPhase().multipliedBy(5).dividedBy(6))
			.isEqualTo(EventDispatcherBuilder.DEFAULT_SHUTDOWN_TIMEOUT);
	}

}

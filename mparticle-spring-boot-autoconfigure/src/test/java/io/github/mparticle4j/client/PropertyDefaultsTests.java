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

import io.github.mparticle4j.docs.DocumentedDefaults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the documented defaults of the {@code mparticle.*} properties of the client
 * are {@link EventsApiBuilder}'s own ({@code DispatcherPropertyDefaultsTests} does the
 * same for the dispatcher's). The properties have none themselves: a setting that no
 * property sets keeps the builder's default, so the configuration metadata is the only
 * other place where a default is written.
 *
 * @author mparticle4j contributors
 */
class PropertyDefaultsTests {

	private final DocumentedDefaults documented = new DocumentedDefaults();

	@Test
	void documentedDefaultsAreTheBuilderDefaults() {
		assertThat(this.documented.of("mparticle.connect-timeout", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_CONNECT_TIMEOUT);
		assertThat(this.documented.of("mparticle.response-timeout", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_RESPONSE_TIMEOUT);
		assertThat(this.documented.of("mparticle.timeout", Duration.class)).isEqualTo(EventsApiBuilder.DEFAULT_TIMEOUT);
		assertThat(this.documented.of("mparticle.retry.max-attempts", Integer.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_ATTEMPTS);
		assertThat(this.documented.of("mparticle.retry.initial-backoff", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_INITIAL_BACKOFF);
		assertThat(this.documented.of("mparticle.retry.max-backoff", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_BACKOFF);
		assertThat(this.documented.of("mparticle.retry.max-retry-after", Duration.class))
			.isEqualTo(EventsApiBuilder.DEFAULT_MAX_RETRY_AFTER);
		assertThat(this.documented.of("mparticle.pod", Pod.class)).isEqualTo(Pod.US1);
		assertThat(this.documented.of("mparticle.allow-insecure-http", Boolean.class)).isFalse();
	}

}

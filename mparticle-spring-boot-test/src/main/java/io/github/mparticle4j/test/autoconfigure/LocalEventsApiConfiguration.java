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

package io.github.mparticle4j.test.autoconfigure;

import io.github.mparticle4j.autoconfigure.MParticleInputConnectionDetailsResolver;
import io.github.mparticle4j.test.standin.LocalEventsApi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A {@link LocalEventsApi local stand-in} for the mParticle Events API that the
 * auto-configured {@code EventsApi} sends to, the default input and every named input
 * ({@code mparticle.inputs.<name>}) alike. Imported by
 * {@link LocalEventsApiAutoConfiguration} (in tests) and by
 * {@link LocalStandInAutoConfiguration} (in a running application).
 *
 * @author mparticle4j contributors
 */
@Configuration(proxyBeanMethods = false)
class LocalEventsApiConfiguration {

	@Bean(destroyMethod = "stop")
	@ConditionalOnMissingBean
	LocalEventsApi localEventsApi() {
		return LocalEventsApi.start(0);
	}

	// Primary: the stand-in wins over connection details that the application defines
	@Bean
	@Primary
	LocalEventsApiConnectionDetails localEventsApiConnectionDetails(LocalEventsApi localEventsApi) {
		return new LocalEventsApiConnectionDetails(localEventsApi);
	}

	// Last: the stand-in wins over what the application resolves for its named inputs
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MParticleInputConnectionDetailsResolver localEventsApiInputConnectionDetailsResolver(
			LocalEventsApi localEventsApi) {
		return (input, details) -> new LocalEventsApiConnectionDetails(localEventsApi);
	}

}

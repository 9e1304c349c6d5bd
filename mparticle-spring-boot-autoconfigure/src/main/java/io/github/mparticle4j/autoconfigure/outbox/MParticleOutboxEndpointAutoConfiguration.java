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

package io.github.mparticle4j.autoconfigure.outbox;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleOutbox;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@link MParticleOutboxEndpoint}, where Actuator and
 * spring-jdbc are on the class path and the endpoint is available (exposed and not
 * disabled), as Boot's own endpoints are.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(after = MParticleAutoConfiguration.class)
@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
		"org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint",
		"org.springframework.jdbc.core.simple.JdbcClient" })
@ConditionalOnBean(MParticleOutbox.class)
public final class MParticleOutboxEndpointAutoConfiguration {

	// nested, so that its condition's class is looked up only once Actuator's
	// auto-configuration is known to be there
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnAvailableEndpoint(MParticleOutboxEndpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MParticleOutboxEndpoint mparticleOutboxEndpoint(MParticleOutbox mparticleOutbox) {
			return new MParticleOutboxEndpoint(mparticleOutbox);
		}

	}

}

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

package io.github.mparticle4j.autoconfigure.health;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.health.MParticleHealthIndicator;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.autoconfigure.contributor.CompositeReactiveHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for
 * {@link MParticleHealthIndicator}.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(after = MParticleAutoConfiguration.class)
@ConditionalOnClass({ EventsApi.class, Flux.class, MParticleHealthIndicator.class,
		ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(EventsApi.class)
@ConditionalOnEnabledHealthIndicator("mparticle")
@EnableConfigurationProperties(MParticleHealthIndicatorProperties.class)
public final class MParticleHealthContributorAutoConfiguration
		extends CompositeReactiveHealthContributorConfiguration<MParticleHealthIndicator, EventsApi> {

	MParticleHealthContributorAutoConfiguration(MParticleHealthIndicatorProperties properties) {
		super((eventsApi) -> new MParticleHealthIndicator(eventsApi, failureThreshold(properties),
				properties.getFailureStatus().status()));
	}

	private static int failureThreshold(MParticleHealthIndicatorProperties properties) {
		if (properties.getFailureThreshold() < 1) {
			throw new InvalidConfigurationPropertyValueException("management.health.mparticle.failure-threshold",
					properties.getFailureThreshold(), "must be at least 1");
		}
		return properties.getFailureThreshold();
	}

	@Bean
	@ConditionalOnMissingBean(name = { "mparticleHealthIndicator", "mparticleHealthContributor" })
	ReactiveHealthContributor mparticleHealthContributor(ConfigurableListableBeanFactory beanFactory) {
		return createContributor(beanFactory, EventsApi.class);
	}

}

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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.autoconfigure.MParticleOutbox;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.health.MParticleHealthIndicator;
import io.github.mparticle4j.health.MParticleInputsHealthIndicator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
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
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for
 * {@link MParticleHealthIndicator}: one per mParticle input, all with the same settings,
 * each with the state of the input's dispatcher when it has one, and {@code mode: log} in
 * the details of an input in log mode, and the state of its outbox when its dispatcher
 * keeps its batches in one. With named inputs, an {@link MParticleInputsHealthIndicator}
 * shows them all under {@code mparticle}, with the worst of their statuses.
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
		extends CompositeReactiveHealthContributorConfiguration<ReactiveHealthIndicator, InputClients> {

	private static final String DEFAULT_BEAN_NAME = "mparticleEventsApi";

	private static final String DEFAULT_INPUT = "default";

	MParticleHealthContributorAutoConfiguration(MParticleHealthIndicatorProperties properties) {
		super((input) -> {
			ReactiveHealthIndicator indicator = new MParticleHealthIndicator(input.eventsApi(), input.dispatcher(),
					failureThreshold(properties), properties.getFailureStatus().status());
			InputOutbox outbox = input.outbox();
			if (outbox != null) {
				indicator = outbox.indicator(indicator, outboxSettings(properties),
						properties.getFailureStatus().status());
			}
			return input.logMode() ? new LogModeHealthIndicator(indicator) : indicator;
		});
	}

	private static MParticleHealthIndicatorProperties.Outbox outboxSettings(
			MParticleHealthIndicatorProperties properties) {
		MParticleHealthIndicatorProperties.Outbox outbox = properties.getOutbox();
		Duration maxAge = outbox.getMaxOldestPendingAge();
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			throw new InvalidConfigurationPropertyValueException(
					"management.health.mparticle.outbox.max-oldest-pending-age", maxAge, "must be positive");
		}
		if (outbox.getMaxDeadBatches() < 0) {
			throw new InvalidConfigurationPropertyValueException("management.health.mparticle.outbox.max-dead-batches",
					outbox.getMaxDeadBatches(), "must not be negative");
		}
		return outbox;
	}

	private static int failureThreshold(MParticleHealthIndicatorProperties properties) {
		if (properties.getFailureThreshold() < 1) {
			throw new InvalidConfigurationPropertyValueException("management.health.mparticle.failure-threshold",
					properties.getFailureThreshold(), "must be at least 1");
		}
		return properties.getFailureThreshold();
	}

	/**
	 * The contributor: with the default input only, its indicator, as {@code mparticle};
	 * with named inputs, an {@link MParticleInputsHealthIndicator} as {@code mparticle},
	 * with the health of each input in its details, named after the input, the default
	 * one as {@code default}.
	 * @param beanFactory the bean factory
	 * @param inputs the inputs
	 * @param outboxes the outbox of the inputs that keep their batches in a table
	 * @param environment the environment, for the mode of each input
	 * @return the contributor
	 */
	@Bean
	@ConditionalOnMissingBean(name = { "mparticleHealthIndicator", "mparticleHealthContributor" })
	ReactiveHealthContributor mparticleHealthContributor(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<MParticleInputs> inputs, ObjectProvider<MParticleOutbox> outboxes, Environment environment) {
		MParticleInputs available = inputs.getIfAvailable();
		Set<String> names = (available != null) ? available.names() : Set.of();
		Map<String, EventsApi> eventsApis = beanFactory.getBeansOfType(EventsApi.class, true, false);
		long unnamed = eventsApis.keySet().stream().filter((name) -> !names.contains(name)).count();
		Map<String, InputClients> components = new LinkedHashMap<>();
		eventsApis.forEach((name, eventsApi) -> {
			if (names.contains(name)) {
				components.put(name, new InputClients(eventsApi, namedDispatcher(beanFactory, name),
						InputClients.logMode(environment, name), InputOutbox.find(outboxes.getIfAvailable(), name)));
			}
			else {
				EventDispatcher dispatcher = (unnamed == 1 && available != null) ? available.getDefaultDispatcher()
						: null;
				String component = (!names.isEmpty() && name.equals(DEFAULT_BEAN_NAME)) ? "default" : name;
				InputOutbox outbox = (dispatcher != null) ? InputOutbox.find(outboxes.getIfAvailable(), DEFAULT_INPUT)
						: null;
				components.put(component,
						new InputClients(eventsApi, dispatcher, InputClients.logMode(environment, null), outbox));
			}
		});
		if (names.isEmpty()) {
			return createContributor(components);
		}
		Map<String, ReactiveHealthIndicator> indicators = new LinkedHashMap<>();
		components.forEach((name, clients) -> indicators.put(name, createIndicator(clients)));
		return new MParticleInputsHealthIndicator(indicators);
	}

	private static @Nullable EventDispatcher namedDispatcher(ConfigurableListableBeanFactory beanFactory, String name) {
		try {
			return BeanFactoryAnnotationUtils.qualifiedBeanOfType(beanFactory, EventDispatcher.class, name);
		}
		catch (NoSuchBeanDefinitionException ex) {
			return null;
		}
	}

}

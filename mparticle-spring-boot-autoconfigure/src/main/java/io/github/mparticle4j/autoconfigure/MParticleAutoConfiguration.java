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

package io.github.mparticle4j.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.DispatchFailureHandler;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the mParticle Events API client:
 * the default input ({@code mparticle.*}) as the primary {@link EventsApi}, one
 * {@link EventsApi} bean per named input ({@code mparticle.inputs.<name>.*}) named after
 * it, an {@link EventDispatcher} for each input ({@code mparticle.dispatcher.*}) with its
 * metrics when Micrometer is present, and {@link MParticleInputs} to look them up.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(after = { ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class },
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple."
						+ "SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ WebClient.class, EventsApi.class })
@ConditionalOnBooleanProperty(name = "mparticle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MParticleProperties.class)
@Import({ MParticleInputsRegistrar.class, MParticleJdbcStoreConfiguration.class })
public final class MParticleAutoConfiguration {

	static final String REACTOR_NETTY_CLASS = "reactor.netty.http.client.HttpClient";

	@Bean
	@ConditionalOnMissingBean(MParticleConnectionDetails.class)
	PropertiesMParticleConnectionDetails mparticleConnectionDetails(MParticleProperties properties) {
		return new PropertiesMParticleConnectionDetails(properties);
	}

	@Bean
	PropertiesEventsApiBuilderCustomizer mparticlePropertiesEventsApiBuilderCustomizer(MParticleProperties properties,
			MParticleEventsApiFactory eventsApiFactory) {
		return new PropertiesEventsApiBuilderCustomizer(properties, eventsApiFactory::connector);
	}

	@Bean(MParticleEventsApiFactory.BEAN_NAME)
	MParticleEventsApiFactory mparticleEventsApiFactory(MParticleProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<MParticleWebClientBuilderCustomizer> webClientCustomizers,
			ObjectProvider<EventsApiBuilderCustomizer> customizers,
			ObjectProvider<MParticleInputConnectionDetailsResolver> connectionDetailsResolvers,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader,
			RegisteredInputs registeredInputs, Environment environment) {
		registeredInputs.check(environment);
		return new MParticleEventsApiFactory(properties, webClientBuilder, webClientCustomizers, customizers,
				connectionDetailsResolvers, connectorBuilder, httpClientSettings, resourceLoader);
	}

	// Primary: the default input wins over the named ones where one EventsApi is injected
	@Bean
	@Primary
	@ConditionalOnMissingBean
	@Conditional(DefaultInputCondition.class)
	EventsApi mparticleEventsApi(MParticleEventsApiFactory eventsApiFactory,
			MParticleConnectionDetails connectionDetails) {
		return eventsApiFactory.createDefault(connectionDetails);
	}

	@Bean(MParticleEventDispatcherFactory.BEAN_NAME)
	MParticleEventDispatcherFactory mparticleEventDispatcherFactory(MParticleProperties properties,
			ObjectProvider<EventDispatcherBuilderCustomizer> customizers,
			ObjectProvider<DispatchFailureHandler> failureHandler, ObjectProvider<EventDispatcherMetrics> metrics,
			ObjectProvider<InputStores> stores, Environment environment, RegisteredInputs registeredInputs,
			BeanFactory beanFactory) {
		registeredInputs.check(environment);
		return new MParticleEventDispatcherFactory(properties, customizers, failureHandler, metrics, stores,
				environment, beanFactory);
	}

	@Bean
	PropertiesEventDispatcherBuilderCustomizer mparticlePropertiesEventDispatcherBuilderCustomizer(
			MParticleEventDispatcherFactory eventDispatcherFactory) {
		return eventDispatcherFactory.propertiesCustomizer();
	}

	@Bean
	@ConditionalOnMissingBean
	MParticleInputs mparticleInputs(ListableBeanFactory beanFactory, RegisteredInputs registeredInputs,
			Environment environment) {
		registeredInputs.check(environment);
		return new MParticleInputs(beanFactory, new LinkedHashSet<>(List.of(registeredInputs.getNames())));
	}

	// the dispatcher of the default input, when the default EventsApi is configured (or
	// the application defines its own); the named inputs' are registered by
	// MParticleInputsRegistrar
	@Configuration(proxyBeanMethods = false)
	@Conditional(DefaultInputCondition.class)
	@ConditionalOnBooleanProperty(name = "mparticle.dispatcher.enabled", matchIfMissing = true)
	@ConditionalOnMissingBean(EventDispatcher.class)
	static class DefaultEventDispatcherConfiguration {

		// Primary: the default input wins over the named ones where one is injected. Its
		// client: the primary or only EventsApi, else the one that is not a named input
		// (an application's own next to named inputs)
		@Bean
		@Primary
		EventDispatcher mparticleEventDispatcher(MParticleEventDispatcherFactory eventDispatcherFactory,
				ObjectProvider<EventsApi> eventsApi, MParticleInputs inputs) {
			return eventDispatcherFactory.createDefault(eventsApi.getIfUnique(inputs::getDefault));
		}

		@Bean
		EventDispatcherLifecycle mparticleEventDispatcherLifecycle(
				MParticleEventDispatcherFactory eventDispatcherFactory, EventDispatcher mparticleEventDispatcher) {
			return eventDispatcherFactory.createDefaultLifecycle(mparticleEventDispatcher);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class EventDispatcherMetricsConfiguration {

		@Bean
		MicrometerEventDispatcherMetrics mparticleEventDispatcherMetrics(MeterRegistry meterRegistry) {
			return new MicrometerEventDispatcherMetrics(meterRegistry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		SanitizingFunction mparticleSecretSanitizingFunction(Environment environment) {
			return new MParticleSecretSanitizingFunction(environment);
		}

	}

}

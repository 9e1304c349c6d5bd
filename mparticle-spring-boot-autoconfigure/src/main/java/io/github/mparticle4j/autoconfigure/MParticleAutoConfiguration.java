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

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the mParticle Events API client.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(after = { ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class })
@ConditionalOnClass({ WebClient.class, EventsApi.class })
@ConditionalOnBooleanProperty(name = "mparticle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MParticleProperties.class)
public final class MParticleAutoConfiguration {

	static final String REACTOR_NETTY_CLASS = "reactor.netty.http.client.HttpClient";

	@Bean
	@ConditionalOnMissingBean(MParticleConnectionDetails.class)
	PropertiesMParticleConnectionDetails mparticleConnectionDetails(MParticleProperties properties) {
		return new PropertiesMParticleConnectionDetails(properties);
	}

	@Bean
	PropertiesEventsApiBuilderCustomizer mparticlePropertiesEventsApiBuilderCustomizer(MParticleProperties properties,
			MParticleConnectionDetails connectionDetails,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader) {
		return new PropertiesEventsApiBuilderCustomizer(properties, connectionDetails,
				() -> connector(properties, connectorBuilder, httpClientSettings, resourceLoader));
	}

	@Bean
	@ConditionalOnMissingBean
	EventsApi mparticleEventsApi(MParticleConnectionDetails connectionDetails,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<MParticleWebClientBuilderCustomizer> webClientCustomizers,
			ObjectProvider<EventsApiBuilderCustomizer> customizers, ResourceLoader resourceLoader) {
		if (!ClassUtils.isPresent(REACTOR_NETTY_CLASS, resourceLoader.getClassLoader())) {
			throw new MissingReactorNettyException();
		}
		EventsApiBuilder builder = EventsApi.builder(credentials(connectionDetails));
		WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(webClient));
		builder.webClientBuilder(webClient);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		try {
			return builder.build();
		}
		catch (InvalidEventsApiSettingException ex) {
			throw PropertiesEventsApiBuilderCustomizer.toPropertyException(ex);
		}
	}

	private static ApiCredentials credentials(MParticleConnectionDetails connectionDetails) {
		String key = connectionDetails.getApiKey();
		String secret = connectionDetails.getApiSecret();
		try {
			return new ApiCredentials(key, secret);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("mparticle.api-key", key, ex.getMessage());
		}
	}

	private static ClientHttpConnector connector(MParticleProperties properties,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader) {
		ClientHttpConnectorBuilder<?> builder = ReactorNettyConnectorBuilders.withTcpNoDelay(connectorBuilder
			.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())));
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.getConnectTimeout(), properties.getResponseTimeout());
		return builder.build(settings);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		SanitizingFunction mparticleSecretSanitizingFunction() {
			return new MParticleSecretSanitizingFunction();
		}

	}

}

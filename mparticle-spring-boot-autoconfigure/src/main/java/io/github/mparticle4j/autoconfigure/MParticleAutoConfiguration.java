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

import java.net.URI;
import java.util.function.Consumer;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InProcessConnector;

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
	@ConditionalOnMissingBean
	EventsApi mparticleEventsApi(MParticleProperties properties, MParticleConnectionDetails connectionDetails,
			ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<MParticleWebClientBuilderCustomizer> webClientCustomizers,
			ObjectProvider<EventsApiBuilderCustomizer> customizers,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader) {
		if (!ClassUtils.isPresent(REACTOR_NETTY_CLASS, resourceLoader.getClassLoader())) {
			throw new MissingReactorNettyException();
		}
		EventsApiBuilder builder = EventsApi.builder(credentials(connectionDetails));
		URI baseUrl = connectionDetails.getBaseUrl();
		set("mparticle.base-url", baseUrl,
				(url) -> builder.baseUrl(EventsApiBuilder.checkBaseUrl(url, properties.isAllowInsecureHttp())));
		builder.allowInsecureHttp(properties.isAllowInsecureHttp()).environment(properties.getEnvironment());
		set("mparticle.connect-timeout", properties.getConnectTimeout(), builder::connectTimeout);
		set("mparticle.response-timeout", properties.getResponseTimeout(), builder::responseTimeout);
		set("mparticle.timeout", properties.getTimeout(), builder::timeout);
		MParticleProperties.Retry retry = properties.getRetry();
		set("mparticle.retry.max-attempts", retry.getMaxAttempts(), builder::maxAttempts);
		set("mparticle.retry.initial-backoff", retry.getInitialBackoff(), builder::initialBackoff);
		set("mparticle.retry.max-backoff", retry.getMaxBackoff(), builder::maxBackoff);
		set("mparticle.retry.max-retry-after", retry.getMaxRetryAfter(), builder::maxRetryAfter);
		if (retry.getInitialBackoff().compareTo(retry.getMaxBackoff()) > 0) {
			throw new InvalidConfigurationPropertyValueException("mparticle.retry.initial-backoff",
					retry.getInitialBackoff(),
					"must not be longer than mparticle.retry.max-backoff (" + retry.getMaxBackoff() + ")");
		}
		WebClient.Builder webClient = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(webClient));
		builder.webClientBuilder(webClient)
			.clientConnector((properties.getMode() == MParticleProperties.Mode.LOG)
					? new InProcessConnector(new LogModeResponder(properties.getLog().isIncludeData()))
					: connector(properties, connectorBuilder, httpClientSettings, resourceLoader));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
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

	private static <T> void set(String property, T value, Consumer<T> setter) {
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, ex.getMessage());
		}
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

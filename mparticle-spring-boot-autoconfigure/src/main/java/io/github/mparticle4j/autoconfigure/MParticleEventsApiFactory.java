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
import io.github.mparticle4j.client.SettingChecks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the auto-configured {@link EventsApi} of each input, the default one and the
 * named ones, the same way: on a copy of Spring Boot's {@link WebClient.Builder} with the
 * {@link MParticleWebClientBuilderCustomizer}s, then the
 * {@link EventsApiBuilderCustomizer}s in order, each told which input it customizes (the
 * standard one applies that input's properties). Every client gets its own connector and
 * its own rate-limit state; connections come from the application's Reactor Netty pool,
 * as for any WebClient.
 *
 * @author mparticle4j contributors
 */
final class MParticleEventsApiFactory {

	/**
	 * The name of this factory's bean, which the bean definitions of the named inputs
	 * refer to.
	 */
	static final String BEAN_NAME = "mparticleEventsApiFactory";

	private final MParticleProperties properties;

	private final ObjectProvider<WebClient.Builder> webClientBuilder;

	private final ObjectProvider<MParticleWebClientBuilderCustomizer> webClientCustomizers;

	private final ObjectProvider<EventsApiBuilderCustomizer> customizers;

	private final ObjectProvider<MParticleInputConnectionDetailsResolver> connectionDetailsResolvers;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<HttpClientSettings> httpClientSettings;

	private final ResourceLoader resourceLoader;

	MParticleEventsApiFactory(MParticleProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<MParticleWebClientBuilderCustomizer> webClientCustomizers,
			ObjectProvider<EventsApiBuilderCustomizer> customizers,
			ObjectProvider<MParticleInputConnectionDetailsResolver> connectionDetailsResolvers,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader) {
		this.properties = properties;
		this.webClientBuilder = webClientBuilder;
		this.webClientCustomizers = webClientCustomizers;
		this.customizers = customizers;
		this.connectionDetailsResolvers = connectionDetailsResolvers;
		this.connectorBuilder = connectorBuilder;
		this.httpClientSettings = httpClientSettings;
		this.resourceLoader = resourceLoader;
	}

	/**
	 * Builds the client of the default input.
	 * @param connectionDetails the connection details of the default input
	 * @return the client
	 */
	EventsApi createDefault(MParticleConnectionDetails connectionDetails) {
		return build(MParticleInput.defaultInput(this.properties), connectionDetails);
	}

	/**
	 * Builds the client of a named input.
	 * @param name the name of the input
	 * @return the client
	 */
	EventsApi create(String name) {
		MParticleInput input = MParticleInput.of(this.properties, name);
		MParticleConnectionDetails details = new PropertiesMParticleConnectionDetails(input);
		for (MParticleInputConnectionDetailsResolver resolver : this.connectionDetailsResolvers.orderedStream()
			.toList()) {
			details = resolver.resolve(name, details);
		}
		return build(input, details);
	}

	private EventsApi build(MParticleInput input, MParticleConnectionDetails connectionDetails) {
		ClassLoader classLoader = this.resourceLoader.getClassLoader();
		if (!ClassUtils.isPresent(MParticleAutoConfiguration.REACTOR_NETTY_CLASS, classLoader)) {
			throw new MissingReactorNettyException();
		}
		EventsApiBuilder builder = EventsApi.builder(credentials(connectionDetails, input))
			.baseUrl(connectionDetails.getBaseUrl());
		WebClient.Builder webClient = this.webClientBuilder.getIfAvailable(WebClient::builder).clone();
		this.webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(webClient));
		builder.webClientBuilder(webClient);
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(input.name(), builder));
		try {
			return builder.build();
		}
		catch (InvalidEventsApiSettingException ex) {
			throw input.toPropertyException(ex);
		}
	}

	private static ApiCredentials credentials(MParticleConnectionDetails connectionDetails, MParticleInput input) {
		String key = connectionDetails.getApiKey();
		String secret = connectionDetails.getApiSecret();
		try {
			return new ApiCredentials(key, secret);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(input.prefix() + "api-key", key, ex.getMessage());
		}
	}

	/**
	 * Builds Spring Boot's connector with the timeouts of an input. The timeouts are
	 * checked first, as the client's builder checks them: Spring Boot's connector
	 * converts them to milliseconds, which overflows for the longest ones.
	 * @param input the input
	 * @return the connector
	 * @throws InvalidEventsApiSettingException if a timeout cannot be used, naming its
	 * setting
	 */
	ClientHttpConnector connector(MParticleInput input) {
		SettingChecks.positive("connectTimeout", input.connectTimeout());
		SettingChecks.positive("responseTimeout", input.responseTimeout());
		ClientHttpConnectorBuilder<?> builder = ReactorNettyConnectorBuilders.withTcpNoDelay(this.connectorBuilder
			.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(this.resourceLoader.getClassLoader())));
		HttpClientSettings settings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(input.connectTimeout(), input.responseTimeout());
		return builder.build(settings);
	}

}

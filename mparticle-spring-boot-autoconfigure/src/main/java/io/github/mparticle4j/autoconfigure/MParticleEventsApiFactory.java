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

import java.util.function.Function;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;
import org.jspecify.annotations.Nullable;

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
 * {@link EventsApiBuilderCustomizer}s in order. For a named input, the standard
 * customizer applies the input's properties (its own over the inherited ones) instead of
 * the top-level ones. Every client gets its own connector and its own rate-limit state;
 * connections come from the application's Reactor Netty pool, as for any WebClient.
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
		return build(connectionDetails, null, PropertiesEventsApiBuilderCustomizer.TOP_LEVEL);
	}

	/**
	 * Builds the client of a named input.
	 * @param name the name of the input
	 * @return the client
	 */
	EventsApi create(String name) {
		MParticleProperties.Input input = this.properties.getInputs().get(name);
		if (input == null) {
			throw new IllegalStateException("No mParticle input named '" + name + "'");
		}
		String prefix = "mparticle.inputs." + name + ".";
		MParticleProperties merged = input.merge(this.properties);
		MParticleConnectionDetails details = new PropertiesMParticleConnectionDetails(merged, prefix);
		for (MParticleInputConnectionDetailsResolver resolver : this.connectionDetailsResolvers.orderedStream()
			.toList()) {
			details = resolver.resolve(name, details);
		}
		PropertiesEventsApiBuilderCustomizer inputProperties = new PropertiesEventsApiBuilderCustomizer(merged, details,
				() -> connector(merged), name);
		return build(details, inputProperties, (property) -> input.sets(property) ? prefix + property
				: PropertiesEventsApiBuilderCustomizer.TOP_LEVEL.apply(property));
	}

	/**
	 * Builds a client.
	 * @param connectionDetails the connection details
	 * @param inputProperties the customizer that applies a named input's properties in
	 * place of the standard one, {@code null} for the default input
	 * @param propertyNames the full name of each property, from its name relative to
	 * {@code mparticle.}
	 * @return the client
	 */
	private EventsApi build(MParticleConnectionDetails connectionDetails,
			@Nullable PropertiesEventsApiBuilderCustomizer inputProperties, Function<String, String> propertyNames) {
		ClassLoader classLoader = this.resourceLoader.getClassLoader();
		if (!ClassUtils.isPresent(MParticleAutoConfiguration.REACTOR_NETTY_CLASS, classLoader)) {
			throw new MissingReactorNettyException();
		}
		EventsApiBuilder builder = EventsApi.builder(credentials(connectionDetails, propertyNames));
		WebClient.Builder webClient = this.webClientBuilder.getIfAvailable(WebClient::builder).clone();
		this.webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(webClient));
		builder.webClientBuilder(webClient);
		this.customizers.orderedStream()
			.map((customizer) -> (inputProperties != null && customizer instanceof PropertiesEventsApiBuilderCustomizer)
					? inputProperties : customizer)
			.forEach((customizer) -> customizer.customize(builder));
		try {
			return builder.build();
		}
		catch (InvalidEventsApiSettingException ex) {
			throw PropertiesEventsApiBuilderCustomizer.toPropertyException(ex, propertyNames);
		}
	}

	private static ApiCredentials credentials(MParticleConnectionDetails connectionDetails,
			Function<String, String> propertyNames) {
		String key = connectionDetails.getApiKey();
		String secret = connectionDetails.getApiSecret();
		try {
			return new ApiCredentials(key, secret);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(propertyNames.apply("api-key"), key, ex.getMessage());
		}
	}

	/**
	 * Builds Spring Boot's connector with the timeouts of the given properties.
	 * @param properties the top-level properties, or the merged ones of a named input
	 * @return the connector
	 */
	ClientHttpConnector connector(MParticleProperties properties) {
		ClientHttpConnectorBuilder<?> builder = ReactorNettyConnectorBuilders.withTcpNoDelay(this.connectorBuilder
			.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(this.resourceLoader.getClassLoader())));
		HttpClientSettings settings = this.httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.getConnectTimeout(), properties.getResponseTimeout());
		return builder.build(settings);
	}

}

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

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.Ordered;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * The standard {@link EventsApiBuilderCustomizer}: copies the {@code mparticle.*}
 * properties and the {@link MParticleConnectionDetails} base URL onto the builder, and
 * sets the connector (Spring Boot's, or the in-process one of the log mode). It runs
 * first (order 0), so that the application's customizers can override it.
 * <p>
 * The builder checks the settings in {@code build()}; {@link #toPropertyException} turns
 * its failure into one that names the property.
 *
 * @author mparticle4j contributors
 */
final class PropertiesEventsApiBuilderCustomizer implements EventsApiBuilderCustomizer, Ordered {

	/**
	 * The property behind each builder setting, relative to {@code mparticle.} or to
	 * {@code mparticle.inputs.<name>.}.
	 */
	private static final Map<String, String> PROPERTIES = Map.of("baseUrl", "base-url", "connectTimeout",
			"connect-timeout", "responseTimeout", "response-timeout", "timeout", "timeout", "maxAttempts",
			"retry.max-attempts", "initialBackoff", "retry.initial-backoff", "maxBackoff", "retry.max-backoff",
			"maxRetryAfter", "retry.max-retry-after");

	/**
	 * Names the top-level properties.
	 */
	static final Function<String, String> TOP_LEVEL = (property) -> "mparticle." + property;

	private final MParticleProperties properties;

	private final MParticleConnectionDetails connectionDetails;

	private final Supplier<ClientHttpConnector> connector;

	private final String input;

	PropertiesEventsApiBuilderCustomizer(MParticleProperties properties, MParticleConnectionDetails connectionDetails,
			Supplier<ClientHttpConnector> connector) {
		this(properties, connectionDetails, connector, "default");
	}

	/**
	 * Creates the customizer of an input.
	 * @param properties the top-level properties, or the merged ones of a named input
	 * @param connectionDetails the input's connection details
	 * @param connector supplies Spring Boot's connector
	 * @param input the name of the input, {@code default} for the default one, which log
	 * mode names in its log lines
	 */
	PropertiesEventsApiBuilderCustomizer(MParticleProperties properties, MParticleConnectionDetails connectionDetails,
			Supplier<ClientHttpConnector> connector, String input) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.connector = connector;
		this.input = input;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customize(EventsApiBuilder builder) {
		MParticleProperties.Retry retry = this.properties.getRetry();
		builder.baseUrl(this.connectionDetails.getBaseUrl())
			.allowInsecureHttp(this.properties.isAllowInsecureHttp())
			.environment(this.properties.getEnvironment())
			.connectTimeout(this.properties.getConnectTimeout())
			.responseTimeout(this.properties.getResponseTimeout())
			.timeout(this.properties.getTimeout())
			.maxAttempts(retry.getMaxAttempts())
			.initialBackoff(retry.getInitialBackoff())
			.maxBackoff(retry.getMaxBackoff())
			.maxRetryAfter(retry.getMaxRetryAfter())
			.clientConnector((this.properties.getMode() == MParticleProperties.Mode.LOG)
					? new InProcessConnector(new LogModeResponder(this.input, this.properties.getLog().isIncludeData()))
					: this.connector.get());
	}

	/**
	 * Names the property behind a builder setting that cannot be used, and the properties
	 * behind the other settings that its reason mentions.
	 * @param ex the builder's exception
	 * @param names the full name of each property, from its name relative to
	 * {@code mparticle.}: {@link #TOP_LEVEL} for the default input; for a named input,
	 * the input's property when it sets it, and the top-level one when it inherits it
	 * @return an exception that names the property, or the given one for a setting that
	 * no property is behind (such as a connector); the value may also come from an
	 * application's customizer, which runs after the properties
	 */
	static RuntimeException toPropertyException(InvalidEventsApiSettingException ex, Function<String, String> names) {
		String property = PROPERTIES.get(ex.getSetting());
		if (property == null) {
			return ex;
		}
		String reason = ex.getReason();
		for (Map.Entry<String, String> entry : PROPERTIES.entrySet()) {
			reason = reason.replace("'" + entry.getKey() + "'", names.apply(entry.getValue()));
		}
		return new InvalidConfigurationPropertyValueException(names.apply(property), ex.getValue(), reason);
	}

}

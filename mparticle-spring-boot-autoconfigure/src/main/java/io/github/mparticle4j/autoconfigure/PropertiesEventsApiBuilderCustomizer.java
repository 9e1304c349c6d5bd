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

import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;

import org.springframework.core.Ordered;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * The standard {@link EventsApiBuilderCustomizer}: applies the properties of the input
 * that it customizes ({@code mparticle.*}, then the input's own
 * {@code mparticle.inputs.<name>.*}) to the builder, and sets the connector (Spring
 * Boot's, or the in-process one of the log mode). It runs first (order 0), so that the
 * application's customizers can override it. The base URL and the credentials come from
 * the input's {@link MParticleConnectionDetails}, set before any customizer runs. A
 * timeout that Spring Boot's connector cannot take fails here, naming its property, as
 * the builder's own checks do later.
 *
 * @author mparticle4j contributors
 * @see MParticleInput#toPropertyException
 */
final class PropertiesEventsApiBuilderCustomizer implements EventsApiBuilderCustomizer, Ordered {

	private final MParticleProperties properties;

	private final Function<MParticleInput, ClientHttpConnector> connector;

	/**
	 * Creates a customizer.
	 * @param properties the properties
	 * @param connector makes Spring Boot's connector for an input
	 */
	PropertiesEventsApiBuilderCustomizer(MParticleProperties properties,
			Function<MParticleInput, ClientHttpConnector> connector) {
		this.properties = properties;
		this.connector = connector;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customize(EventsApiBuilder builder) {
		customize(MParticleInput.DEFAULT_NAME, builder);
	}

	@Override
	public void customize(String input, EventsApiBuilder builder) {
		MParticleInput settings = MParticleInput.of(this.properties, input);
		settings.applyTo(builder);
		try {
			builder.clientConnector((settings.mode() == MParticleInputProperties.Mode.LOG)
					? new InProcessConnector(new LogModeResponder(settings.name(), settings.logIncludesData()))
					: this.connector.apply(settings));
		}
		catch (InvalidEventsApiSettingException ex) {
			throw settings.toPropertyException(ex);
		}
	}

}

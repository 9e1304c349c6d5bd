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

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import io.github.mparticle4j.client.EventDispatcherBuilder;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.Ordered;

/**
 * The standard {@link EventDispatcherBuilderCustomizer}: copies the
 * {@code mparticle.dispatcher.*} properties onto the builder, with the effective shutdown
 * timeout. It runs first (order 0), so that the application's customizers can override
 * it.
 * <p>
 * The builder checks the settings in {@code build()}; {@link #toPropertyException} turns
 * its failure into one that names the property.
 *
 * @author mparticle4j contributors
 */
final class PropertiesEventDispatcherBuilderCustomizer implements EventDispatcherBuilderCustomizer, Ordered {

	/**
	 * The property behind each builder setting, relative to {@code mparticle.} or to
	 * {@code mparticle.inputs.<name>.}.
	 */
	private static final Map<String, String> PROPERTIES = Map.of("flushInterval", "dispatcher.flush-interval",
			"maxQueuedBatches", "dispatcher.max-queued-batches", "maxQueuedBytes", "dispatcher.max-queued-bytes",
			"blockTimeout", "dispatcher.block-timeout", "maxRequestsInFlight", "dispatcher.max-requests-in-flight",
			"maxBatchesPerSecond", "dispatcher.max-batches-per-second", "slowDownAt", "dispatcher.slow-down-at",
			"shutdownTimeout", "dispatcher.shutdown-timeout", "maxCredentialsBackoff",
			"dispatcher.max-credentials-backoff");

	private final MParticleProperties.Dispatcher properties;

	private final Duration shutdownTimeout;

	/**
	 * Creates a customizer.
	 * @param properties the dispatcher properties: the top-level ones, or the merged ones
	 * of a named input
	 * @param shutdownTimeout the effective shutdown timeout
	 */
	PropertiesEventDispatcherBuilderCustomizer(MParticleProperties.Dispatcher properties, Duration shutdownTimeout) {
		this.properties = properties;
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void customize(EventDispatcherBuilder builder) {
		builder.flushInterval(this.properties.getFlushInterval())
			.maxQueuedBatches(this.properties.getMaxQueuedBatches())
			.maxQueuedBytes(this.properties.getMaxQueuedBytes().toBytes())
			.overflowPolicy(this.properties.getOverflowPolicy())
			.blockTimeout(this.properties.getBlockTimeout())
			.maxRequestsInFlight(this.properties.getMaxRequestsInFlight())
			.maxBatchesPerSecond(this.properties.getMaxBatchesPerSecond())
			.slowDownAt(this.properties.getSlowDownAt())
			.shutdownTimeout(this.shutdownTimeout)
			.rejectedCredentials(this.properties.getRejectedCredentials())
			.maxCredentialsBackoff(this.properties.getMaxCredentialsBackoff());
	}

	/**
	 * Names the property behind a builder setting that cannot be used.
	 * @param ex the builder's exception
	 * @param names the full name of each property, from its name relative to
	 * {@code mparticle.}: the top-level one for the default input; for a named input, the
	 * input's property when it sets it, and the top-level one when it inherits it
	 * @return an exception that names the property, or the given one for a setting that
	 * no property is behind; the value may also come from an application's customizer,
	 * which runs after the properties
	 */
	static RuntimeException toPropertyException(InvalidEventsApiSettingException ex, Function<String, String> names) {
		String property = PROPERTIES.get(ex.getSetting());
		if (property == null) {
			return ex;
		}
		return new InvalidConfigurationPropertyValueException(names.apply(property), ex.getValue(), ex.getReason());
	}

}

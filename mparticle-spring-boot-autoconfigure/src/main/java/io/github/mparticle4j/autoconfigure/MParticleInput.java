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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * One mParticle input as configured: the default one ({@code mparticle.*}) or a named one
 * ({@code mparticle.inputs.<name>.*}, over {@code mparticle.*}). Its settings are applied
 * to a builder twice with a {@link PropertyMapper}: first the top-level ones, then the
 * input's own, each only when set, so that the input's own value wins and a setting that
 * neither sets keeps the builder's default. The settings that only the starter has (the
 * mode, the log settings) are resolved the same way, with the starter's defaults, here.
 * It holds no state of its own: it reads the bound properties each time.
 *
 * @author mparticle4j contributors
 */
final class MParticleInput {

	/**
	 * The name of the default input, the one of the top-level properties.
	 */
	static final String DEFAULT_NAME = "default";

	private static final String TOP_LEVEL_PREFIX = "mparticle.";

	private static final Pattern SETTING = Pattern.compile("'([a-zA-Z]+)'");

	// the groups of the builder settings that are not at the root of the properties
	private static final List<String> GROUPS = List.of("", "retry.", "dispatcher.");

	private final String name;

	private final MParticleInputProperties topLevel;

	private final @Nullable MParticleInputProperties own;

	private MParticleInput(String name, MParticleInputProperties topLevel, @Nullable MParticleInputProperties own) {
		this.name = name;
		this.topLevel = topLevel;
		this.own = own;
	}

	/**
	 * Returns the default input.
	 * @param properties the properties
	 * @return the default input
	 */
	static MParticleInput defaultInput(MParticleProperties properties) {
		return new MParticleInput(DEFAULT_NAME, properties, null);
	}

	/**
	 * Returns an input by name.
	 * @param properties the properties
	 * @param name the name of a named input, or {@link #DEFAULT_NAME}
	 * @return the input
	 * @throws IllegalStateException if there is no input of that name
	 */
	static MParticleInput of(MParticleProperties properties, String name) {
		if (DEFAULT_NAME.equals(name)) {
			return defaultInput(properties);
		}
		MParticleInputProperties own = properties.getInputs().get(name);
		if (own == null) {
			throw new IllegalStateException("No mParticle input named '" + name + "' (mparticle.inputs." + name
					+ "); the named inputs are " + properties.getInputs().keySet());
		}
		return new MParticleInput(name, properties, own);
	}

	String name() {
		return this.name;
	}

	/**
	 * Returns the prefix of this input's own properties.
	 * @return {@code mparticle.} or {@code mparticle.inputs.<name>.}
	 */
	String prefix() {
		return (this.own != null) ? TOP_LEVEL_PREFIX + "inputs." + this.name + "." : TOP_LEVEL_PREFIX;
	}

	/**
	 * Returns the settings that this input's own properties bind to.
	 * @return the input's own settings, the top-level ones for the default input
	 */
	MParticleInputProperties settings() {
		return (this.own != null) ? this.own : this.topLevel;
	}

	/**
	 * Applies the client settings (all but the credentials, the base URL and the
	 * connector, which come from the connection details and the mode) to a builder.
	 * @param builder the builder
	 */
	void applyTo(EventsApiBuilder builder) {
		builder.environment(Batch.Environment.DEVELOPMENT);
		for (MParticleInputProperties level : levels()) {
			PropertyMapper map = PropertyMapper.get();
			map.from(level::getEnvironment).to(builder::environment);
			map.from(level::getAllowInsecureHttp).to(builder::allowInsecureHttp);
			map.from(level::getConnectTimeout).to(builder::connectTimeout);
			map.from(level::getResponseTimeout).to(builder::responseTimeout);
			map.from(level::getTimeout).to(builder::timeout);
			MParticleInputProperties.Retry retry = level.getRetry();
			map.from(retry::getMaxAttempts).to(builder::maxAttempts);
			map.from(retry::getInitialBackoff).to(builder::initialBackoff);
			map.from(retry::getMaxBackoff).to(builder::maxBackoff);
			map.from(retry::getMaxRetryAfter).to(builder::maxRetryAfter);
		}
	}

	/**
	 * Applies the dispatcher settings to a builder.
	 * @param builder the builder
	 * @param defaultShutdownTimeout the shutdown timeout when none is set
	 */
	void applyTo(EventDispatcherBuilder builder, Duration defaultShutdownTimeout) {
		builder.shutdownTimeout(defaultShutdownTimeout);
		for (MParticleInputProperties level : levels()) {
			PropertyMapper map = PropertyMapper.get();
			MParticleInputProperties.Dispatcher dispatcher = level.getDispatcher();
			map.from(dispatcher::getFlushInterval).to(builder::flushInterval);
			map.from(dispatcher::getMaxQueuedBatches).to(builder::maxQueuedBatches);
			map.from(dispatcher::getMaxQueuedBytes).as(DataSize::toBytes).to(builder::maxQueuedBytes);
			map.from(dispatcher::getOverflowPolicy).to(builder::overflowPolicy);
			map.from(dispatcher::getBlockTimeout).to(builder::blockTimeout);
			map.from(dispatcher::getMaxRequestsInFlight).to(builder::maxRequestsInFlight);
			map.from(dispatcher::getMaxBatchesPerSecond).to(builder::maxBatchesPerSecond);
			map.from(dispatcher::getSlowDownAt).to(builder::slowDownAt);
			map.from(dispatcher::getShutdownTimeout).to(builder::shutdownTimeout);
			map.from(dispatcher::getRejectedCredentials).to(builder::rejectedCredentials);
			map.from(dispatcher::getMaxCredentialsBackoff).to(builder::maxCredentialsBackoff);
		}
	}

	/**
	 * Returns the name of the executor bean that completes this input's handles.
	 * @return the bean name, {@code null} if neither level sets one
	 */
	@Nullable String handleExecutor() {
		String name = null;
		for (MParticleInputProperties level : levels()) {
			String set = level.getDispatcher().getHandleExecutor();
			name = (set != null) ? set : name;
		}
		return name;
	}

	/**
	 * Returns where this input's dispatcher keeps its batches.
	 * @return the store, memory when neither level sets one
	 */
	MParticleInputProperties.Dispatcher.Store store() {
		return get((level) -> level.getDispatcher().getStore(), MParticleInputProperties.Dispatcher.Store.MEMORY);
	}

	/**
	 * Returns a dispatcher setting as this input has it: its own when set, else the
	 * top-level one.
	 * @param <T> the type of the setting
	 * @param setting the setting
	 * @param defaultValue the value when neither level sets it
	 * @return the value
	 */
	<T> T dispatcher(Function<MParticleInputProperties.Dispatcher, @Nullable T> setting, T defaultValue) {
		return get((level) -> setting.apply(level.getDispatcher()), defaultValue);
	}

	/**
	 * Returns the base URL of the properties: the last level's base URL or pod, the base
	 * URL before the pod.
	 * @return the base URL, that of {@link Pod#US1} when neither level sets one
	 */
	URI baseUrl() {
		return get((level) -> (level.getBaseUrl() != null) ? level.getBaseUrl()
				: (level.getPod() != null) ? level.getPod().baseUrl() : null, Pod.US1.baseUrl());
	}

	MParticleInputProperties.Mode mode() {
		return get(MParticleInputProperties::getMode, MParticleInputProperties.Mode.SEND);
	}

	boolean logIncludesData() {
		return get((level) -> level.getLog().getIncludeData(), false);
	}

	Duration connectTimeout() {
		return get(MParticleInputProperties::getConnectTimeout, EventsApiBuilder.DEFAULT_CONNECT_TIMEOUT);
	}

	Duration responseTimeout() {
		return get(MParticleInputProperties::getResponseTimeout, EventsApiBuilder.DEFAULT_RESPONSE_TIMEOUT);
	}

	/**
	 * Returns the shutdown timeout of this input's dispatcher.
	 * @return the timeout, {@code null} if neither level sets one
	 */
	@Nullable Duration shutdownTimeout() {
		Duration timeout = null;
		for (MParticleInputProperties level : levels()) {
			Duration set = level.getDispatcher().getShutdownTimeout();
			timeout = (set != null) ? set : timeout;
		}
		return timeout;
	}

	/**
	 * Returns the full name of a property as this input has it: its own when it sets it,
	 * else the top-level one.
	 * @param property the name relative to the input, such as {@code retry.max-backoff}
	 * @return the full name, such as {@code mparticle.inputs.ios.retry.max-backoff}
	 */
	String propertyName(String property) {
		if (this.own != null && isSet(this.own, property)) {
			return prefix() + property;
		}
		return TOP_LEVEL_PREFIX + property;
	}

	/**
	 * Names the property behind a builder setting that cannot be used, and the properties
	 * behind the other settings that its reason mentions. The property of a setting is
	 * found from the setting's name ({@code maxAttempts} is {@code retry.max-attempts}).
	 * @param ex the builder's exception
	 * @return an exception that names the property, or the given one for a setting that
	 * no property is behind (such as a connector); the value may also come from an
	 * application's customizer, which runs after the properties
	 */
	RuntimeException toPropertyException(InvalidEventsApiSettingException ex) {
		String property = property(ex.getSetting());
		if (property == null) {
			return ex;
		}
		Matcher settings = SETTING.matcher(ex.getReason());
		StringBuilder reason = new StringBuilder();
		while (settings.find()) {
			String other = property(settings.group(1));
			settings.appendReplacement(reason,
					Matcher.quoteReplacement((other != null) ? propertyName(other) : settings.group()));
		}
		settings.appendTail(reason);
		return new InvalidConfigurationPropertyValueException(propertyName(property), ex.getValue(), reason.toString());
	}

	private static @Nullable String property(String setting) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(new MParticleInputProperties());
		for (String group : GROUPS) {
			if (wrapper.isReadableProperty(group + setting)) {
				return group + setting.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private static boolean isSet(MParticleInputProperties settings, String property) {
		String path = Pattern.compile("-([a-z])")
			.matcher(property)
			.replaceAll((match) -> match.group(1).toUpperCase(Locale.ROOT));
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(settings);
		return wrapper.isReadableProperty(path) && wrapper.getPropertyValue(path) != null;
	}

	private List<MParticleInputProperties> levels() {
		return (this.own != null) ? List.of(this.topLevel, this.own) : List.of(this.topLevel);
	}

	private <T> T get(Function<MParticleInputProperties, @Nullable T> setting, T defaultValue) {
		T value = defaultValue;
		for (MParticleInputProperties level : levels()) {
			T set = setting.apply(level);
			if (set != null) {
				value = set;
			}
		}
		return value;
	}

}

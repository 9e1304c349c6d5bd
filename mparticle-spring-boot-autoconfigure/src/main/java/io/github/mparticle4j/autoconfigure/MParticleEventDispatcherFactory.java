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
import java.util.concurrent.Executor;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InvalidEventsApiSettingException;
import io.github.mparticle4j.client.SettingChecks;
import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.dispatcher.DispatchFailureHandler;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.dispatcher.EventDispatcherListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * Builds the auto-configured {@link EventDispatcher} of each input, the default one and
 * the named ones, the same way: from the input's {@link EventsApi} bean, named after the
 * input, with the application's {@link DispatchFailureHandler} (or the logging one) and
 * the metrics listener, then the {@link EventDispatcherBuilderCustomizer}s in order, each
 * told which input it customizes (the standard one applies that input's dispatcher
 * properties). Also builds the {@link EventDispatcherLifecycle} that shuts each one down.
 * <p>
 * Without {@code shutdown-timeout}, a dispatcher gets 5/6 of
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (25 seconds of the default 30; at
 * most one day), so that it hands what it could not deliver to the failure handler before
 * Spring stops waiting for its phase.
 *
 * @author mparticle4j contributors
 */
final class MParticleEventDispatcherFactory {

	/**
	 * The name of this factory's bean, which the bean definitions of the named inputs
	 * refer to.
	 */
	static final String BEAN_NAME = "mparticleEventDispatcherFactory";

	/**
	 * The suffix of the bean name of a named input's dispatcher, after the input's name.
	 */
	static final String BEAN_NAME_SUFFIX = "EventDispatcher";

	static final String SHUTDOWN_PHASE_TIMEOUT_PROPERTY = "spring.lifecycle.timeout-per-shutdown-phase";

	// Spring Boot's default for spring.lifecycle.timeout-per-shutdown-phase
	static final Duration DEFAULT_SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(MParticleEventDispatcherFactory.class);

	private final MParticleProperties properties;

	private final ObjectProvider<EventDispatcherBuilderCustomizer> customizers;

	private final ObjectProvider<DispatchFailureHandler> failureHandler;

	private final ObjectProvider<EventDispatcherMetrics> metrics;

	private final ObjectProvider<InputStores> stores;

	private final Duration shutdownPhaseTimeout;

	private final BeanFactory beanFactory;

	MParticleEventDispatcherFactory(MParticleProperties properties,
			ObjectProvider<EventDispatcherBuilderCustomizer> customizers,
			ObjectProvider<DispatchFailureHandler> failureHandler, ObjectProvider<EventDispatcherMetrics> metrics,
			ObjectProvider<InputStores> stores, Environment environment, BeanFactory beanFactory) {
		this.properties = properties;
		this.beanFactory = beanFactory;
		this.customizers = customizers;
		this.failureHandler = failureHandler;
		this.metrics = metrics;
		this.stores = stores;
		this.shutdownPhaseTimeout = Binder.get(environment)
			.bind(SHUTDOWN_PHASE_TIMEOUT_PROPERTY, Duration.class)
			.orElse(DEFAULT_SHUTDOWN_PHASE_TIMEOUT);
	}

	/**
	 * Returns the name of the bean of a named input's dispatcher.
	 * @param input the name of the input
	 * @return the bean name, such as {@code iosEventDispatcher}
	 */
	static String beanName(String input) {
		return input + BEAN_NAME_SUFFIX;
	}

	/**
	 * Builds the dispatcher of the default input.
	 * @param eventsApi the client of the default input, {@code null} if there is no
	 * single one
	 * @return the dispatcher
	 */
	EventDispatcher createDefault(@Nullable EventsApi eventsApi) {
		Assert.state(eventsApi != null, "The dispatcher of the default mParticle input needs one EventsApi that is "
				+ "not a named input's, or a @Primary one; or set mparticle.dispatcher.enabled=false");
		return build(MParticleInput.defaultInput(this.properties), eventsApi);
	}

	/**
	 * Builds the dispatcher of a named input.
	 * @param name the name of the input
	 * @param eventsApi the client of the input
	 * @return the dispatcher
	 */
	EventDispatcher create(String name, EventsApi eventsApi) {
		return build(MParticleInput.of(this.properties, name), eventsApi);
	}

	/**
	 * Builds the lifecycle that shuts the default input's dispatcher down.
	 * @param dispatcher the dispatcher
	 * @return the lifecycle
	 */
	EventDispatcherLifecycle createDefaultLifecycle(EventDispatcher dispatcher) {
		return lifecycle(MParticleInput.defaultInput(this.properties), dispatcher);
	}

	/**
	 * Builds the lifecycle that shuts a named input's dispatcher down.
	 * @param name the name of the input
	 * @param dispatcher the dispatcher
	 * @return the lifecycle
	 */
	EventDispatcherLifecycle createLifecycle(String name, EventDispatcher dispatcher) {
		return lifecycle(MParticleInput.of(this.properties, name), dispatcher);
	}

	/**
	 * Returns the standard customizer, which applies the dispatcher properties of the
	 * input that it customizes.
	 * @return the customizer
	 */
	PropertiesEventDispatcherBuilderCustomizer propertiesCustomizer() {
		return new PropertiesEventDispatcherBuilderCustomizer(this.properties, defaultShutdownTimeout());
	}

	/**
	 * Returns the shutdown timeout of a dispatcher that sets none.
	 * @return 5/6 of the shutdown phase timeout, at most
	 * {@link SettingChecks#MAX_DURATION}, the longest that a dispatcher takes
	 */
	Duration defaultShutdownTimeout() {
		Duration fiveSixths = this.shutdownPhaseTimeout.dividedBy(6).multipliedBy(5);
		return (fiveSixths.compareTo(SettingChecks.MAX_DURATION) > 0) ? SettingChecks.MAX_DURATION : fiveSixths;
	}

	private EventDispatcherLifecycle lifecycle(MParticleInput input, EventDispatcher dispatcher) {
		Duration configured = input.shutdownTimeout();
		Duration shutdownTimeout = (configured != null) ? configured : defaultShutdownTimeout();
		if (configured != null && shutdownTimeout.compareTo(this.shutdownPhaseTimeout) >= 0 && logger.isWarnEnabled()) {
			logger.warn("The mParticle dispatcher '" + input.name() + "' may take " + Durations.format(shutdownTimeout)
					+ " (" + input.propertyName("dispatcher.shutdown-timeout")
					+ ") to deliver what is queued at shutdown, but Spring waits only "
					+ Durations.format(this.shutdownPhaseTimeout) + " (" + SHUTDOWN_PHASE_TIMEOUT_PROPERTY
					+ "): the application may stop before the batches still queued then reach the failure handler. "
					+ "Set a shutdown timeout shorter than the phase timeout.");
		}
		return new EventDispatcherLifecycle(input.name(), dispatcher, shutdownTimeout);
	}

	private Executor handleExecutor(MParticleInput input, String beanName) {
		try {
			return this.beanFactory.getBean(beanName, Executor.class);
		}
		catch (NoSuchBeanDefinitionException ex) {
			throw new InvalidConfigurationPropertyValueException(input.propertyName("dispatcher.handle-executor"),
					beanName, "must name an Executor bean of the application");
		}
	}

	private EventDispatcher build(MParticleInput input, EventsApi eventsApi) {
		String name = input.name();
		EventDispatcherMetrics metrics = this.metrics.getIfAvailable();
		EventDispatcherBuilder builder = EventDispatcher.builder(eventsApi)
			.name(name)
			.failureHandler(this.failureHandler.getIfAvailable(DispatchFailureHandler::logging))
			.listener((metrics != null) ? metrics.listener(name) : EventDispatcherListener.NONE);
		if (input.store() == MParticleInputProperties.Dispatcher.Store.JDBC) {
			InputStores stores = this.stores.getIfAvailable();
			if (stores == null) {
				throw new MissingJdbcStoreSupportException(input.propertyName("dispatcher.store"), false);
			}
			builder.store(stores.create(input));
		}
		String handleExecutor = input.handleExecutor();
		if (handleExecutor != null) {
			builder.handleExecutor(handleExecutor(input, handleExecutor));
		}
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(name, builder));
		EventDispatcher dispatcher;
		try {
			dispatcher = builder.build();
		}
		catch (InvalidEventsApiSettingException ex) {
			throw input.toPropertyException(ex);
		}
		if (metrics != null) {
			metrics.bind(name, dispatcher);
		}
		return dispatcher;
	}

}

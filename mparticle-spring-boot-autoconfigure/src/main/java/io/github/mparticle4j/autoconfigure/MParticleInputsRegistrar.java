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

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link EventsApi} bean per named input ({@code mparticle.inputs.<name>}),
 * named after the input so that {@code @Qualifier("<name>")} selects it. Each one is made
 * by {@link MParticleEventsApiFactory#create(String)}, and closed with the context.
 * <p>
 * Unless its dispatcher is disabled ({@code mparticle.inputs.<name>.dispatcher.enabled},
 * else {@code mparticle.dispatcher.enabled}), each input also gets an
 * {@link EventDispatcher} bean, {@code <name>EventDispatcher}, that
 * {@code @Qualifier("<name>")} selects too, made by
 * {@link MParticleEventDispatcherFactory#create(String, EventsApi)} from the input's
 * {@link EventsApi} bean, and an {@link EventDispatcherLifecycle} that shuts it down.
 * <p>
 * Which inputs exist is decided here, from the environment; in an application processed
 * ahead of time (AOT), at build time. The decision is recorded in a
 * {@link RegisteredInputs} bean, which the auto-configuration checks against the
 * environment at run time, so that an input added or removed after the build fails
 * start-up instead of being dropped in silence.
 *
 * @author mparticle4j contributors
 */
class MParticleInputsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	// only the names: binding the values is left to MParticleProperties, which reports
	// bad ones
	private static final Bindable<Map<String, Object>> INPUTS = Bindable.mapOf(String.class, Object.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		RegisteredInputs inputs = RegisteredInputs.of(this.environment);
		registerInputs(registry, inputs);
		List<String> dispatchers = List.of(inputs.getDispatchers());
		for (String name : inputs.getNames()) {
			if (MParticleInput.DEFAULT_NAME.equals(name)) {
				throw new InvalidConfigurationPropertyValueException("mparticle.inputs." + name, name, "'" + name
						+ "' is the name of the default input (mparticle.*): give the named input " + "another name");
			}
			RootBeanDefinition definition = new RootBeanDefinition();
			definition.setTargetType(EventsApi.class);
			definition.setFactoryBeanName(MParticleEventsApiFactory.BEAN_NAME);
			definition.setFactoryMethodName("create");
			definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
			definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(name, definition);
			if (dispatchers.contains(name)) {
				registerDispatcher(registry, name);
			}
		}
	}

	// recorded as constructor arguments, which AOT processing writes into the generated
	// bean definition
	private void registerInputs(BeanDefinitionRegistry registry, RegisteredInputs inputs) {
		RootBeanDefinition definition = new RootBeanDefinition(RegisteredInputs.class);
		ConstructorArgumentValues arguments = definition.getConstructorArgumentValues();
		arguments.addIndexedArgumentValue(0, inputs.isDefaultInput());
		arguments.addIndexedArgumentValue(1, inputs.isDefaultDispatcher());
		arguments.addIndexedArgumentValue(2, inputs.getNames());
		arguments.addIndexedArgumentValue(3, inputs.getDispatchers());
		registry.registerBeanDefinition(RegisteredInputs.BEAN_NAME, definition);
	}

	private void registerDispatcher(BeanDefinitionRegistry registry, String name) {
		String beanName = MParticleEventDispatcherFactory.beanName(name);
		RootBeanDefinition dispatcher = new RootBeanDefinition();
		dispatcher.setTargetType(EventDispatcher.class);
		dispatcher.setFactoryBeanName(MParticleEventDispatcherFactory.BEAN_NAME);
		dispatcher.setFactoryMethodName("create");
		dispatcher.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		dispatcher.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(name));
		dispatcher.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		dispatcher.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		registry.registerBeanDefinition(beanName, dispatcher);
		RootBeanDefinition lifecycle = new RootBeanDefinition();
		lifecycle.setTargetType(EventDispatcherLifecycle.class);
		lifecycle.setFactoryBeanName(MParticleEventDispatcherFactory.BEAN_NAME);
		lifecycle.setFactoryMethodName("createLifecycle");
		lifecycle.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		lifecycle.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(beanName));
		registry.registerBeanDefinition(beanName + "Lifecycle", lifecycle);
	}

	/**
	 * Returns whether a named input has a dispatcher: its own
	 * {@code mparticle.inputs.<name>.dispatcher.enabled}, else
	 * {@code mparticle.dispatcher.enabled}, true by default.
	 * @param environment the environment
	 * @param name the name of the input
	 * @return whether it has a dispatcher
	 */
	static boolean dispatcherEnabled(Environment environment, String name) {
		return Binder.get(environment)
			.bind("mparticle.inputs." + name + ".dispatcher.enabled", Boolean.class)
			.orElseGet(() -> dispatcherEnabled(environment));
	}

	/**
	 * Returns whether the default input has a dispatcher, and the named inputs by
	 * default: {@code mparticle.dispatcher.enabled}, true by default.
	 * @param environment the environment
	 * @return whether it has a dispatcher
	 */
	static boolean dispatcherEnabled(Environment environment) {
		return Binder.get(environment).bind("mparticle.dispatcher.enabled", Boolean.class).orElse(true);
	}

	/**
	 * Binds the names of the named inputs.
	 * @param environment the environment
	 * @return the names, in the order of the configuration
	 */
	static Set<String> names(Environment environment) {
		return Binder.get(environment).bind("mparticle.inputs", INPUTS).map(Map::keySet).orElse(Set.of());
	}

}

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
import java.util.Set;

import io.github.mparticle4j.client.EventsApi;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link EventsApi} bean per named input ({@code mparticle.inputs.<name>}),
 * named after the input so that {@code @Qualifier("<name>")} selects it. Each one is made
 * by {@link MParticleEventsApiFactory#create(String)}, and closed with the context.
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
		for (String name : names(this.environment)) {
			RootBeanDefinition definition = new RootBeanDefinition();
			definition.setTargetType(EventsApi.class);
			definition.setFactoryBeanName(MParticleEventsApiFactory.BEAN_NAME);
			definition.setFactoryMethodName("create");
			definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
			definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
			registry.registerBeanDefinition(name, definition);
		}
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

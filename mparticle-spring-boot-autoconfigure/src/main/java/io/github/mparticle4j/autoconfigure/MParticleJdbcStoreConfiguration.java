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

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets an input's dispatcher keep its batches in a table of the application's
 * {@link DataSource} ({@code dispatcher.store=jdbc}), where spring-jdbc is on the class
 * path. Imported by {@link MParticleAutoConfiguration}; without spring-jdbc, an input
 * that asks for the JDBC store fails start-up with a report of what to add. The
 * {@link MParticleOutbox} gives the dead batches of the inputs that use it. With
 * Micrometer, each store is measured.
 *
 * @author mparticle4j contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
class MParticleJdbcStoreConfiguration {

	@Bean
	JdbcInputStores mparticleJdbcInputStores(ObjectProvider<DataSource> dataSource,
			ObjectProvider<OutboxMetrics> metrics) {
		return new JdbcInputStores(dataSource, metrics);
	}

	@Bean
	MParticleOutbox mparticleOutbox(JdbcInputStores mparticleJdbcInputStores, ObjectProvider<MParticleInputs> inputs) {
		return new MParticleOutbox(mparticleJdbcInputStores, inputs);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class OutboxMetricsConfiguration {

		@Bean
		MicrometerOutboxMetrics mparticleOutboxMetrics(MeterRegistry meterRegistry) {
			return new MicrometerOutboxMetrics(meterRegistry);
		}

	}

}

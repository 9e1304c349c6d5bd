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

package io.github.mparticle4j.test.autoconfigure;

import java.net.URI;

import io.github.mparticle4j.autoconfigure.EventsApiBuilderCustomizer;
import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.autoconfigure.MParticleInputConnectionDetailsResolver;
import io.github.mparticle4j.autoconfigure.MParticleProperties;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.test.recording.EventsApiRecorder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@link EnableAutoConfiguration Auto-configuration} imported by
 * {@link AutoConfigureRecordingEventsApi @AutoConfigureRecordingEventsApi}: an
 * {@link EventsApiRecorder}, test credentials, and a customizer that puts the recorder's
 * connector into the auto-configured client. With named inputs
 * ({@code mparticle.inputs.<name>}), every input gets the test credentials and the same
 * recorder, which records the requests of all inputs.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(before = MParticleAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "mparticle.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MParticleProperties.class)
public final class RecordingEventsApiAutoConfiguration {

	/**
	 * The API key of the test credentials.
	 */
	public static final String API_KEY = "test-api-key";

	/**
	 * The API secret of the test credentials.
	 */
	public static final String API_SECRET = "test-api-secret";

	@Bean
	@ConditionalOnMissingBean
	EventsApiRecorder eventsApiRecorder() {
		return new EventsApiRecorder();
	}

	@Bean
	@ConditionalOnMissingBean
	MParticleConnectionDetails recordingEventsApiConnectionDetails(MParticleProperties properties) {
		Pod pod = (properties.getPod() != null) ? properties.getPod() : Pod.US1;
		URI baseUrl = (properties.getBaseUrl() != null) ? properties.getBaseUrl() : pod.baseUrl();
		return new TestConnectionDetails(baseUrl);
	}

	// Last: test credentials win over those that the application resolves for its inputs
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MParticleInputConnectionDetailsResolver recordingEventsApiInputConnectionDetailsResolver() {
		return (input, details) -> new TestConnectionDetails(details.getBaseUrl());
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	EventsApiBuilderCustomizer recordingEventsApiBuilderCustomizer(EventsApiRecorder recorder) {
		return (builder) -> builder.clientConnector(recorder.connector());
	}

	private record TestConnectionDetails(URI getBaseUrl) implements MParticleConnectionDetails {

		@Override
		public String getApiKey() {
			return API_KEY;
		}

		@Override
		public String getApiSecret() {
			return API_SECRET;
		}

	}

}

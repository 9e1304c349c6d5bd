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

package io.github.mparticle4j.docs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the "Several inputs" page (docs/several-inputs.md): its {@code application.yml},
 * with the variables it names set, and {@link DeviceEvents}, over HTTP on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class SeveralInputsTests {

	private static final MockEventsApi server = new MockEventsApi();

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theReadmeConfigurationGivesEachPlatformItsOwnInput() throws Exception {
		server.reset();
		server.accept("/events");
		Map<String, Object> variables = Map.of("MPARTICLE_API_KEY", "web-key", "MPARTICLE_API_SECRET", "web-secret",
				"MPARTICLE_IOS_API_KEY", "ios-key", "MPARTICLE_IOS_API_SECRET", "ios-secret",
				"MPARTICLE_ANDROID_API_KEY", "android-key", "MPARTICLE_ANDROID_API_SECRET", "android-secret",
				"MPARTICLE_BASE_URL", server.baseUrl());
		PropertySource<?> yaml = example();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
					ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
			.withInitializer((context) -> {
				MutablePropertySources sources = context.getEnvironment().getPropertySources();
				sources.addFirst(yaml);
				sources.addLast(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
			})
			.withBean(DeviceEvents.class)
			.run((context) -> {
				assertThat(context.getBean(MParticleInputs.class).names()).containsExactly("ios", "android");
				assertThat(context.getBean(MParticleInputs.class).get("android").baseUrl())
					.isEqualTo(Pod.EU1.baseUrl());
				DeviceEvents events = context.getBean(DeviceEvents.class);
				events.fromTheWeb(DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
				events.fromIos(DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
				events.fromPlatform("ios", DocumentedExamples.minimal()).block(Duration.ofSeconds(10));
			});
		assertThat(server.requests()).extracting((request) -> request.getHeader("Authorization"))
			.containsExactly(MockEventsApi.basicAuth("web-key", "web-secret"),
					MockEventsApi.basicAuth("ios-key", "ios-secret"), MockEventsApi.basicAuth("ios-key", "ios-secret"));
	}

	private static PropertySource<?> example() throws Exception {
		String example = DocumentationPages.configExample("docs/several-inputs.md", "several-inputs");
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("several-inputs",
				new ByteArrayResource(example.getBytes()));
		assertThat(sources).hasSize(1);
		return sources.get(0);
	}

}

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

package io.github.mparticle4j.webflux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.docs.DocumentationPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests over HTTP that {@code /actuator/env}, with {@code show-values: always}, never
 * shows an mParticle API secret, whatever the name it is kept under: the documentation's
 * exact "Several inputs" {@code application.yml}, with its secrets in environment
 * variables ({@code MPARTICLE_IOS_API_SECRET}), a config tree and a system property, and
 * one of them on the command line ({@code sun.java.command}).
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(classes = SecretsInActuatorEnvTests.EnvApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=env", "management.endpoint.env.show-values=always",
				"mparticle.dispatcher.enabled=false" })
@ContextConfiguration(initializers = SecretsInActuatorEnvTests.Inputs.class)
class SecretsInActuatorEnvTests {

	static final String WEB_SECRET = "web-secret-7f3a";

	static final String IOS_SECRET = "ios-secret-91bc";

	static final String ANDROID_SECRET = "android-secret-d2e8";

	@TempDir
	static Path configTree;

	@Autowired
	private MParticleInputs inputs;

	@LocalServerPort
	private int port;

	@Test
	void noSecretIsShownUnderAnyName() {
		assertThat(this.inputs.names()).containsExactly("ios", "android");
		String body = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.build()
			.get()
			.uri("/actuator/env")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain(WEB_SECRET, IOS_SECRET, ANDROID_SECRET);
		JsonNode env = JsonMapper.builder().build().readTree(body);
		assertThat(value(env, "test-environment", "MPARTICLE_IOS_API_SECRET")).isEqualTo("******");
		assertThat(value(env, "test-environment", "MPARTICLE_API_SECRET")).isEqualTo("******");
		assertThat(value(env, "test-config-tree", "android_secret")).isEqualTo("******");
		assertThat(value(env, "test-system-properties", "vault.web")).isEqualTo("******");
		assertThat(value(env, "test-system-properties", "sun.java.command")).isEqualTo("******");
		assertThat(value(env, "test-environment", "MPARTICLE_IOS_API_KEY")).as("not a secret").isEqualTo("ios-key");
		assertThat(value(env, "test-system-properties", "user.name")).as("not a secret").isEqualTo("jane");
	}

	private static String value(JsonNode env, String source, String key) {
		for (JsonNode propertySource : env.path("propertySources")) {
			if (propertySource.path("name").asString().equals(source)) {
				JsonNode property = propertySource.path("properties").path(key);
				assertThat(property.isMissingNode()).as(source + " has " + key).isFalse();
				return property.path("value").asString();
			}
		}
		throw new AssertionError("No property source " + source);
	}

	/**
	 * The documented example (docs/several-inputs.md), and the variables, files and
	 * system properties it reads.
	 */
	static class Inputs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try {
				Files.writeString(configTree.resolve("android_secret"), ANDROID_SECRET + "\n");
				MutablePropertySources sources = context.getEnvironment().getPropertySources();
				sources.addFirst(readmeExample());
				sources.addLast(new MapPropertySource("test-system-properties", Map.of("vault.web", WEB_SECRET,
						"user.name", "jane", "sun.java.command",
						"com.example.DeviceEventsApplication --mparticle.inputs.ios.api-secret=" + IOS_SECRET)));
				sources.addLast(new ConfigTreePropertySource("test-config-tree", configTree));
				sources.addLast(new SystemEnvironmentPropertySource("test-environment",
						Map.of("MPARTICLE_API_KEY", "web-key", "MPARTICLE_API_SECRET", "${vault.web}",
								"MPARTICLE_IOS_API_KEY", "ios-key", "MPARTICLE_IOS_API_SECRET", IOS_SECRET,
								"MPARTICLE_ANDROID_API_KEY", "android-key", "MPARTICLE_ANDROID_API_SECRET",
								"${android_secret}", "MPARTICLE_BASE_URL", "http://127.0.0.1:1/v2",
								"MPARTICLE_ALLOW_INSECURE_HTTP", "true")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static PropertySource<?> readmeExample() throws IOException {
			String example = DocumentationPages.configExample("docs/several-inputs.md", "several-inputs");
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("several-inputs",
					new ByteArrayResource(example.getBytes()));
			assertThat(sources).hasSize(1);
			return sources.get(0);
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class EnvApplication {

	}

}

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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests the named inputs in an application processed ahead of time (AOT): the context is
 * processed with one environment, as {@code process-aot} does at build time, then the
 * generated code is compiled and run with another, as {@code -Dspring.aot.enabled=true}
 * does.
 *
 * @author mparticle4j contributors
 */
@CompileWithForkedClassLoader
class MParticleInputsAotTests {

	private static final Map<String, Object> IOS_AND_WEB = with(
			with(with(with(Map.of(), "mparticle.inputs.ios.api-key", "ios-key"), "mparticle.inputs.ios.api-secret",
					"ios-secret"), "mparticle.inputs.web.api-key", "web-key"),
			"mparticle.inputs.web.api-secret", "web-secret");

	@Test
	void theInputsOfTheBuildStartWithTheirRunTimeSettings() {
		Map<String, Object> runTime = with(IOS_AND_WEB, "mparticle.inputs.ios.base-url", "http://127.0.0.1:1/v2");
		processAndRun(IOS_AND_WEB, runTime, (context) -> {
			assertThat(context.getBean(MParticleInputs.class).names()).containsExactly("ios", "web");
			assertThat(context.getBean("ios", EventsApi.class).baseUrl()).hasToString("http://127.0.0.1:1/v2");
			assertThat(context.getBean(MParticleInputs.class).getDispatcher("web")).isInstanceOf(EventDispatcher.class);
		});
	}

	@Test
	void anInputAddedAtRunTimeFailsStartupNamingIt() {
		Map<String, Object> runTime = with(with(IOS_AND_WEB, "mparticle.inputs.android.api-key", "android-key"),
				"mparticle.inputs.android.api-secret", "android-secret");
		Throwable failure = catchThrowable(() -> processAndRun(IOS_AND_WEB, runTime, (context) -> {
		}));
		assertThat(failure).rootCause()
			.isInstanceOf(MParticleInputsChangedException.class)
			.hasMessageContaining("mparticle.inputs.android is set but was not when the application was built")
			.hasMessageContaining("[ios, web]")
			.hasMessageContaining("spring.aot.enabled=true");
		FailureAnalysis analysis = new MParticleInputsChangedFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("mparticle.inputs.android").contains("ahead of time (AOT)");
		assertThat(analysis.getAction()).contains("process-aot").contains("mparticle.inputs.<name>");
	}

	@Test
	void anInputRemovedAtRunTimeFailsStartupNamingIt() {
		Map<String, Object> runTime = Map.of("mparticle.inputs.ios.api-key", "ios-key",
				"mparticle.inputs.ios.api-secret", "ios-secret");
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> processAndRun(IOS_AND_WEB, runTime, (context) -> {
		}))
			.havingRootCause()
			.isInstanceOf(MParticleInputsChangedException.class)
			.withMessageContaining("mparticle.inputs.web was set when the application was built but is not now");
	}

	@Test
	void defaultCredentialsAddedAtRunTimeFailStartup() {
		Map<String, Object> runTime = with(with(IOS_AND_WEB, "mparticle.api-key", "key"), "mparticle.api-secret",
				"secret");
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> processAndRun(IOS_AND_WEB, runTime, (context) -> {
		}))
			.havingRootCause()
			.isInstanceOf(MParticleInputsChangedException.class)
			.withMessageContaining("the default input (mparticle.api-key, mparticle.api-secret) was not configured");
	}

	@Test
	void aDispatcherDisabledAtRunTimeFailsStartupNamingIt() {
		Map<String, Object> runTime = with(IOS_AND_WEB, "mparticle.inputs.web.dispatcher.enabled", "false");
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> processAndRun(IOS_AND_WEB, runTime, (context) -> {
		}))
			.havingRootCause()
			.isInstanceOf(MParticleInputsChangedException.class)
			.withMessageContaining("the dispatcher of the input 'web' was enabled");
	}

	@Test
	void theStarterDisabledAtRunTimeFailsStartupNamingTheProperty() {
		Map<String, Object> runTime = with(IOS_AND_WEB, "mparticle.enabled", "false");
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> processAndRun(IOS_AND_WEB, runTime, (context) -> {
		}))
			.havingRootCause()
			.isInstanceOf(MParticleInputsChangedException.class)
			.withMessageContaining("mparticle.enabled is false but was not when the application was built");
	}

	private static Map<String, Object> with(Map<String, Object> properties, String name, String value) {
		Map<String, Object> result = new LinkedHashMap<>(properties);
		result.put(name, value);
		return result;
	}

	@SuppressWarnings("unchecked")
	private void processAndRun(Map<String, Object> buildTime, Map<String, Object> runTime,
			Consumer<GenericApplicationContext> assertions) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.setEnvironment(environment(buildTime));
		context.register(MParticleApplication.class);
		TestGenerationContext generationContext = new TestGenerationContext();
		ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
		generationContext.writeGeneratedContent();
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			try (GenericApplicationContext processed = new GenericApplicationContext()) {
				processed.setEnvironment(environment(runTime));
				compiled.getInstance(ApplicationContextInitializer.class, initializerName.toString())
					.initialize(processed);
				processed.refresh();
				assertions.accept(processed);
			}
		});
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(MParticleAutoConfiguration.class)
	static class MParticleApplication {

	}

}

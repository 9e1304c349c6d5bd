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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mparticle4j.autoconfigure.health.MParticleHealthContributorAutoConfiguration;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StreamUtils;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the mParticle auto-configurations start, and that the client and the
 * dispatcher they create send over HTTP, in every kind of application (non-web, Spring
 * MVC, WebFlux) with each optional dependency missing, alone and all together; and that
 * without Reactor Netty start-up fails with a report that says what to add.
 * <p>
 * A plain {@link FilteredClassLoader} only changes what conditions see: the
 * auto-configuration classes themselves would still be loaded, and their method
 * signatures resolved, by the test's class loader, which has every jar. That cannot catch
 * an auto-configuration whose methods name an optional type, which fails the start-up of
 * an application without that jar with a {@link NoClassDefFoundError}. So the
 * {@link WithoutClassPathEntries} loader also defines the classes of the
 * {@code io.github.mparticle4j.autoconfigure} package itself, linking them against the
 * reduced class path, as in an application that lacks the jars.
 *
 * @author mparticle4j contributors
 */
class OptionalDependenciesTests {

	private static final MockEventsApi server = new MockEventsApi();

	private static final Path TROUBLESHOOTING = Path.of(System.getProperty("project.root", ".."), "docs",
			"troubleshooting.md");

	private static final String[] CREDENTIALS = { "mparticle.api-key=" + MockEventsApi.KEY,
			"mparticle.api-secret=" + MockEventsApi.SECRET, "mparticle.retry.max-attempts=1" };

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/events");
		server.accept("/bulkevents");
	}

	static Stream<Arguments> applications() {
		List<Arguments> cases = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			cases.add(Arguments.of(kind, EnumSet.noneOf(OptionalDependency.class)));
			for (OptionalDependency dependency : kind.canLack()) {
				cases.add(Arguments.of(kind, EnumSet.of(dependency)));
			}
			cases.add(Arguments.of(kind, kind.canLack()));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} application without {1}")
	@MethodSource("applications")
	void startsAndSendsABatch(Kind kind, Set<OptionalDependency> missing) throws Exception {
		WithoutClassPathEntries classLoader = new WithoutClassPathEntries(missing);
		Class<?> autoConfiguration = classLoader.loadClass(MParticleAutoConfiguration.class.getName());
		assertThat(autoConfiguration.getClassLoader()).isSameAs(classLoader);
		String sourceRequestId = UUID.randomUUID().toString();
		String dispatchedId = UUID.randomUUID().toString();
		kind.run(classLoader, autoConfigurations(autoConfiguration, missing), (context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(EventsApi.class).getBean(autoConfiguration).isNotNull();
			for (OptionalDependency dependency : missing) {
				assertThat(ClassUtils.isPresent(dependency.probe, context.getClassLoader()))
					.as("%s is visible to the application", dependency.probe)
					.isFalse();
			}
			assertThat(context.containsBean("mparticleSecretSanitizingFunction"))
				.isEqualTo(!missing.contains(OptionalDependency.ACTUATOR));
			assertThat(context.containsBean("mparticleHealthContributor"))
				.isEqualTo(!missing.contains(OptionalDependency.HEALTH));
			assertThat(context).hasSingleBean(EventDispatcher.class);
			assertThat(context.containsBean("mparticleEventDispatcherMetrics"))
				.isEqualTo(!missing.contains(OptionalDependency.MICROMETER));
			assertThat((Object) context.getSourceApplicationContext()).isInstanceOf(kind.contextType);
			UploadResult result = context.getBean(EventsApi.class)
				.uploadEvents(DocumentedExamples.minimal().sourceRequestId(sourceRequestId))
				.block(Duration.ofSeconds(10));
			assertThat(result.statusCode()).isEqualTo(202);
			EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
			CompletableFuture<Delivery> delivery = dispatcher
				.enqueue(DocumentedExamples.minimal().sourceRequestId(dispatchedId));
			dispatcher.flush();
			assertThat(delivery.get(10, TimeUnit.SECONDS).upload().statusCode()).isEqualTo(202);
		});
		List<LoggedRequest> requests = server.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests).filteredOn((request) -> request.getUrl().equals("/v2/bulkevents"))
			.singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString())
				.contains("\"source_request_id\":\"" + dispatchedId + "\""));
		assertThat(requests).filteredOn((request) -> !request.getUrl().equals("/v2/bulkevents"))
			.singleElement()
			.satisfies((request) -> {
				assertThat(request.getUrl()).isEqualTo("/v2/events");
				assertThat(request.getHeader("Authorization"))
					.isEqualTo(MockEventsApi.basicAuth(MockEventsApi.KEY, MockEventsApi.SECRET));
				assertThat(request.getBodyAsString()).contains("\"source_request_id\":\"" + sourceRequestId + "\"");
			});
	}

	@Test
	void classesOfTheAutoConfigurationPackageAreLinkedAgainstTheReducedClassPath() throws Exception {
		// the tests above can fail: without Actuator, a class of the package whose method
		// names an Actuator type cannot be introspected, as Spring does with
		// configurations
		WithoutClassPathEntries classLoader = new WithoutClassPathEntries(EnumSet.of(OptionalDependency.ACTUATOR));
		Class<?> namesActuatorType = classLoader.loadClass(NamesAnActuatorType.class.getName());
		assertThat(namesActuatorType.getClassLoader()).isSameAs(classLoader);
		assertThatExceptionOfType(NoClassDefFoundError.class).isThrownBy(namesActuatorType::getDeclaredMethods)
			.withMessageContaining("org/springframework/boot/actuate/endpoint/SanitizableData");
		assertThat(NamesAnActuatorType.class.getDeclaredMethods()).isNotEmpty();
		assertThat(classLoader.loadClass(MParticleAutoConfiguration.class.getName()).getDeclaredMethods()).isNotEmpty();
	}

	@Test
	void withoutReactorNettyStartupFailsWithAnAnalysisThatSaysWhatToAdd() {
		new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("reactor.netty"))
			.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
					ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
			.withPropertyValues(CREDENTIALS)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(MissingReactorNettyException.class);
				FailureAnalysis analysis = new MissingReactorNettyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription())
					.contains("Reactor Netty (io.projectreactor.netty:reactor-netty-http) is not on the class path");
				assertThat(analysis.getAction())
					.contains("Add org.springframework.boot:spring-boot-starter-reactor-netty (or "
							+ "io.projectreactor.netty:reactor-netty-http)")
					.contains("mparticle.enabled=false");
				assertThat(Files.readString(TROUBLESHOOTING)).as("the report quoted in docs/troubleshooting.md")
					.contains(analysis.getDescription())
					.contains(analysis.getAction());
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void withoutReactorNettyTheApplicationFailsToStartWithTheReport(CapturedOutput output) {
		SpringApplication application = new SpringApplication(
				new DefaultResourceLoader(new FilteredClassLoader("reactor.netty")), TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.<String, Object>of("mparticle.api-key", MockEventsApi.KEY,
				"mparticle.api-secret", MockEventsApi.SECRET));
		assertThatException().isThrownBy(application::run).withRootCauseInstanceOf(MissingReactorNettyException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Reactor Netty (io.projectreactor.netty:reactor-netty-http) is not on the class path")
			.contains("Add org.springframework.boot:spring-boot-starter-reactor-netty")
			.doesNotContain(MockEventsApi.SECRET);
	}

	private static Class<?>[] autoConfigurations(Class<?> mparticleAutoConfiguration, Set<OptionalDependency> missing) {
		List<Class<?>> classes = new ArrayList<>(List.of(mparticleAutoConfiguration, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				JacksonAutoConfiguration.class, CodecsAutoConfiguration.class));
		// without a jar, the auto-configurations that need it are filtered out by their
		// metadata before they are loaded
		// (MParticleHealthContributorAutoConfigurationTests
		// checks that filter for the health auto-configuration)
		if (!missing.contains(OptionalDependency.HEALTH)) {
			classes.add(MParticleHealthContributorAutoConfiguration.class);
			classes.add(HealthContributorAutoConfiguration.class);
		}
		if (!missing.contains(OptionalDependency.MICROMETER)) {
			classes.add(ObservationAutoConfiguration.class);
			classes.add(WebClientObservationAutoConfiguration.class);
			classes.add(MetricsAutoConfiguration.class);
			classes.add(SimpleMetricsExportAutoConfiguration.class);
			classes.add(CompositeMeterRegistryAutoConfiguration.class);
		}
		return classes.toArray(Class<?>[]::new);
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner, ClassLoader classLoader,
			Class<?>[] autoConfigurations) {
		// AutoConfigurations sorts the classes by name and loads them again with the
		// thread's context class loader
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		AutoConfigurations configurations;
		try {
			thread.setContextClassLoader(classLoader);
			configurations = AutoConfigurations.of(autoConfigurations);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		return runner.withClassLoader(classLoader)
			.withConfiguration(configurations)
			.withPropertyValues(CREDENTIALS)
			.withPropertyValues("mparticle.base-url=" + server.baseUrl());
	}

	/**
	 * The kinds of application, each with the optional dependencies it can lack.
	 */
	enum Kind {

		NON_WEB(Object.class, EnumSet.allOf(OptionalDependency.class)) {
			@Override
			void run(ClassLoader classLoader, Class<?>[] autoConfigurations,
					ContextConsumer<ApplicationContextAssertProvider<?>> assertions) {
				configure(new ApplicationContextRunner(), classLoader, autoConfigurations).run(assertions);
			}
		},

		SERVLET(WebApplicationContext.class, EnumSet.complementOf(EnumSet.of(OptionalDependency.SERVLET_SERVER))) {
			@Override
			void run(ClassLoader classLoader, Class<?>[] autoConfigurations,
					ContextConsumer<ApplicationContextAssertProvider<?>> assertions) {
				configure(new WebApplicationContextRunner(), classLoader, autoConfigurations).run(assertions);
			}
		},

		REACTIVE(ReactiveWebApplicationContext.class,
				EnumSet.complementOf(EnumSet.of(OptionalDependency.REACTIVE_SERVER))) {
			@Override
			void run(ClassLoader classLoader, Class<?>[] autoConfigurations,
					ContextConsumer<ApplicationContextAssertProvider<?>> assertions) {
				configure(new ReactiveWebApplicationContextRunner(), classLoader, autoConfigurations).run(assertions);
			}
		};

		private final Class<?> contextType;

		private final Set<OptionalDependency> canLack;

		Kind(Class<?> contextType, Set<OptionalDependency> canLack) {
			this.contextType = contextType;
			this.canLack = canLack;
		}

		Set<OptionalDependency> canLack() {
			return EnumSet.copyOf(this.canLack);
		}

		abstract void run(ClassLoader classLoader, Class<?>[] autoConfigurations,
				ContextConsumer<ApplicationContextAssertProvider<?>> assertions);

	}

	/**
	 * The optional dependencies: the packages of their classes, the names of their jars
	 * (whose resources, such as auto-configuration imports, are hidden too) and a class
	 * that must not be visible without them.
	 */
	enum OptionalDependency {

		ACTUATOR("org.springframework.boot.actuate.endpoint.SanitizableData",
				List.of("org.springframework.boot.actuate"), List.of("/spring-boot-actuator-")),

		HEALTH("org.springframework.boot.health.contributor.HealthIndicator",
				List.of("org.springframework.boot.health"), List.of("/spring-boot-health-")),

		MICROMETER("io.micrometer.observation.ObservationRegistry",
				List.of("io.micrometer", "org.springframework.boot.micrometer"),
				List.of("/micrometer-", "/spring-boot-micrometer-")),

		SERVLET_SERVER("jakarta.servlet.Servlet",
				List.of("jakarta.servlet", "org.apache.catalina", "org.apache.tomcat",
						"org.springframework.boot.tomcat", "org.springframework.boot.web.server.servlet"),
				List.of("/jakarta.servlet-api-", "/tomcat-", "/spring-boot-tomcat-")),

		REACTIVE_SERVER("org.springframework.http.server.reactive.HttpHandler",
				List.of("org.springframework.http.server.reactive", "reactor.netty.http.server",
						"org.springframework.boot.reactor.netty", "org.springframework.boot.web.server.reactive"),
				List.of("/spring-boot-reactor-netty-"));

		private final String probe;

		private final List<String> packages;

		private final List<String> jars;

		OptionalDependency(String probe, List<String> packages, List<String> jars) {
			this.probe = probe;
			this.packages = packages;
			this.jars = jars;
		}

	}

	/**
	 * A class path without the classes and resources of some optional dependencies, on
	 * which the classes of the {@code io.github.mparticle4j.autoconfigure} package are
	 * defined anew, so that they resolve the types they name against it.
	 */
	static final class WithoutClassPathEntries extends FilteredClassLoader {

		private static final String REDEFINED_PACKAGE = MParticleAutoConfiguration.class.getPackageName() + ".";

		private final List<String> jars;

		WithoutClassPathEntries(Set<OptionalDependency> missing) {
			super(missing.stream().flatMap((dependency) -> dependency.packages.stream()).toArray(String[]::new));
			this.jars = missing.stream().flatMap((dependency) -> dependency.jars.stream()).toList();
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith(REDEFINED_PACKAGE) || name.indexOf('.', REDEFINED_PACKAGE.length()) >= 0) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> type = findLoadedClass(name);
				if (type == null) {
					type = define(name);
				}
				if (resolve) {
					resolveClass(type);
				}
				return type;
			}
		}

		private Class<?> define(String name) throws ClassNotFoundException {
			try (InputStream bytes = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				byte[] code = StreamUtils.copyToByteArray(bytes);
				return defineClass(name, code, 0, code.length, MParticleAutoConfiguration.class.getProtectionDomain());
			}
			catch (IOException ex) {
				throw new ClassNotFoundException(name, ex);
			}
		}

		@Override
		public URL getResource(String name) {
			URL url = super.getResource(name);
			return (url != null && isHidden(url)) ? null : url;
		}

		@Override
		public InputStream getResourceAsStream(String name) {
			URL url = getResource(name);
			try {
				return (url != null) ? url.openStream() : null;
			}
			catch (IOException ex) {
				return null;
			}
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			List<URL> urls = Collections.list(super.getResources(name));
			urls.removeIf(this::isHidden);
			return Collections.enumeration(urls);
		}

		private boolean isHidden(URL url) {
			String location = url.toString();
			return this.jars.stream().anyMatch(location::contains);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

	/**
	 * Names an Actuator type in a method signature, as the auto-configuration did before
	 * it was fixed.
	 */
	static final class NamesAnActuatorType {

		static SanitizableData sanitize(SanitizableData data) {
			return data;
		}

	}

}

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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the auto-configured dispatcher of a WebFlux application on Reactor Netty,
 * with graceful shutdown, delivers at shutdown what requests still in progress enqueue,
 * while its own request to mParticle (a WireMock server on 127.0.0.1) is slow: the
 * dispatcher stops after the web server's graceful shutdown, and Spring's
 * {@link ReactorResourceFactory}, whose connections and event loops the client uses,
 * stops only after the dispatcher has delivered everything.
 *
 * @author mparticle4j contributors
 */
class DispatcherShutdownInWebFluxTests {

	private static final MockEventsApi server = new MockEventsApi();

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void batchesEnqueuedWhileTheApplicationShutsDownStillReachMParticle() throws Exception {
		server.stub(
				WireMock.post("/v2/bulkevents").willReturn(WireMock.aResponse().withStatus(202).withFixedDelay(1000)));
		SpringApplication application = new SpringApplication(SignUpApplication.class);
		application.setWebApplicationType(WebApplicationType.REACTIVE);
		ConfigurableApplicationContext context = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--server.shutdown=graceful", "--spring.main.banner-mode=off",
				"--mparticle.api-key=" + MockEventsApi.KEY, "--mparticle.api-secret=" + MockEventsApi.SECRET,
				"--mparticle.base-url=" + server.baseUrl(), "--mparticle.dispatcher.flush-interval=1h");
		Events events = context.getBean(Events.class);
		SignUpController controller = context.getBean(SignUpController.class);
		EventDispatcher dispatcher = context.getBean(EventDispatcher.class);
		ReactorResourceFactory resources = context.getBean(ReactorResourceFactory.class);
		assertPhases(context);

		// a request to mParticle in flight: slow to answer
		CompletableFuture<Void> arrived = server.nextRequest();
		CompletableFuture<Delivery> early = dispatcher.enqueue(batch("early"));
		dispatcher.flush();
		assertThat(arrived).succeedsWithin(Duration.ofSeconds(10));
		assertThat(dispatcher.status().requestsInFlight()).isOne();
		// a request to the application in progress: it enqueued one batch, and will
		// enqueue another when the application shuts down
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		CompletableFuture<HttpResponse<String>> response = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-ups/7"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(controller.firstEnqueued).succeedsWithin(Duration.ofSeconds(10));

		CompletableFuture.runAsync(context::close).get(30, TimeUnit.SECONDS);

		assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(events.list).containsExactly("shutdown started", "7-after enqueued",
				"ReactorResourceFactory about to stop");
		assertThat(events.statusBeforeResourcesStop).isNotNull().satisfies((status) -> {
			assertThat(status.queuedBatches()).isZero();
			assertThat(status.requestsInFlight()).isZero();
			assertThat(status.delivered()).isEqualTo(3);
			assertThat(status.failed() + status.dropped()).isZero();
		});
		assertThat(events.resourcesRunningBeforeTheyStop).isTrue();
		assertThat(resources.isRunning()).isFalse();
		assertThat(early).isCompletedWithValueMatching((delivery) -> delivery.sourceRequestId().equals("early"));
		assertThat(controller.handles).hasSize(2)
			.allSatisfy((handle) -> assertThat(handle)
				.isCompletedWithValueMatching((delivery) -> delivery.upload().statusCode() == 202));
		String bodies = String.join("\n",
				server.requests().stream().map((request) -> request.getBodyAsString()).toList());
		assertThat(bodies).contains("\"source_request_id\":\"early\"", "\"source_request_id\":\"7-before\"",
				"\"source_request_id\":\"7-after\"");
	}

	private static void assertPhases(ConfigurableApplicationContext context) {
		Map<String, SmartLifecycle> lifecycles = context.getBeansOfType(SmartLifecycle.class);
		int dispatcher = lifecycles.get("mparticleEventDispatcherLifecycle").getPhase();
		int webServerStop = lifecycles.get("webServerStartStop").getPhase();
		assertThat(lifecycles.get("webServerGracefulShutdown").getPhase())
			.isEqualTo(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
		// lifecycles stop from the highest phase to the lowest
		assertThat(dispatcher).isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE)
			.isGreaterThan(webServerStop)
			.isGreaterThan(context.getBean(ReactorResourceFactory.class).getPhase());
	}

	private static Batch batch(String sourceRequestId) {
		return DocumentedExamples.minimal().sourceRequestId(sourceRequestId);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(SignUpController.class)
	static class SignUpApplication {

		@Bean
		Events events() {
			return new Events();
		}

		// stops first: the application starts to shut down, and lets the request in
		// progress finish
		@Bean
		SmartLifecycle shutdownStarted(Events events, SignUpController controller) {
			return new Probe(SmartLifecycle.DEFAULT_PHASE - 512, () -> {
				events.list.add("shutdown started");
				controller.release.complete(null);
			});
		}

		// stops just before the ReactorResourceFactory (phase 0)
		@Bean
		SmartLifecycle resourcesAboutToStop(Events events, ObjectProvider<EventDispatcher> dispatcher,
				ObjectProvider<ReactorResourceFactory> resources) {
			return new Probe(1, () -> {
				events.list.add("ReactorResourceFactory about to stop");
				events.statusBeforeResourcesStop = dispatcher.getObject().status();
				events.resourcesRunningBeforeTheyStop = resources.getObject().isRunning();
			});
		}

	}

	/**
	 * What happened while the application shut down, in order.
	 */
	static class Events {

		final List<String> list = new CopyOnWriteArrayList<>();

		volatile @Nullable DispatcherStatus statusBeforeResourcesStop;

		volatile boolean resourcesRunningBeforeTheyStop;

	}

	@RestController
	static class SignUpController {

		final CompletableFuture<Void> release = new CompletableFuture<>();

		final List<CompletableFuture<Delivery>> handles = new CopyOnWriteArrayList<>();

		final CompletableFuture<Void> firstEnqueued = new CompletableFuture<>();

		private final EventDispatcher dispatcher;

		private final Events events;

		SignUpController(EventDispatcher dispatcher, Events events) {
			this.dispatcher = dispatcher;
			this.events = events;
		}

		@PostMapping("/sign-ups/{id}")
		Mono<String> signUp(@PathVariable String id) {
			this.handles.add(this.dispatcher.enqueue(batch(id + "-before")));
			this.firstEnqueued.complete(null);
			return Mono.fromFuture(this.release).then(Mono.fromSupplier(() -> {
				this.handles.add(this.dispatcher.enqueue(batch(id + "-after")));
				this.events.list.add(id + "-after enqueued");
				return "ok";
			}));
		}

	}

	/**
	 * Runs an action when it stops, in its phase.
	 */
	static class Probe implements SmartLifecycle {

		private final int phase;

		private final Runnable onStop;

		private volatile boolean running;

		Probe(int phase, Runnable onStop) {
			this.phase = phase;
			this.onStop = onStop;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.onStop.run();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return this.phase;
		}

	}

}

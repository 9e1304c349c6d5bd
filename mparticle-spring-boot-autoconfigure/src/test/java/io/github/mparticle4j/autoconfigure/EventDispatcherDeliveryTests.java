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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatchFailureHandler;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * Tests that the auto-configured {@link EventDispatcher}s deliver, each through its
 * input, with its settings and the application's failure handler, against a WireMock
 * server on 127.0.0.1; and that closing the context delivers what is queued.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class EventDispatcherDeliveryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class))
		.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.retry.max-attempts=1");

	private final ApplicationContextRunner both = this.contextRunner.withPropertyValues("mparticle.api-key=default-key",
			"mparticle.api-secret=default-secret", "mparticle.inputs.ios.api-key=ios-key",
			"mparticle.inputs.ios.api-secret=ios-secret");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/bulkevents");
	}

	@Test
	void eachDispatcherDeliversThroughItsInputsBulkRequests() {
		this.both.run((context) -> {
			Delivery delivery = deliver(context.getBean(EventDispatcher.class), batch("default-1"));
			assertThat(delivery.sourceRequestId()).isEqualTo("default-1");
			assertThat(delivery.upload().statusCode()).isEqualTo(202);
			deliver(context.getBean(MParticleInputs.class).getDispatcher("ios"), batch("ios-1"));
		});
		assertThat(server.requests()).hasSize(2).allSatisfy((request) -> {
			assertThat(request.getUrl()).isEqualTo("/v2/bulkevents");
			String id = request.getBodyAsString().contains("\"default-1\"") ? "default" : "ios";
			assertThat(request.getHeader("Authorization"))
				.isEqualTo(MockEventsApi.basicAuth(id + "-key", id + "-secret"));
		});
	}

	@Test
	void handlesCompleteOnTheExecutorBeanThatAPropertyNames() {
		ExecutorService executor = Executors.newSingleThreadExecutor((task) -> new Thread(task, "mparticle-handles"));
		try {
			this.both.withBean("mparticleHandles", Executor.class, () -> executor)
				.withPropertyValues("mparticle.dispatcher.handle-executor=mparticleHandles")
				.run((context) -> {
					for (EventDispatcher dispatcher : List.of(context.getBean(EventDispatcher.class),
							context.getBean(MParticleInputs.class).getDispatcher("ios"))) {
						CompletableFuture<String> thread = dispatcher.enqueue(batch("handles-" + dispatcher.hashCode()))
							.thenApply((delivery) -> Thread.currentThread().getName());
						dispatcher.flush().get(10, TimeUnit.SECONDS);
						assertThat(thread).succeedsWithin(TIMEOUT).isEqualTo("mparticle-handles");
					}
				});
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	void aHandleExecutorThatIsNoBeanFailsStartupNamingTheProperty() {
		this.both.withPropertyValues("mparticle.dispatcher.handle-executor=noSuchExecutor")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("mparticle.dispatcher.handle-executor")
				.hasMessageContaining("noSuchExecutor")
				.hasMessageContaining("must name an Executor bean"));
	}

	@Test
	void aNamedInputsOwnSettingsApplyToItsDispatcherOnly() {
		// the first batch waits for the flush interval, so the second finds the queue
		// full
		this.both
			.withPropertyValues("mparticle.dispatcher.flush-interval=30s",
					"mparticle.inputs.ios.dispatcher.max-queued-batches=1")
			.run((context) -> {
				EventDispatcher ios = context.getBean(MParticleInputs.class).getDispatcher("ios");
				EventDispatcher primary = context.getBean(EventDispatcher.class);
				CompletableFuture<Delivery> first = ios.enqueue(batch("ios-1"));
				assertThat(ios.enqueue(batch("ios-2"))).failsWithin(TIMEOUT)
					.withThrowableOfType(ExecutionException.class)
					.havingCause()
					.isInstanceOfSatisfying(DeliveryFailedException.class,
							(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.QUEUE_FULL));
				CompletableFuture<Delivery> second = primary.enqueue(batch("default-1"));
				CompletableFuture<Delivery> third = primary.enqueue(batch("default-2"));
				ios.flush().get(10, TimeUnit.SECONDS);
				primary.flush().get(10, TimeUnit.SECONDS);
				assertThat(List.of(first, second, third))
					.allSatisfy((handle) -> assertThat(handle).succeedsWithin(TIMEOUT));
			});
	}

	@Test
	void theApplicationsFailureHandlerReceivesWhatEveryDispatcherCouldNotDeliver() {
		server.stub(WireMock.post("/v2/bulkevents").willReturn(WireMock.aResponse().withStatus(403)));
		List<DispatchFailure> failures = new CopyOnWriteArrayList<>();
		this.both.withBean(DispatchFailureHandler.class, () -> failures::add)
			.withPropertyValues("mparticle.dispatcher.rejected-credentials=fail")
			.run((context) -> {
				failToDeliver(context.getBean(EventDispatcher.class), batch("default-1"));
				failToDeliver(context.getBean(MParticleInputs.class).getDispatcher("ios"), batch("ios-1"));
			});
		assertThat(failures).extracting(DispatchFailure::dispatcher).containsExactlyInAnyOrder("default", "ios");
		assertThat(failures).allSatisfy((failure) -> {
			assertThat(failure.reason()).isEqualTo(DispatchFailure.Reason.UNAUTHORIZED);
			assertThat(failure.batches()).singleElement()
				.satisfies((batch) -> assertThat(batch.sourceRequestId()).startsWith(failure.dispatcher() + "-"));
		});
	}

	@Test
	void withoutAFailureHandlerBeanFailuresAreLogged(CapturedOutput output) {
		server.stub(WireMock.post("/v2/bulkevents").willReturn(WireMock.aResponse().withStatus(403)));
		// the handler runs on the handle executor: once a task queued after the failure
		// has run on its one thread, the handler has run too
		ExecutorService handles = Executors.newSingleThreadExecutor();
		try {
			this.both.withBean("handles", Executor.class, () -> handles)
				.withPropertyValues("mparticle.dispatcher.rejected-credentials=fail",
						"mparticle.dispatcher.handle-executor=handles")
				.run((context) -> {
					failToDeliver(context.getBean(MParticleInputs.class).getDispatcher("ios"), batch("ios-1"));
					assertThat(CompletableFuture.runAsync(() -> {
					}, handles)).succeedsWithin(TIMEOUT);
				});
		}
		finally {
			handles.shutdown();
		}
		assertThat(output).contains("Dispatcher 'ios': 1 batch not delivered (unauthorized)")
			.contains("source_request_ids [ios-1]");
		assertThat(output).doesNotContain("ios-secret");
	}

	@Test
	void closingTheContextDeliversWhatIsQueued() {
		List<CompletableFuture<Delivery>> handles = new CopyOnWriteArrayList<>();
		this.both.withPropertyValues("mparticle.dispatcher.flush-interval=1h").run((context) -> {
			handles.add(context.getBean(EventDispatcher.class).enqueue(batch("default-1")));
			handles.add(context.getBean(MParticleInputs.class).getDispatcher("ios").enqueue(batch("ios-1")));
			assertThat(handles).allSatisfy((handle) -> assertThat(handle).isNotDone());
		});
		assertThat(handles).allSatisfy((handle) -> assertThat(handle)
			.isCompletedWithValueMatching((delivery) -> delivery.upload().statusCode() == 202));
		assertThat(server.requests()).hasSize(2);
	}

	@Test
	void whatIsNotDeliveredWithinTheShutdownTimeoutGoesToTheFailureHandler() {
		server.stub(
				WireMock.post("/v2/bulkevents").willReturn(WireMock.aResponse().withStatus(202).withFixedDelay(5000)));
		List<DispatchFailure> failures = new CopyOnWriteArrayList<>();
		CompletableFuture<DispatchFailure> handled = new CompletableFuture<>();
		List<CompletableFuture<Delivery>> handles = new CopyOnWriteArrayList<>();
		this.both.withPropertyValues("mparticle.dispatcher.shutdown-timeout=200ms")
			.withBean(DispatchFailureHandler.class, () -> (failure) -> {
				failures.add(failure);
				handled.complete(failure);
			})
			.run((context) -> handles.add(context.getBean(EventDispatcher.class).enqueue(batch("default-1"))));
		assertThat(handles).singleElement().satisfies((handle) -> assertThat(handle).isCompletedExceptionally());
		// the handler may still be running as the context closes: it says when it ran
		assertThat(handled).succeedsWithin(TIMEOUT);
		assertThat(failures).singleElement().satisfies((failure) -> {
			assertThat(failure.reason()).isEqualTo(DispatchFailure.Reason.SHUTDOWN);
			assertThat(failure.sourceRequestIds()).containsExactly("default-1");
		});
	}

	@Test
	void inLogModeEnqueuedBatchesAreLoggedAndDelivered(CapturedOutput output) {
		this.both.withPropertyValues("mparticle.mode=log").run((context) -> {
			Delivery delivery = deliver(context.getBean(EventDispatcher.class), batch("log-1"));
			assertThat(delivery.upload().statusCode()).isEqualTo(202);
		});
		assertThat(server.requests()).isEmpty();
		assertThat(output).contains("mParticle log mode, input 'default', not sent: POST /v2/bulkevents (1 batch, ")
			.contains("source_request_id=log-1");
	}

	@Test
	void anEventsApiOfTheApplicationIsDispatchedTo() {
		EventsApi eventsApi = mock(EventsApi.class);
		given(eventsApi.bulkUploadEvents(anyList()))
			.willReturn(Mono.just(new UploadResult(202, 1, List.of("mock-1"), 100, null)));
		this.contextRunner.withBean("customEventsApi", EventsApi.class, () -> eventsApi)
			.run((context) -> assertThat(
					deliver(context.getBean(EventDispatcher.class), batch("mock-1")).upload().statusCode())
				.isEqualTo(202));
		// next to named inputs: the one that is not a named input's
		this.both.withBean("customEventsApi", EventsApi.class, () -> eventsApi)
			.run((context) -> assertThat(
					deliver(context.getBean(EventDispatcher.class), batch("mock-2")).upload().statusCode())
				.isEqualTo(202));
		then(eventsApi).should(times(2)).bulkUploadEvents(anyList());
		assertThat(server.requests()).isEmpty();
	}

	private static Delivery deliver(EventDispatcher dispatcher, Batch batch) throws Exception {
		CompletableFuture<Delivery> handle = dispatcher.enqueue(batch);
		dispatcher.flush();
		return handle.get(10, TimeUnit.SECONDS);
	}

	private static void failToDeliver(EventDispatcher dispatcher, Batch batch) {
		CompletableFuture<Delivery> handle = dispatcher.enqueue(batch);
		dispatcher.flush();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> handle.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(DeliveryFailedException.class);
	}

	private static Batch batch(String sourceRequestId) {
		return DocumentedExamples.minimal().sourceRequestId(sourceRequestId);
	}

}

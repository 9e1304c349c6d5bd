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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Keeps the tests that share an application context apart, in contexts that record with
 * an {@link EventsApiRecorder} or send to a {@link LocalEventsApi}: after each test
 * method, sends what every {@link EventDispatcher} still holds and waits for it (up to
 * {@link #FLUSH_TIMEOUT}), so that batches enqueued by one test never arrive during the
 * next, then resets every {@link EventsApiRecorder}, so that no test sees the requests or
 * the script of another.
 *
 * @author mparticle4j contributors
 */
class MParticleTestExecutionListener implements TestExecutionListener, Ordered {

	/**
	 * The longest wait for the dispatchers to send what a test left queued.
	 */
	static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(MParticleTestExecutionListener.class);

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		List<EventsApiRecorder> recorders = context.getBeanProvider(EventsApiRecorder.class).stream().toList();
		if (recorders.isEmpty() && context.getBeanNamesForType(LocalEventsApi.class).length == 0) {
			return;
		}
		// first end what the test scripted, so that what it left queued is accepted
		recorders.forEach(EventsApiRecorder::reset);
		flushDispatchers(context, testContext);
		recorders.forEach(EventsApiRecorder::reset);
	}

	private static void flushDispatchers(ApplicationContext context, TestContext testContext) {
		CompletableFuture<?>[] flushes = context.getBeanProvider(EventDispatcher.class)
			.stream()
			.map(EventDispatcher::flush)
			.toArray(CompletableFuture[]::new);
		if (flushes.length == 0) {
			return;
		}
		try {
			CompletableFuture.allOf(flushes).get(FLUSH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			logger.warn("The mParticle EventDispatcher did not send what " + testContext.getTestMethod().getName()
					+ " left queued within " + FLUSH_TIMEOUT.toSeconds() + " s; the next test may see it");
		}
		catch (ExecutionException ex) {
			// flush() never fails
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

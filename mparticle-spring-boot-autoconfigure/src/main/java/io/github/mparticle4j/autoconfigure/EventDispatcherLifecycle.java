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

import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Shuts an auto-configured {@link EventDispatcher} down when the application context
 * closes: it stops accepting batches, sends what is queued, and hands what is still not
 * delivered after the shutdown timeout to the failure handler
 * ({@link DispatchFailure.Reason#SHUTDOWN}).
 * <p>
 * Its {@link #PHASE phase} lies between the two phases of a web server: it stops after
 * the graceful shutdown of the web server (phase {@code DEFAULT_PHASE - 1024}), so that
 * the batches that requests still in progress enqueue are sent too, and before the web
 * server stops ({@code DEFAULT_PHASE - 2048}). Spring's {@code ReactorResourceFactory},
 * whose connections and event loops the client may use, stops in phase 0, later still.
 * The stop never blocks: the callback runs when the shutdown completes, and Spring waits
 * for it up to {@code spring.lifecycle.timeout-per-shutdown-phase}. A stopped dispatcher
 * cannot be started again, so this lifecycle is not pauseable.
 *
 * @author mparticle4j contributors
 */
final class EventDispatcherLifecycle implements SmartLifecycle {

	/**
	 * The phase: after the graceful shutdown of a web server, before the web server
	 * stops.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

	private static final Log logger = LogFactory.getLog(EventDispatcherLifecycle.class);

	private final String name;

	private final EventDispatcher dispatcher;

	private final Duration shutdownTimeout;

	private volatile boolean running;

	/**
	 * Creates a lifecycle.
	 * @param name the name of the input
	 * @param dispatcher the dispatcher to shut down
	 * @param shutdownTimeout how long the dispatcher may try to deliver what is queued
	 */
	EventDispatcherLifecycle(String name, EventDispatcher dispatcher, Duration shutdownTimeout) {
		this.name = name;
		this.dispatcher = dispatcher;
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		try {
			this.dispatcher.shutdown(this.shutdownTimeout).whenComplete((result, ex) -> {
				if (ex != null) {
					logger.warn("mParticle dispatcher '" + this.name + "' failed to shut down", ex);
				}
				callback.run();
			});
		}
		catch (RuntimeException ex) {
			logger.warn("mParticle dispatcher '" + this.name + "' failed to shut down", ex);
			callback.run();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isPauseable() {
		return false;
	}

	Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

}

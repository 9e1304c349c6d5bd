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

package io.github.mparticle4j.sample.container;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until {@code /actuator/health} of an application in a host-network container
 * answers on 127.0.0.1 with any status. Testcontainers' own HTTP wait strategy relies on
 * mapped ports, which host networking does not have.
 *
 * @author mparticle4j contributors
 */
class HealthEndpointWaitStrategy extends AbstractWaitStrategy {

	private final int port;

	HealthEndpointWaitStrategy(int port) {
		this.port = port;
	}

	@Override
	protected void waitUntilReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		Instant deadline = Instant.now().plus(this.startupTimeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.waitStrategyTarget.isRunning()) {
				throw new ContainerLaunchException("The container exited before /actuator/health answered");
			}
			try {
				client.send(request, HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException ex) {
				sleep();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ContainerLaunchException("Interrupted while waiting for /actuator/health", ex);
			}
		}
		throw new ContainerLaunchException(
				"/actuator/health did not answer on port " + this.port + " within " + this.startupTimeout);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

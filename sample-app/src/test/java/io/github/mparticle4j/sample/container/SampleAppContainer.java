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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The sample application's executable jar in a container, on the locally built JRE image,
 * with host networking and configured only through environment variables.
 *
 * @author mparticle4j contributors
 */
class SampleAppContainer extends GenericContainer<SampleAppContainer> {

	/** The JRE base image that {@code .ci/docker-up} builds with debootstrap. */
	static final String BASE_IMAGE = "mparticle4j/jre:17";

	private static final ImageFromDockerfile IMAGE = new ImageFromDockerfile("mparticle4j/sample-app", true)
		.withFileFromPath("app.jar", jar())
		.withDockerfileFromBuilder((dockerfile) -> dockerfile.from(BASE_IMAGE)
			.copy("app.jar", "/app/app.jar")
			.user("nobody")
			// the sample's H2 database goes to ./target/sample-db: a directory that
			// nobody may write
			.workDir("/tmp")
			.entryPoint("java", "-jar", "/app/app.jar")
			.build());

	private final int port = freePort();

	SampleAppContainer(Map<String, String> environment) {
		super(IMAGE);
		withNetworkMode("host");
		withEnv(environment);
		withEnv("SERVER_PORT", String.valueOf(this.port));
		waitingFor(new HealthEndpointWaitStrategy(this.port).withStartupTimeout(Duration.ofSeconds(90)));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Sends SIGTERM to the application and waits for the container to exit.
	 * @param timeout how long to wait
	 * @return the exit code, or {@code null} if the container is still running
	 */
	Long terminate(Duration timeout) throws IOException {
		getDockerClient().killContainerCmd(getContainerId()).withSignal("SIGTERM").exec();
		// Docker tells when the container exits
		try (WaitContainerResultCallback exit = getDockerClient().waitContainerCmd(getContainerId())
			.exec(new WaitContainerResultCallback())) {
			return exit.awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS).longValue();
		}
		catch (DockerClientException ex) {
			return null;
		}
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("sample.jar", "target/mparticle-spring-boot-sample-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The sample's executable jar " + jar + " does not exist; run the container"
					+ " tests with ./mvnw verify, which packages it first");
		}
		return jar;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

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

package io.github.mparticle4j.smoketest.servlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the AOT-processed executable jar of {@link ServletApplication} (built by
 * {@code process-aot} and {@code repackage}) with {@code -Dspring.aot.enabled=true}, as a
 * native image would run its generated bean definitions, and checks that a sign-up sends
 * a batch to a {@link LocalEventsApi local stand-in} on 127.0.0.1.
 *
 * @author mparticle4j contributors
 */
class ServletApplicationAotIT {

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private LocalEventsApi standIn;

	private Process application;

	private final List<String> output = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.standIn = LocalEventsApi.start(0);
		Path jar = Path.of(System.getProperty("servlet.jar", "target/mparticle-smoke-test-servlet.jar"));
		assertThat(jar).as("the executable jar of the package phase").exists();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.application = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-jar", jar.toString(),
				"--server.address=127.0.0.1", "--server.port=0", "--mparticle.api-key=" + LocalEventsApi.API_KEY,
				"--mparticle.api-secret=" + LocalEventsApi.API_SECRET, "--mparticle.base-url=" + this.standIn.baseUrl())
			.redirectErrorStream(true)
			.start();
	}

	@AfterEach
	void stop() throws Exception {
		if (this.application != null) {
			this.application.destroy();
			if (!this.application.waitFor(30, TimeUnit.SECONDS)) {
				this.application.destroyForcibly();
			}
		}
		this.standIn.stop();
	}

	@Test
	void theAotProcessedApplicationSendsABatchToTheStandIn() throws Exception {
		int port = awaitPort();
		synchronized (this.output) {
			assertThat(this.output).as("the application's output")
				.anyMatch((line) -> line.contains("Starting AOT-processed ServletApplication"));
		}
		assertThat(Files.exists(Path.of("target/classes/io/github/mparticle4j/smoketest/servlet/"
				+ "ServletApplication__ApplicationContextInitializer.class")))
			.as("process-aot generated the application's initializer")
			.isTrue();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-ups/1234"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(String.join("\n", this.output)).isEqualTo(200);
		assertThat(this.standIn.received()).hasSize(1);
		LocalEventsApi.ReceivedRequest received = this.standIn.received().get(0);
		assertThat(received.path()).isEqualTo("/v2/events");
		assertThat(received.body().path("user_identities").path("customer_id").asString()).isEqualTo("1234");
		assertThat(response.body()).isEqualTo("sent " + received.body().path("source_request_id").asString());
	}

	// reads the application's output until Tomcat has started, and keeps it for the
	// failure messages
	private int awaitPort() throws Exception {
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.application.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					synchronized (this.output) {
						this.output.add(line);
					}
					Matcher matcher = PORT.matcher(line);
					if (matcher.find()) {
						port.complete(Integer.parseInt(matcher.group(1)));
					}
				}
				port.completeExceptionally(new IllegalStateException("The application exited"));
			}
			catch (IOException ex) {
				port.completeExceptionally(ex);
			}
		}, "servlet-app-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return port.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			synchronized (this.output) {
				throw new AssertionError(
						"The AOT-processed application did not start:\n" + String.join("\n", this.output), ex);
			}
		}
	}

}

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

package io.github.mparticle4j.smoketest.commandline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link CommandLineApplication}, on a class path without a web server, Actuator or
 * spring-boot-health, and checks that the batches it sends reach a local stand-in for the
 * Events API; and that, started with {@code java} as a batch job is, it ends by itself.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(args = { "1001", "1002" })
@AutoConfigureLocalEventsApi
class CommandLineApplicationTests {

	@Autowired
	private LocalEventsApi standIn;

	@Autowired
	private ApplicationContext context;

	@Test
	void theClassPathHasNoActuatorAndNoWebServer() {
		assertThat(ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.SanitizableData", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.web.server.WebServer", null)).isFalse();
		assertThat(this.context).isNotInstanceOf(WebApplicationContext.class)
			.isNotInstanceOf(ReactiveWebApplicationContext.class);
	}

	@Test
	void reactorNettyThreadsCannotKeepTheApplicationRunning() {
		// without spring-boot-reactor-netty there is no ReactorResourceFactory: the
		// client
		// uses Reactor Netty's global resources, whose threads are daemon threads
		assertThat(this.context.getBeanNamesForType(ReactorResourceFactory.class)).isEmpty();
		List<Thread> threads = Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("reactor-http-"))
			.toList();
		assertThat(threads).isNotEmpty().allMatch(Thread::isDaemon);
	}

	@Test
	void theRunnerSentABatchPerCustomerInOneBulkRequest() {
		List<LocalEventsApi.ReceivedRequest> bulk = this.standIn.received()
			.stream()
			.filter((request) -> request.path().equals("/v2/bulkevents"))
			.filter((request) -> customerIds(request.body()).equals(List.of("1001", "1002")))
			.toList();
		assertThat(bulk).hasSize(1);
	}

	@Test
	void startedWithJavaTheApplicationSendsAndEnds(@TempDir Path directory) throws Exception {
		Path output = directory.resolve("output.txt");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommandLineApplication.class.getName(),
				"--mparticle.base-url=" + this.standIn.baseUrl(), "--mparticle.api-key=" + LocalEventsApi.API_KEY,
				"--mparticle.api-secret=" + LocalEventsApi.API_SECRET, "--spring.main.banner-mode=off", "2001")
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean ended = process.waitFor(60, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(ended).as("the application ended by itself:%n%s", log).isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		assertThat(log).contains("mParticle accepted 1 batches").doesNotContain("started on port");
		assertThat(this.standIn.received()).anySatisfy((request) -> {
			assertThat(request.path()).isEqualTo("/v2/bulkevents");
			assertThat(customerIds(request.body())).containsExactly("2001");
		});
	}

	private static List<String> customerIds(JsonNode batches) {
		return batches.valueStream()
			.map((batch) -> batch.path("user_identities").path("customer_id").asString())
			.toList();
	}

}

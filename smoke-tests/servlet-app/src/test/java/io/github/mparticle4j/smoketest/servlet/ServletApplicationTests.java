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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@link ServletApplication} on Tomcat, on a class path without Actuator or
 * spring-boot-health, and checks that a request to its controller sends a batch to a
 * local stand-in for the Events API.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureLocalEventsApi
class ServletApplicationTests {

	@Autowired
	private LocalEventsApi standIn;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void theClassPathHasNoActuator() {
		assertThat(ClassUtils.isPresent("org.springframework.boot.actuate.endpoint.SanitizableData", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null)).isFalse();
	}

	@Test
	void theStarterLeavesOutQuicNativeLibraries() {
		// about 12 MB for five platforms, which only HTTP/3 would load
		assertThat(getClass().getClassLoader().getResource("META-INF/native/libnetty_quiche42_linux_x86_64.so"))
			.isNull();
		assertThat(getClass().getClassLoader()
			.getResource("META-INF/native-image/io.netty/netty-codec-native-quic/native-image.properties")).isNull();
	}

	@Test
	void runsOnTomcatWithoutAReactiveServer() {
		assertThat(this.context).isInstanceOf(WebServerApplicationContext.class);
		assertThat(((WebServerApplicationContext) this.context).getWebServer().getClass().getSimpleName())
			.isEqualTo("TomcatWebServer");
		assertThat(ClassUtils.isPresent("org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory", null))
			.isFalse();
	}

	@Test
	void aSignUpRequestSendsABatchAndAnswersOnceItWasAccepted() throws Exception {
		int before = this.standIn.received().size();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/sign-ups/1234"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.standIn.received()).hasSize(before + 1);
		LocalEventsApi.ReceivedRequest received = this.standIn.received().get(before);
		assertThat(received.path()).isEqualTo("/v2/events");
		assertThat(received.body().path("user_identities").path("customer_id").asString()).isEqualTo("1234");
		assertThat(received.body().path("events").get(0).path("data").path("event_name").asString())
			.isEqualTo("Sign Up");
		assertThat(response.body()).isEqualTo("sent " + received.body().path("source_request_id").asString());
	}

}

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

package io.github.mparticle4j.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kill -9 demo of the sample's documentation, as a test: the sample runs in a JVM of
 * its own on an H2 database in a file; its stand-in for mParticle answers {@code 503}
 * ({@code POST /stand-in/outage}), so an order's purchase stays pending in the outbox
 * after failed attempts; the JVM is killed with {@code kill -9}; and the sample started
 * again, in another JVM, on the same file delivers the purchase to its new stand-in, with
 * the order's {@code source_request_id}.
 *
 * @author mparticle4j contributors
 */
class OrderRestartTests {

	// the purchase may have been claimed when the JVM was killed: then it waits for its
	// lease (2 minutes)
	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	// kept with the logs of both runs, for a look after a failure
	private final Path directory = Path.of("target", "order-restart", UUID.randomUUID().toString());

	private @Nullable SampleChildProcess child;

	private @Nullable SampleChildProcess restarted;

	@AfterEach
	void stop() throws Exception {
		if (this.child != null) {
			this.child.kill();
		}
		if (this.restarted != null) {
			this.restarted.kill();
		}
	}

	@Test
	void aPurchasePendingWhenTheSampleIsKilledIsDeliveredWhenItStartsAgain() throws Exception {
		String database = "--spring.datasource.url=jdbc:h2:file:" + this.directory.toAbsolutePath().resolve("orders")
				+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
		String pidFile = "--spring.pid.file=" + this.directory.resolve("sample-app.pid");
		this.child = SampleChildProcess.start(this.directory.resolve("first-run.log"), List.of(database, pidFile));
		WebTestClient first = client(this.child.awaitPort(TIMEOUT));
		JsonNode outage = JsonExchanges.post(first, "/stand-in/outage", "", 200);
		assertThat(outage.get("status").asInt()).isEqualTo(503);
		JsonNode order = JsonExchanges.post(first, "/orders", """
				{"customerId": "restart-1", "products": [{"sku": "sku-1", "price": 9.5}]}""", 201);
		String orderId = order.get("orderId").asString();
		// the stand-in refused it at least once: the purchase waits in the outbox
		await().atMost(TIMEOUT).untilAsserted(() -> {
			JsonNode pending = JsonExchanges.get(first, "/orders/" + orderId);
			assertThat(pending.get("delivery").asString()).isEqualTo("pending");
			assertThat(pending.get("attempts").asInt()).isPositive();
		});
		assertThat(JsonExchanges.get(first, "/stand-in/requests")).isEmpty();
		this.child.kill();
		this.child = null;
		// another JVM again: closing an application in this one would dispose of Reactor
		// Netty's global resources, which the cached contexts of the other tests use

		this.restarted = SampleChildProcess.start(this.directory.resolve("second-run.log"), List.of(database, pidFile));
		WebTestClient second = client(this.restarted.awaitPort(TIMEOUT));
		JsonNode purchase = await().atMost(TIMEOUT)
			.until(() -> purchaseOf(JsonExchanges.get(second, "/stand-in/requests"), orderId),
					(found) -> found != null);
		assertThat(purchase.get("source_request_id").asString()).isEqualTo("order-" + orderId);
		assertThat(purchase.get("user_identities").get("customer_id").asString()).isEqualTo("restart-1");
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(JsonExchanges.get(second, "/orders/" + orderId).get("delivery").asString())
				.isEqualTo("delivered"));
	}

	// the batch, among the requests that the stand-in accepted, that carries the purchase
	// of the order
	private static @Nullable JsonNode purchaseOf(JsonNode requests, String orderId) {
		for (JsonNode request : requests) {
			JsonNode body = request.get("body");
			for (JsonNode batch : body.isArray() ? body : List.of(body)) {
				for (JsonNode event : batch.path("events")) {
					if (orderId
						.equals(event.path("data").path("product_action").path("transaction_id").asString(null))) {
						return batch;
					}
				}
			}
		}
		return null;
	}

	private static WebTestClient client(int port) {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}

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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureLocalEventsApi;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests the sample's order endpoints over HTTP, on a real H2 database and against the
 * local stand-in for the Events API: an order and its purchase are committed together and
 * the purchase reaches the stand-in; an order that fails rolls back, and neither the
 * order nor its purchase remains.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureLocalEventsApi
class OrderEndpointsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	@Autowired
	private LocalEventsApi standIn;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private JdbcClient jdbc;

	private WebTestClient client;

	// one user per test: the dispatcher merges the batches of a user, and keeps their
	// order
	private final String customerId = "customer-" + UUID.randomUUID();

	@BeforeEach
	void setUp() {
		this.standIn.clear();
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Test
	void aCommittedOrderIsSavedAndItsPurchaseReachesTheStandIn() {
		JsonNode order = placeOrder(false, 201);
		String orderId = order.get("orderId").asString();
		assertThat(order.get("customerId").asString()).isEqualTo(this.customerId);
		assertThat(order.get("total").decimalValue()).isEqualByComparingTo("43.98");
		assertThat(order.get("currency").asString()).isEqualTo("USD");
		assertThat(order.get("sourceRequestId").asString()).isEqualTo("order-" + orderId);
		assertThat(order.get("delivery").asString()).isEqualTo("pending");
		Batch batch = await().atMost(TIMEOUT).until(() -> purchaseOf(orderId), (found) -> found != null);
		assertThat(batch.getSourceRequestId()).isEqualTo("order-" + orderId);
		assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo(this.customerId);
		ProductAction purchase = ((CommerceEvent) batch.getEvents().get(0)).getProductAction();
		assertThat(purchase.getAction()).isEqualTo(ProductAction.Action.PURCHASE);
		assertThat(purchase.getTotalAmount()).isEqualByComparingTo("43.98");
		await().atMost(TIMEOUT)
			.untilAsserted(
					() -> assertThat(get("/orders/" + orderId).get("delivery").asString()).isEqualTo("delivered"));
		List<String> listed = new ArrayList<>();
		get("/orders").forEach((each) -> listed.add(each.get("orderId").asString()));
		assertThat(listed).contains(orderId);
	}

	@Test
	void aFailingOrderRollsBackAndNothingIsSent() throws Exception {
		JsonNode failure = placeOrder(true, 500);
		String failedId = failure.get("orderId").asString();
		assertThat(failure.get("error").asString()).contains("rolled back");
		assertThat(orderRows(failedId)).isZero();
		assertThat(outboxRows("order-" + failedId)).isZero();
		this.client.get().uri("/orders/" + failedId).exchange().expectStatus().isNotFound();
		// the next order of the same user arrives; its purchase would have come after the
		// failed one's
		String nextId = placeOrder(false, 201).get("orderId").asString();
		await().atMost(TIMEOUT).until(() -> purchaseOf(nextId), (found) -> found != null);
		this.dispatcher.flush().get(30, TimeUnit.SECONDS);
		assertThat(purchaseOf(failedId)).isNull();
		assertThat(this.standIn.batches())
			.allSatisfy((batch) -> assertThat(batch.getSourceRequestId()).isNotEqualTo("order-" + failedId));
	}

	@Test
	void anInvalidOrderIsRefusedWith400NamingTheFieldAndNothingIsSaved() {
		long orders = this.jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
		JsonNode response = JsonExchanges.post(this.client, "/orders", """
				{"customerId": "%s", "products": [{"sku": "sku-1", "price": -1}]}""".formatted(this.customerId), 400);
		assertThat(response.get("field").asString()).isEqualTo("products[0].price");
		response = JsonExchanges.post(this.client, "/orders", """
				{"products": [{"sku": "sku-1", "price": 1}]}""", 400);
		assertThat(response.get("field").asString()).isEqualTo("customerId");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single()).isEqualTo(orders);
	}

	@Test
	void anUnknownOrderIsAnswered404() {
		this.client.get()
			.uri("/orders/no-such-order")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("There is no order 'no-such-order'");
	}

	private JsonNode placeOrder(boolean fail, int status) {
		return JsonExchanges.post(this.client, "/orders", """
				{"customerId": "%s", "products": [{"sku": "sku-1", "name": "Espresso Beans", "price": 21.99,
				 "quantity": 2}], "fail": %s}""".formatted(this.customerId, fail), status);
	}

	private JsonNode get(String path) {
		return JsonExchanges.get(this.client, path);
	}

	private Batch purchaseOf(String orderId) {
		return purchaseOf(this.standIn.batches(), orderId);
	}

	static Batch purchaseOf(List<Batch> batches, String orderId) {
		return batches.stream()
			.filter((batch) -> batch.getEvents()
				.stream()
				.anyMatch((event) -> event instanceof CommerceEvent commerce && commerce.getProductAction() != null
						&& orderId.equals(commerce.getProductAction().getTransactionId())))
			.findFirst()
			.orElse(null);
	}

	private long orderRows(String orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM orders WHERE id = ?").param(orderId).query(Long.class).single();
	}

	private long outboxRows(String sourceRequestId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mparticle_outbox WHERE id = ?")
			.param(sourceRequestId)
			.query(Long.class)
			.single();
	}

}

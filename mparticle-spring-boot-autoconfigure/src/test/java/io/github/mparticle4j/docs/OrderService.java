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

package io.github.mparticle4j.docs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.Product;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.model.UserIdentities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

// @formatter:off
// tag::dispatcher-outbox[]
@Service
public class OrderService {

	private final JdbcClient jdbc;

	private final EventDispatcher dispatcher;  // with mparticle.dispatcher.store=jdbc

	public OrderService(JdbcClient jdbc, EventDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
	}

	@Transactional
	public void placeOrder(String orderId, String customerId, String sku, BigDecimal price) {
		this.jdbc.sql("INSERT INTO orders (id, customer_id, sku, price) VALUES (?, ?, ?, ?)")
			.params(orderId, customerId, sku, price)
			.update();
		// the batch's row is written as this transaction commits: sent then, never if it rolls back
		CompletableFuture<Delivery> purchase = this.dispatcher.enqueue(new Batch()
			.sourceRequestId("order-" + orderId)  // optional: fixed when the row is written
			.userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new CommerceEvent()
				.productAction(new ProductAction(ProductAction.Action.PURCHASE)
					.transactionId(orderId)
					.totalAmount(price)
					.addProduct(new Product().id(sku).price(price).quantity(BigDecimal.ONE)))
				.timestamp(Instant.now())));
		if (purchase.isCompletedExceptionally()) {  // not accepted: the batch is invalid or the queue is full
			throw new IllegalStateException("The purchase of order " + orderId + " could not be stored");
		}
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("An order costs something");  // rolls back both
		}
	}

}
// end::dispatcher-outbox[]
// @formatter:on

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

package io.github.mparticle4j.sample.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.sample.web.SampleRequests.Order;
import io.github.mparticle4j.sample.web.SampleRequests.Purchase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves orders and enqueues their purchase events in one transaction, on the
 * application's {@code DataSource}, where the dispatcher keeps its batches
 * ({@code mparticle.dispatcher.store=jdbc}, the outbox): the purchase is sent once the
 * order is committed, never for an order that rolled back, and, since the outbox is a
 * table, also after a crash. An order's delivery is read from the outbox: its purchase's
 * row is there while it is pending or dead, and deleted once mParticle accepted it.
 * <p>
 * Stateless: the database holds the orders and the outbox.
 *
 * @author mparticle4j contributors
 */
@Service
public class OrderService {

	// the name under which the outbox stores the default input's batches
	private static final String DEFAULT_INPUT = "default";

	private static final String SOURCE_REQUEST_ID_PREFIX = "order-";

	private static final int LISTED_ORDERS = 100;

	private final JdbcClient jdbc;

	private final EventDispatcher dispatcher;

	private final String selectOrders;

	/**
	 * Creates the service.
	 * @param jdbc the client of the application's {@code DataSource}, which holds the
	 * outbox too
	 * @param dispatcher the dispatcher of the default input
	 * @param outboxTable the outbox table ({@code mparticle.dispatcher.jdbc.table-name})
	 */
	public OrderService(JdbcClient jdbc, EventDispatcher dispatcher,
			@Value("${mparticle.dispatcher.jdbc.table-name:mparticle_outbox}") String outboxTable) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
		this.selectOrders = "SELECT o.id, o.customer_id, o.currency, o.total, o.created_at, b.state, b.attempts "
				+ "FROM orders o LEFT JOIN " + outboxTable + " b ON b.input = '" + DEFAULT_INPUT
				+ "' AND b.id = CONCAT('" + SOURCE_REQUEST_ID_PREFIX + "', o.id) ";
	}

	/**
	 * Saves an order and enqueues its purchase, in one transaction: if anything fails,
	 * including the order itself ({@code "fail": true}), neither the order nor its
	 * purchase remains.
	 * @param request the order
	 * @return the order saved, its purchase pending
	 * @throws InvalidRequestException if the order is invalid; nothing is saved
	 * @throws DeliveryFailedException if the dispatcher refused the purchase (invalid,
	 * the outbox full or failing); nothing is saved
	 * @throws OrderFailedException if the order asked to fail; nothing is saved
	 */
	@Transactional
	public OrderResponse placeOrder(Order request) {
		String orderId = UUID.randomUUID().toString();
		// a random order id, so that mParticle, which drops a source_request_id it has
		// seen in the last 30 days,
		// never takes the purchase of a new order for a duplicate
		String sourceRequestId = SOURCE_REQUEST_ID_PREFIX + orderId;
		Batch purchase = SampleBatches
			.purchase(new Purchase(request.customerId(), orderId, request.currency(), request.products()))
			.sourceRequestId(sourceRequestId);
		CommerceEvent event = (CommerceEvent) purchase.getEvents().get(0);
		String customerId = Objects.requireNonNull(request.customerId());
		String currency = Objects.requireNonNull(event.getCurrencyCode());
		BigDecimal total = Objects.requireNonNull(Objects.requireNonNull(event.getProductAction()).getTotalAmount());
		OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc
			.sql("INSERT INTO orders (id, customer_id, currency, total, created_at) "
					+ "VALUES (:id, :customerId, :currency, :total, :createdAt)")
			.param("id", orderId)
			.param("customerId", customerId)
			.param("currency", currency)
			.param("total", total)
			.param("createdAt", createdAt)
			.update();
		// the row of the purchase is written in this transaction: sendable once it
		// commits
		CompletableFuture<Delivery> delivery = this.dispatcher.enqueue(purchase);
		if (delivery.isCompletedExceptionally()) {
			throw refusal(delivery);
		}
		if (Boolean.TRUE.equals(request.fail())) {
			throw new OrderFailedException(orderId);
		}
		return new OrderResponse(orderId, customerId, currency, plain(total), createdAt.toInstant(), sourceRequestId,
				OrderResponse.PENDING, 0);
	}

	/**
	 * Returns an order and the delivery of its purchase.
	 * @param orderId the id of the order
	 * @return the order, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<OrderResponse> order(String orderId) {
		return this.jdbc.sql(this.selectOrders + "WHERE o.id = ?").param(orderId).query(OrderService::order).optional();
	}

	/**
	 * Returns the latest orders, newest first, and the delivery of their purchases.
	 * @return at most the last 100 orders
	 */
	@Transactional(readOnly = true)
	public List<OrderResponse> orders() {
		return this.jdbc.sql(this.selectOrders + "ORDER BY o.created_at DESC, o.id LIMIT " + LISTED_ORDERS)
			.query(OrderService::order)
			.list();
	}

	private static OrderResponse order(ResultSet row, int rowNumber) throws SQLException {
		String state = row.getString("state");
		Instant createdAt = row.getObject("created_at", OffsetDateTime.class).toInstant();
		String orderId = row.getString("id");
		// no row in the outbox: deleted when mParticle accepted the purchase
		String delivery = (state != null) ? state : OrderResponse.DELIVERED;
		Integer attempts = (state != null) ? row.getInt("attempts") : null;
		return new OrderResponse(orderId, row.getString("customer_id"), row.getString("currency"),
				plain(row.getBigDecimal("total")), createdAt, SOURCE_REQUEST_ID_PREFIX + orderId, delivery, attempts);
	}

	// 43.98 rather than 43.9800000000, the column's scale; 100 rather than 1E+2
	private static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static DeliveryFailedException refusal(CompletableFuture<Delivery> delivery) {
		Throwable failure = delivery.handle((result, ex) -> ex).join();
		return (DeliveryFailedException) failure;
	}

}

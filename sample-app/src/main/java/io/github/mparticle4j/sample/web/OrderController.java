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

import java.util.List;

import io.github.mparticle4j.sample.web.SampleRequests.Order;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders, each saved with its purchase event in one transaction through the
 * {@link OrderService}: {@code POST /orders} answers {@code 201} once both are committed,
 * and the dispatcher sends the purchase from its outbox in the background, after a
 * restart if need be. {@code GET /orders} and {@code GET /orders/{id}} show whether each
 * purchase was delivered. JDBC blocks, so the service runs on Reactor's bounded elastic
 * threads, never on the web server's.
 *
 * @author mparticle4j contributors
 */
@RestController
class OrderController {

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<OrderResponse> placeOrder(@RequestBody Order request) {
		return Mono.fromCallable(() -> this.orders.placeOrder(request)).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/orders")
	Mono<List<OrderResponse>> orders() {
		return Mono.fromCallable(this.orders::orders).subscribeOn(Schedulers.boundedElastic());
	}

	@GetMapping("/orders/{orderId}")
	Mono<OrderResponse> order(@PathVariable String orderId) {
		return Mono
			.fromCallable(() -> this.orders.order(orderId).orElseThrow(() -> new OrderNotFoundException(orderId)))
			.subscribeOn(Schedulers.boundedElastic());
	}

}

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
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An order and the delivery of its purchase event, as the order endpoints answer.
 *
 * @param orderId the id of the order, also the purchase's {@code transaction_id}
 * @param customerId the id of the user
 * @param currency the ISO 4217 currency
 * @param total the total amount
 * @param createdAt when the order was saved
 * @param sourceRequestId the {@code source_request_id} of the purchase's batch:
 * {@code order-} and the order id
 * @param delivery {@value #PENDING} while the purchase waits in the outbox (sent again
 * while mParticle cannot take it), {@value #DELIVERED} once mParticle accepted it (its
 * row is deleted then), or {@code dead} if mParticle refused it for good
 * @param attempts how many times sending the purchase failed so far; {@code null} once
 * delivered
 * @author mparticle4j contributors
 */
public record OrderResponse(String orderId, String customerId, String currency, BigDecimal total, Instant createdAt,
		String sourceRequestId, String delivery, @Nullable Integer attempts) {

	static final String PENDING = "pending";

	static final String DELIVERED = "delivered";

}

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
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies that the sample's endpoints accept.
 *
 * @author mparticle4j contributors
 */
public final class SampleRequests {

	private SampleRequests() {
	}

	/**
	 * A user signing up.
	 *
	 * @param customerId the id of the user in your system
	 * @param email the email address
	 * @param firstName the first name
	 * @param lastName the last name
	 * @param plan the plan chosen, such as {@code trial}
	 * @param marketingConsent whether the user agreed to marketing (GDPR)
	 * @param ccpaOptOut whether the user opted out of the sale of their data (CCPA)
	 */
	public record SignUp(@Nullable String customerId, @Nullable String email, @Nullable String firstName,
			@Nullable String lastName, @Nullable String plan, @Nullable Boolean marketingConsent,
			@Nullable Boolean ccpaOptOut) {
	}

	/**
	 * A custom event.
	 *
	 * @param customerId the id of the user
	 * @param eventName the name of the event
	 * @param eventType the custom event type, such as {@code navigation}; {@code other}
	 * when missing
	 * @param attributes the custom attributes
	 */
	public record CustomEvent(@Nullable String customerId, @Nullable String eventName, @Nullable String eventType,
			@Nullable Map<String, String> attributes) {
	}

	/**
	 * A purchase.
	 *
	 * @param customerId the id of the user
	 * @param transactionId the id of the order
	 * @param currency the ISO 4217 currency, such as {@code USD}
	 * @param products the products bought
	 */
	public record Purchase(@Nullable String customerId, @Nullable String transactionId, @Nullable String currency,
			@Nullable List<Item> products) {
	}

	/**
	 * An order, saved with its purchase event in one transaction.
	 *
	 * @param customerId the id of the user
	 * @param currency the ISO 4217 currency, such as {@code USD}; {@code USD} when
	 * missing
	 * @param products the products ordered
	 * @param fail {@code true} to make the order fail after its purchase was enqueued, so
	 * that the transaction rolls back: no order is saved and nothing is sent
	 */
	public record Order(@Nullable String customerId, @Nullable String currency, @Nullable List<Item> products,
			@Nullable Boolean fail) {
	}

	/**
	 * One product of a purchase.
	 *
	 * @param sku the id of the product
	 * @param name the name of the product
	 * @param price the unit price, from 0 to 1000000000
	 * @param quantity the quantity, from 0 to 1000000000; 1 when missing
	 */
	public record Item(@Nullable String sku, @Nullable String name, @Nullable BigDecimal price,
			@Nullable BigDecimal quantity) {
	}

	/**
	 * A session: its start, the screens viewed, and its end.
	 *
	 * @param customerId the id of the user
	 * @param screens the names of the screens viewed, in order
	 * @param durationSeconds the length of the session in seconds, at most a day (86400);
	 * 60 when missing
	 */
	public record Session(@Nullable String customerId, @Nullable List<String> screens, @Nullable Long durationSeconds) {
	}

	/**
	 * One event for each of several users, sent in one bulk request.
	 *
	 * @param users the users
	 */
	public record Bulk(@Nullable List<CustomEvent> users) {
	}

}

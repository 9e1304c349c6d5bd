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

package io.github.mparticle4j.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.ApplicationInformation;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.DeviceInformation;
import io.github.mparticle4j.model.Product;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.SessionEndEvent;
import io.github.mparticle4j.model.SessionStartEvent;
import io.github.mparticle4j.model.UserIdentities;

/**
 * The batches that every benchmark sends, built the way an application builds them: one
 * user's session of 10 events of mixed types (session start and end, screen views, custom
 * events, an add-to-cart and a purchase), with user identities, user attributes, device
 * and application information, about 3.8 KB of JSON. Like most applications, the batches
 * set neither an environment nor a {@code source_request_id}: the client adds both.
 *
 * @author mparticle4j contributors
 */
public final class TypicalBatches {

	/**
	 * How many batches a bulk request carries: as many typical batches as stay well under
	 * the 256 KB request limit.
	 */
	public static final int BULK_SIZE = 60;

	private TypicalBatches() {
	}

	/**
	 * Returns the typical batch of one user.
	 * @param user a number that makes the user's identities and ids distinct
	 * @return a new batch
	 */
	public static Batch typical(int user) {
		String session = id(user, 0);
		long sessionId = 4957918240501247982L + user;
		long start = start(user);
		return userLevel(user)
			.addEvent(new SessionStartEvent().sessionUuid(session)
				.sessionId(sessionId)
				.sourceMessageId(id(user, 1))
				.timestampUnixtimeMs(start))
			.addEvent(new ScreenViewEvent("Home").sessionUuid(session)
				.sourceMessageId(id(user, 2))
				.timestampUnixtimeMs(start + 1500)
				.customAttribute("referrer", "push_notification"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Banner Clicked").sessionUuid(session)
				.sourceMessageId(id(user, 3))
				.timestampUnixtimeMs(start + 4200)
				.customAttribute("banner_id", "summer-sale-2024"))
			.addEvent(new ScreenViewEvent("Search").sessionUuid(session)
				.sourceMessageId(id(user, 4))
				.timestampUnixtimeMs(start + 9000))
			.addEvent(new AppEvent(AppEvent.CustomEventType.SEARCH, "Product Search").sessionUuid(session)
				.sourceMessageId(id(user, 5))
				.timestampUnixtimeMs(start + 15300)
				.customAttribute("query", "espresso beans")
				.customFlag("Google.Category", "search"))
			.addEvent(new ScreenViewEvent("Product Detail").sessionUuid(session)
				.sourceMessageId(id(user, 6))
				.timestampUnixtimeMs(start + 21000))
			.addEvent(new CommerceEvent().sessionUuid(session)
				.sourceMessageId(id(user, 7))
				.timestampUnixtimeMs(start + 30000)
				.currencyCode("USD")
				.productAction(new ProductAction(ProductAction.Action.ADD_TO_CART).addProduct(espressoBeans())))
			.addEvent(new CommerceEvent().sessionUuid(session)
				.sourceMessageId(id(user, 8))
				.timestampUnixtimeMs(start + 95000)
				.currencyCode("USD")
				.customAttribute("checkout_flow", "one_click")
				.productAction(new ProductAction(ProductAction.Action.PURCHASE).transactionId("order-" + (98765 + user))
					.totalAmount(new BigDecimal("13.99"))
					.shippingAmount(new BigDecimal("5.00"))
					.addProduct(new Product().id("sku-017")
						.name("Milk Frother")
						.brand("Acme")
						.category("accessories")
						.position(2)
						.price(new BigDecimal("8.99"))
						.quantity(BigDecimal.ONE)
						.totalProductAmount(new BigDecimal("8.99")))))
			.addEvent(
					new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Notifications Enabled").sessionUuid(session)
						.sourceMessageId(id(user, 9))
						.timestampUnixtimeMs(start + 101000))
			.addEvent(new SessionEndEvent().sessionDurationMs(120000L)
				.sessionUuid(session)
				.sessionId(sessionId)
				.sourceMessageId(id(user, 10))
				.timestampUnixtimeMs(start + 120000));
	}

	/**
	 * Returns a batch with the batch-level content of the typical batch of one user
	 * (identities, attributes, device and application information) and one custom event:
	 * what an application sends when it calls the client once per event.
	 * @param user a number that makes the user's identities and ids distinct
	 * @param n a number that makes the event's id and time distinct
	 * @return a new batch
	 */
	public static Batch oneEvent(int user, int n) {
		return userLevel(user)
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Item Viewed").sessionUuid(id(user, 0))
				.sourceMessageId(id(user, 1000 + n))
				.timestampUnixtimeMs(start(user) + n * 100L)
				.customAttribute("item_id", "sku-" + (n % 1000)));
	}

	private static Batch userLevel(int user) {
		return new Batch()
			.userIdentities(new UserIdentities().customerId("customer-" + (100000 + user))
				.email("user." + user + "@example.com"))
			.userAttribute("$firstname", "Jane")
			.userAttribute("$lastname", "Doe")
			.userAttribute("plan", "premium")
			.userAttribute("lifetime_orders", 17)
			.userAttribute("newsletter_opt_in", true)
			.userAttribute("favorite_genres", List.of("jazz", "blues", "soul"))
			.deviceInfo(new DeviceInformation().platform(DeviceInformation.Platform.IOS)
				.brand("Apple")
				.deviceModel("iPhone15,2")
				.osVersion("17.5.1")
				.iosIdfv(id(user, 100))
				.iosAdvertisingId(id(user, 101))
				.localeLanguage("en")
				.localeCountry("US")
				.timezoneOffset(-5)
				.networkCarrier("T-Mobile"))
			.applicationInfo(new ApplicationInformation().applicationName("Acme Shop")
				.applicationVersion("4.12.0")
				.packageName("com.example.shop")
				.os(ApplicationInformation.Os.IOS))
			.ip("203.0.113.7");
	}

	private static long start(int user) {
		return 1718000000000L + user * 1000L;
	}

	/**
	 * Returns the batches of a bulk request: {@link #BULK_SIZE} typical batches of
	 * distinct users.
	 * @return a new list of new batches
	 */
	public static List<Batch> bulk() {
		List<Batch> batches = new ArrayList<>(BULK_SIZE);
		for (int i = 0; i < BULK_SIZE; i++) {
			batches.add(typical(i + 1));
		}
		return batches;
	}

	private static Product espressoBeans() {
		return new Product().id("sku-001")
			.name("Espresso Beans 1kg")
			.brand("Acme")
			.category("coffee")
			.position(1)
			.price(new BigDecimal("21.99"))
			.quantity(new BigDecimal("2"))
			.totalProductAmount(new BigDecimal("43.98"));
	}

	private static String id(int user, int n) {
		return new UUID(0x6a1d3e8b0c2f4d4eL + user, 0x9b3a7f8e9d0c1b22L + n).toString();
	}

}

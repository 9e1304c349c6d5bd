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

package io.github.mparticle4j.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The example payloads of the Events API reference (section 7), built with the Java API.
 * Each method's JSON counterpart is {@code src/test/resources/golden/<name>.json}.
 *
 * @author mparticle4j contributors
 */
public final class DocumentedExamples {

	private DocumentedExamples() {
	}

	/**
	 * 7.1: a single batch with a custom event.
	 * @return the batch
	 */
	public static Batch customEvent() {
		return new Batch(Batch.Environment.DEVELOPMENT).sourceRequestId("0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91")
			.userIdentities(new UserIdentities().customerId("1234").email("jane.doe@example.com"))
			.userAttribute("$firstname", "Jane")
			.userAttribute("plan", "trial")
			.userAttribute("favorite_genres", List.of("jazz", "blues"))
			.deviceInfo(new DeviceInformation().platform(DeviceInformation.Platform.IOS)
				.iosAdvertisingId("613ff528-afd1-4c1b-9628-e6ed25ece9c0"))
			.context(new BatchContext().dataPlan(new DataPlanContext("mobile_data_plan").planVersion(2)))
			.ip("203.0.113.7")
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked")
				.sourceMessageId("b5c1e0a4-8f9d-4c1e-a0f3-2d6e7b8c9a10")
				.timestampUnixtimeMs(1718000000000L)
				.customAttribute("button_name", "home")
				.customAttribute("screen", "landing")
				.customFlag("Google.Category", "pageview"));
	}

	/**
	 * 7.2: a commerce purchase.
	 * @return the batch
	 */
	public static Batch commercePurchase() {
		return commerceBatch(commerceEvent()
			.productAction(new ProductAction(ProductAction.Action.PURCHASE).transactionId("order-98765")
				.affiliation("web-store")
				.totalAmount(new BigDecimal("52.97"))
				.taxAmount(new BigDecimal("3.99"))
				.shippingAmount(new BigDecimal("5.0"))
				.couponCode("SUMMER10")
				.addProduct(new Product().id("sku-001")
					.name("Espresso Beans 1kg")
					.brand("Acme")
					.category("coffee")
					.variant("dark")
					.position(1)
					.price(new BigDecimal("21.99"))
					.quantity(new BigDecimal("2"))
					.totalProductAmount(new BigDecimal("43.98"))
					.customAttribute("roast", "dark"))));
	}

	/**
	 * 7.2, promotion variant.
	 * @return the batch
	 */
	public static Batch commercePromotion() {
		return commerceBatch(commerceEvent().promotionAction(new PromotionAction(PromotionAction.Action.VIEW)
			.addPromotion(new Promotion().id("promo-1").name("Summer").creative("banner-a").position("top"))));
	}

	/**
	 * 7.2, impression variant.
	 * @return the batch
	 */
	public static Batch commerceImpression() {
		return commerceBatch(commerceEvent().addProductImpression(new ProductImpression("search results")
			.addProduct(new Product().id("sku-001").name("Espresso Beans 1kg").position(1))));
	}

	private static CommerceEvent commerceEvent() {
		return new CommerceEvent().sourceMessageId("4a8f2c1d-6b3e-4f7a-9c2d-1e5f6a7b8c90")
			.timestampUnixtimeMs(1718000500000L)
			.currencyCode("USD")
			.customAttribute("checkout_flow", "one_click");
	}

	private static Batch commerceBatch(CommerceEvent event) {
		return new Batch(Batch.Environment.PRODUCTION).userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(event);
	}

	/**
	 * 7.3: a session start, a screen view and a session end.
	 * @return the batch
	 */
	public static Batch session() {
		String sessionUuid = "91b86d0c-86cb-4124-a8b2-edee107de454";
		long sessionId = 4957918240501247982L;
		return new Batch(Batch.Environment.PRODUCTION).userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new SessionStartEvent().sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.sourceMessageId(sessionUuid)
				.timestampUnixtimeMs(1718001000000L))
			.addEvent(new ScreenViewEvent("Home").sessionUuid(sessionUuid)
				.sourceMessageId("c3d2e1f0-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
				.timestampUnixtimeMs(1718001005000L)
				.customAttribute("referrer", "push"))
			.addEvent(new SessionEndEvent().sessionDurationMs(60000L)
				.sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.sourceMessageId("d4e3f2a1-2b3c-4d5e-9f0a-1b2c3d4e5f60")
				.timestampUnixtimeMs(1718001060000L));
	}

	/**
	 * 7.4: consent state with GDPR and CCPA.
	 * @return the batch
	 */
	public static Batch consent() {
		return new Batch(Batch.Environment.PRODUCTION).userIdentities(new UserIdentities().customerId("1234"))
			.consentState(new ConsentState()
				.gdpr("location_collection",
						new GDPRConsentState(true, 1718002000000L).document("location_collection_agreement_v4")
							.location("example.com/signup")
							.hardwareId("IDFA:613ff528-afd1-4c1b-9628-e6ed25ece9c0"))
				.gdpr("marketing", new GDPRConsentState(false, 1718002000000L).document("marketing_terms_v2"))
				.ccpa(new CCPAConsentState(true, 1718002000000L).document("ccpa_notice_v3")
					.location("example.com/privacy")
					.hardwareId("IDFA:613ff528-afd1-4c1b-9628-e6ed25ece9c0")));
	}

	/**
	 * 7.5: the two batches of a bulk upload.
	 * @return the batches
	 */
	public static List<Batch> bulk() {
		Batch first = new Batch(Batch.Environment.PRODUCTION).sourceRequestId("5f0c2d7a-9b1e-4c3d-8a2f-6e7d8c9b0a11")
			.userIdentities(new UserIdentities().customerId("1001").email("first.user@example.com"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_CONTENT, "Article Read")
				.sourceMessageId("6a1d3e8b-0c2f-4d4e-9b3a-7f8e9d0c1b22")
				.timestampUnixtimeMs(1718003000000L)
				.customAttribute("article_id", "a-42"));
		Batch second = new Batch(Batch.Environment.PRODUCTION).sourceRequestId("7b2e4f9c-1d3a-4e5f-8b4c-9a0b1c2d3e33")
			.userIdentities(new UserIdentities().customerId("1002"))
			.userAttribute("tier", "gold")
			.deleteUserAttribute("legacy_segment")
			.addEvent(new ScreenViewEvent("Settings").sourceMessageId("8c3f5a0d-2e4b-4f6a-9c5d-0b1c2d3e4f44")
				.timestampUnixtimeMs(1718003100000L));
		return List.of(first, second);
	}

	/**
	 * 7.7: the minimal request of the quick start.
	 * @return the batch
	 */
	public static Batch minimal() {
		return new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "click"));
	}

}

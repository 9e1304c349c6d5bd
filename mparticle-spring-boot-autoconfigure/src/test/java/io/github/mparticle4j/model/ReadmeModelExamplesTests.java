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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the model examples of the README and checks the JSON they produce. The regions
 * between the {@code tag} comments are copied verbatim in the README, which
 * {@code ReadmeSnippetsTests} checks.
 *
 * @author mparticle4j contributors
 */
class ReadmeModelExamplesTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Test
	void batch() throws Exception {
		// @formatter:off
		// tag::model-batch[]
		Batch batch = new Batch(Batch.Environment.DEVELOPMENT)
			.userIdentities(new UserIdentities()
				.customerId("1234")
				.email("jane.doe@example.com"))
			.ip("203.0.113.7")
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
		// end::model-batch[]
		// @formatter:on
		assertJson(batch, """
				{"environment": "development",
				 "user_identities": {"customer_id": "1234", "email": "jane.doe@example.com"},
				 "ip": "203.0.113.7",
				 "events": [{"event_type": "custom_event",
				             "data": {"event_name": "Button Clicked", "custom_event_type": "navigation"}}]}""");
	}

	@Test
	void deviceInformation() throws Exception {
		Batch batch = new Batch();
		// @formatter:off
		// tag::model-device-info[]
		batch.deviceInfo(new DeviceInformation()
			.platform(DeviceInformation.Platform.IOS)
			.iosAdvertisingId("613ff528-afd1-4c1b-9628-e6ed25ece9c0")
			.attAuthorizationStatus(DeviceInformation.ATTAuthorizationStatus.AUTHORIZED));
		// end::model-device-info[]
		// @formatter:on
		assertJson(batch, """
				{"device_info": {"platform": "iOS", "ios_advertising_id": "613ff528-afd1-4c1b-9628-e6ed25ece9c0",
				                 "att_authorization_status": "authorized"},
				 "events": []}""");
	}

	@Test
	void userAttributes() throws Exception {
		Batch batch = new Batch();
		// @formatter:off
		// tag::model-user-attributes[]
		batch.userAttribute("$firstname", "Jane")            // a reserved attribute
			.userAttribute("plan", "trial")
			.userAttribute("age", 42)
			.userAttribute("vip", true)
			.userAttribute("favorite_genres", List.of("jazz", "blues"))
			.userAttribute("beta_tester", (String) null)     // an attribute without a value
			.deleteUserAttribute("legacy_segment");
		// end::model-user-attributes[]
		// @formatter:on
		assertJson(batch, """
				{"user_attributes": {"$firstname": "Jane", "plan": "trial", "age": 42, "vip": true,
				                     "favorite_genres": ["jazz", "blues"], "beta_tester": null},
				 "deleted_user_attributes": ["legacy_segment"],
				 "events": []}""");
	}

	@Test
	void appEvent() throws Exception {
		Batch batch = new Batch();
		// tag::model-app-event[]
		AppEvent event = new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked")
			.timestamp(Instant.parse("2024-06-10T06:13:20Z"))
			.sourceMessageId(UUID.randomUUID().toString())
			.customAttribute("button_name", "home")
			.customFlag("Google.Category", "pageview");
		batch.addEvent(event);
		// end::model-app-event[]
		JsonNode data = this.jsonMapper.valueToTree(batch).get("events").get(0).get("data");
		assertThat(data.get("source_message_id").asString()).matches("[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}");
		assertJson(batch.getEvents().get(0), """
				{"event_name": "Button Clicked", "custom_event_type": "navigation",
				 "timestamp_unixtime_ms": 1718000000000, "source_message_id": "%s",
				 "custom_attributes": {"button_name": "home"}, "custom_flags": {"Google.Category": "pageview"}}"""
			.formatted(event.getSourceMessageId()));
	}

	@Test
	void productBasedCommerceEvent() throws Exception {
		// @formatter:off
		// tag::model-commerce-product[]
		CommerceEvent purchase = new CommerceEvent()
			.currencyCode("USD")
			.productAction(new ProductAction(ProductAction.Action.PURCHASE)
				.transactionId("order-98765")
				.totalAmount(new BigDecimal("43.98"))
				.addProduct(new Product()
					.id("sku-001")
					.name("Espresso Beans 1kg")
					.price(new BigDecimal("21.99"))
					.quantity(new BigDecimal("2"))));
		// end::model-commerce-product[]
		// @formatter:on
		assertJson(purchase, """
				{"currency_code": "USD",
				 "product_action": {"action": "purchase", "transaction_id": "order-98765", "total_amount": 43.98,
				   "products": [{"id": "sku-001", "name": "Espresso Beans 1kg", "price": 21.99, "quantity": 2}]}}""");
	}

	@Test
	void promotionBasedCommerceEvent() throws Exception {
		// tag::model-commerce-promotion[]
		CommerceEvent promotionView = new CommerceEvent()
			.promotionAction(new PromotionAction(PromotionAction.Action.VIEW)
				.addPromotion(new Promotion().id("promo-1").name("Summer").creative("banner-a").position("top")));
		// end::model-commerce-promotion[]
		assertJson(promotionView, """
				{"promotion_action": {"action": "view",
				   "promotions": [{"id": "promo-1", "name": "Summer", "creative": "banner-a", "position": "top"}]}}""");
	}

	@Test
	void impressionBasedCommerceEvent() throws Exception {
		// @formatter:off
		// tag::model-commerce-impression[]
		CommerceEvent impression = new CommerceEvent()
			.addProductImpression(new ProductImpression("search results")
				.addProduct(new Product().id("sku-001").name("Espresso Beans 1kg").position(1)));
		// end::model-commerce-impression[]
		// @formatter:on
		assertJson(impression, """
				{"product_impressions": [{"product_impression_list": "search results",
				   "products": [{"id": "sku-001", "name": "Espresso Beans 1kg", "position": 1}]}]}""");
	}

	@Test
	void session() throws Exception {
		Batch batch = new Batch();
		// @formatter:off
		// tag::model-session[]
		Instant start = Instant.now();
		String sessionUuid = UUID.randomUUID().toString();
		long sessionId = 4957918240501247982L;
		batch.addEvent(new SessionStartEvent()
				.sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.sourceMessageId(sessionUuid)
				.timestamp(start))
			.addEvent(new ScreenViewEvent("Home")
				.sessionUuid(sessionUuid)
				.timestamp(start.plusSeconds(5)))
			.addEvent(new SessionEndEvent()
				.sessionDurationMs(60_000L)
				.sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.timestamp(start.plusSeconds(60)));
		// end::model-session[]
		// @formatter:on
		assertThat(batch.getEvents()).extracting(Event::getEventType)
			.containsExactly(EventType.SESSION_START, EventType.SCREEN_VIEW, EventType.SESSION_END);
		JsonNode events = this.jsonMapper.valueToTree(batch).get("events");
		assertThat(events.get(0).get("data").get("session_id").asLong()).isEqualTo(4957918240501247982L);
		assertThat(events.get(2).get("data").get("session_duration_ms").asLong()).isEqualTo(60_000L);
		assertThat(events.get(2).get("data").get("timestamp_unixtime_ms").asLong()
				- events.get(0).get("data").get("timestamp_unixtime_ms").asLong())
			.isEqualTo(60_000L);
	}

	@Test
	void consent() throws Exception {
		Batch batch = new Batch();
		// @formatter:off
		// tag::model-consent[]
		long now = System.currentTimeMillis();
		batch.consentState(new ConsentState()
			.gdpr("location_collection", new GDPRConsentState(true, now)
				.document("location_collection_agreement_v4")
				.location("example.com/signup"))
			.ccpa(new CCPAConsentState(true, now)   // true: the user opted out of the sale of their data
				.document("ccpa_notice_v3")));
		// end::model-consent[]
		// @formatter:on
		assertJson(batch.getConsentState(),
				"""
						{"gdpr": {"location_collection": {"consented": true, "timestamp_unixtime_ms": %d,
						   "document": "location_collection_agreement_v4", "location": "example.com/signup"}},
						 "ccpa": {"data_sale_opt_out": {"consented": true, "timestamp_unixtime_ms": %d,
						   "document": "ccpa_notice_v3"}}}""".formatted(
						batch.getConsentState().getCcpa().getTimestampUnixtimeMs(),
						batch.getConsentState().getCcpa().getTimestampUnixtimeMs()));
	}

	private void assertJson(Object value, String expected) throws Exception {
		JSONAssert.assertEquals(expected, this.jsonMapper.writeValueAsString(value), JSONCompareMode.STRICT);
	}

}

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Batch} and the wire rules of the model.
 *
 * @author mparticle4j contributors
 */
class BatchTests {

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	@Test
	void emptyBatchWritesOnlyAnEmptyEventList() throws Exception {
		JSONAssert.assertEquals("{\"events\":[]}", this.jsonMapper.writeValueAsString(new Batch()),
				JSONCompareMode.STRICT);
	}

	@Test
	void emptyCollectionsAreOmitted() throws Exception {
		Batch batch = new Batch(Batch.Environment.PRODUCTION).deletedUserAttributes(List.of())
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "click").customAttributes(Map.of())
				.customFlags(Map.of()))
			.addEvent(new CommerceEvent().productImpressions(List.of())
				.productAction(new ProductAction(ProductAction.Action.CLICK).products(List.of())));
		JSONAssert.assertEquals("""
				{"environment": "production", "events": [
				  {"event_type": "custom_event", "data": {"event_name": "click", "custom_event_type": "other"}},
				  {"event_type": "commerce_event", "data": {"product_action": {"action": "click"}}}]}
				""", this.jsonMapper.writeValueAsString(batch), JSONCompareMode.STRICT);
	}

	@Test
	void userAttributeSetToNullIsWrittenAsNull() throws Exception {
		Batch batch = new Batch().userAttribute("tag", (String) null).userAttribute("plan", "trial");
		String json = this.jsonMapper.writeValueAsString(batch);
		JSONAssert.assertEquals("{\"user_attributes\": {\"tag\": null, \"plan\": \"trial\"}, \"events\": []}", json,
				JSONCompareMode.STRICT);
		assertThat(this.jsonMapper.readValue(json, Batch.class).getUserAttributes()).containsEntry("tag", null);
	}

	@Test
	void userAttributesKeepTheirJsonTypes() throws Exception {
		Batch batch = new Batch().userAttribute("age", 42)
			.userAttribute("score", new BigDecimal("9.50"))
			.userAttribute("vip", true)
			.userAttribute("genres", List.of("jazz", "blues"));
		JSONAssert.assertEquals("""
				{"user_attributes": {"age": 42, "score": 9.50, "vip": true, "genres": ["jazz", "blues"]}, "events": []}
				""", this.jsonMapper.writeValueAsString(batch), JSONCompareMode.STRICT);
	}

	@Test
	void userAttributesFromAMapAreCheckedForType() {
		Batch batch = new Batch().userAttributes(Map.of("age", 42, "genres", List.of("jazz")));
		assertThat(batch.getUserAttributes()).containsEntry("age", 42).containsEntry("genres", List.of("jazz"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Batch().userAttributes(Map.of("when", Instant.EPOCH)))
			.withMessage(
					"The value of user attribute 'when' must be a string, number, boolean, list of strings or null,"
							+ " not java.time.Instant");
		assertThatIllegalArgumentException().isThrownBy(() -> new Batch().userAttributes(Map.of("ids", List.of(1, 2))))
			.withMessageContaining("user attribute 'ids'");
	}

	@Test
	void nonFiniteNumbersAreRejectedWithTheAttributeName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Batch().userAttribute("ratio", Double.NaN))
			.withMessage("The value of 'ratio' must be a finite number, not NaN");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AppEvent(AppEvent.CustomEventType.OTHER, "x").customAttribute("ratio",
					Float.POSITIVE_INFINITY))
			.withMessage("The value of 'ratio' must be a finite number, not Infinity");
	}

	@Test
	void nullNamesAndElementsAreRejectedWithAMessageThatSaysWhat() {
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new Batch().addEvent(null))
			.withMessage("An event must not be null");
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> new AppEvent(AppEvent.CustomEventType.OTHER, "x").customAttribute("k", (String) null))
			.withMessage("The value of custom attribute 'k' must not be null");
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> new ProductAction(ProductAction.Action.PURCHASE).addProduct(null))
			.withMessage("A product must not be null");
		assertThatExceptionOfType(NullPointerException.class)
			.isThrownBy(() -> new Batch().userAttribute("genres", Arrays.asList("jazz", null)))
			.withMessage("A value of user attribute 'genres' must not be null");
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new AppEvent(null, "x"))
			.withMessage("'customEventType' must not be null");
	}

	@Test
	void numericCustomAttributesAreSentAsStrings() throws Exception {
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "x").customAttribute("count", 3)
			.customAttribute("price", new BigDecimal("1E+2"))
			.customAttribute("ok", true);
		assertThat(event.getCustomAttributes()).containsExactly(Map.entry("count", "3"), Map.entry("price", "100"),
				Map.entry("ok", "true"));
	}

	@Test
	void eventsAreReturnedInOrderAsAnUnmodifiableList() {
		AppEvent first = new AppEvent(AppEvent.CustomEventType.OTHER, "first");
		ScreenViewEvent second = new ScreenViewEvent("Home");
		Batch batch = new Batch().addEvent(first).addEvent(second);
		assertThat(batch.getEvents()).containsExactly(first, second);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> batch.getEvents().add(new FirstRunEvent()));
		assertThat(batch.events(List.of(second)).getEvents()).containsExactly(second);
		assertThat(batch.events(null).getEvents()).isEmpty();
	}

	@Test
	void copyIsEqualButIndependent() {
		Batch original = DocumentedExamples.customEvent();
		Batch copy = original.copy();
		assertThat(copy).isEqualTo(original).isNotSameAs(original);
		copy.addEvent(new FirstRunEvent()).userAttribute("plan", "paid").sourceRequestId("other");
		assertThat(original).isEqualTo(DocumentedExamples.customEvent());
		assertThat(copy).isNotEqualTo(original);
	}

	@Test
	void equalityIgnoresTheScaleOfDecimalsAndEmptyVersusUnsetCollections() {
		assertThat(new Product().price(new BigDecimal("5.0"))).isEqualTo(new Product().price(new BigDecimal("5")))
			.hasSameHashCodeAs(new Product().price(new BigDecimal("5")));
		assertThat(new ShoppingCart().products(new ArrayList<>())).isEqualTo(new ShoppingCart());
		assertThat(new Product().price(new BigDecimal("5.01"))).isNotEqualTo(new Product().price(new BigDecimal("5")));
	}

	@Test
	void toStringShowsTheSetFieldsWithEnumWireValues() {
		Batch batch = new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId("1234"))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked").timestampUnixtimeMs(1L));
		assertThat(batch).hasToString("Batch{environment=development, userIdentities=UserIdentities{identities="
				+ "{customer_id=1234}}, events=[AppEvent{eventName='Button Clicked', customEventType=navigation, "
				+ "timestampUnixtimeMs=1}]}");
	}

	@Test
	void timestampsCanBeGivenAsInstants() {
		Instant instant = Instant.parse("2024-06-10T06:13:20.123456Z");
		assertThat(new SessionStartEvent().timestamp(instant).getTimestampUnixtimeMs()).isEqualTo(1718000000123L);
		assertThat(new GDPRConsentState(true, 0).timestamp(instant).getTimestampUnixtimeMs()).isEqualTo(1718000000123L);
	}

	@Test
	void userIdentitiesReadTheLegacyCustomerIdKeyAndIgnoreUnknownKeys() throws Exception {
		UserIdentities identities = this.jsonMapper.readValue("{\"customerid\": \"42\", \"myspace\": \"x\"}",
				UserIdentities.class);
		assertThat(identities.asMap()).containsExactly(Map.entry(IdentityType.CUSTOMER_ID, "42"));
		assertThat(this.jsonMapper.writeValueAsString(identities)).isEqualTo("{\"customer_id\":\"42\"}");
	}

	@Test
	void settingAnIdentityToNullRemovesIt() {
		UserIdentities identities = new UserIdentities().email("a@example.com").customerId("1");
		identities.email(null);
		assertThat(identities.asMap()).containsOnlyKeys(IdentityType.CUSTOMER_ID);
		assertThat(identities.getEmail()).isNull();
		assertThat(new UserIdentities().isEmpty()).isTrue();
	}

	@Test
	void ccpaConsentIsStoredUnderDataSaleOptOut() throws Exception {
		CCPAConsentState ccpa = new CCPAConsentState(true, 5L);
		ConsentState consent = new ConsentState().ccpa(ccpa);
		assertThat(consent.getCcpa()).isSameAs(ccpa);
		JSONAssert.assertEquals(
				"{\"ccpa\": {\"data_sale_opt_out\": {\"consented\": true, \"timestamp_unixtime_ms\": 5}}}",
				this.jsonMapper.writeValueAsString(consent), JSONCompareMode.STRICT);
	}

	@Test
	void userAttributeChangeAlwaysWritesOldAndNew() throws Exception {
		UserAttributeChangeEvent event = new UserAttributeChangeEvent("plan").newValue("paid");
		JSONAssert.assertEquals("{\"user_attribute_name\": \"plan\", \"new\": \"paid\", \"old\": null}",
				this.jsonMapper.writeValueAsString(event), JSONCompareMode.STRICT);
	}

	@Test
	void crashReportBreadcrumbsAreEventEnvelopes() throws Exception {
		CrashReportEvent event = new CrashReportEvent().className("java.lang.IllegalStateException")
			.addBreadcrumb(new BreadcrumbEvent("opened cart").sessionNumber(3));
		String json = this.jsonMapper.writeValueAsString(event);
		JSONAssert.assertEquals("""
				{"class_name": "java.lang.IllegalStateException", "breadcrumbs": [
				  {"event_type": "breadcrumb", "data": {"label": "opened cart", "session_number": 3}}]}
				""", json, JSONCompareMode.STRICT);
		assertThat(this.jsonMapper.readValue(json, CrashReportEvent.class).getBreadcrumbs()).singleElement()
			.isEqualTo(new BreadcrumbEvent("opened cart").sessionNumber(3));
	}

	@Test
	void unknownEventTypeFailsTheRead() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.jsonMapper
				.readValue("{\"events\": [{\"event_type\": \"pre_attribution\", \"data\": {}}]}", Batch.class))
			.withMessageContaining("pre_attribution");
	}

}

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
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that reading applies the checks of the setters: what a setter refuses, reading
 * refuses with a Jackson error that names where, whatever the mapper's settings, and what
 * is read can be used and written like a batch built with the setters. Each test uses the
 * payload that showed the gap.
 *
 * @author mparticle4j contributors
 */
class ReadSideTests {

	private static final List<JsonMapper> JACKSON3 = List.of(JsonMapper.builder().build(),
			JsonMapper.builder().disable(DeserializationFeature.WRAP_EXCEPTIONS).build(),
			JsonMapper.builder()
				.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, DeserializationFeature.USE_LONG_FOR_INTS)
				.build());

	private static final List<ObjectMapper> JACKSON2 = Jackson2Mappers.variants();

	private final JsonMapper mapper = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { """
			{"mpid": 1, "context": {"location": {"latitude": 1, "longitude": 2, "accuracy": "NaN"}}}""", """
			{"mpid": 1, "context": {"location": {"latitude": "-Infinity", "longitude": 2}}}""", """
			{"mpid": 1, "context": {"location": {"latitude": 1e400, "longitude": 2}}}""", """
			{"mpid": 1, "events": [{"event_type": "session_start",
			  "data": {"device_current_state": {"battery_level": "Infinity"}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "session_start",
			  "data": {"device_current_state": {"application_memory_max_bytes": "NaN"}}}]}""", """
			{"mpid": 1, "user_attributes": {"score": 1e400}}""", """
			{"mpid": 1, "user_attributes": {"address": {"city": "Paris"}}}""", """
			{"mpid": 1, "user_attributes": {"tags": ["a", {"b": 1}]}}""", """
			{"mpid": 1, "user_attributes": {"tags": ["a", null]}}""", """
			{"mpid": 1, "user_attributes": {"tags": [1, 2]}}""", """
			{"mpid": 1, "events": [{"event_type": "user_attribute_change",
			  "data": {"user_attribute_name": "a", "new": {"x": 1}, "old": null}}]}""", """
			{"mpid": 1, "events": [{"event_type": "user_attribute_change",
			  "data": {"user_attribute_name": "a", "new": null, "old": [["x"]]}}]}""", """
			{"mpid": 1, "events": [{"event_type": "user_attribute_change",
			  "data": {"user_attribute_name": "a", "new": 5}}]}""", """
			{"mpid": 1, "events": [{}]}""", """
			{"mpid": 1, "events": [null]}""", """
			{"mpid": 1, "events": [{"event_type": "session_start"}]}""", """
			{"mpid": 1, "events": [{"event_type": "session_start", "data": null}]}""", """
			{"mpid": 1, "deleted_user_attributes": [null]}""", """
			{"mpid": 1, "partner_identities": {"p_id": null}}""", """
			{"mpid": 1, "integration_attributes": {"123": null}}""", """
			{"mpid": 1, "integration_attributes": {"123": {"a": null}}}""", """
			{"mpid": 1, "integration_attributes": {"123": {}}}""", """
			{"mpid": 1, "consent_state": {"gdpr": {"marketing": null}}}""", """
			{"mpid": 1, "consent_state": {"ccpa": {"data_sale_opt_out": null}}}""", """
			{"mpid": 1, "application_info": {"apple_search_ads_attributes": {"Version3.1": null}}}""", """
			{"mpid": 1, "events": [{"event_type": "custom_event",
			  "data": {"event_name": "e", "custom_event_type": "other", "custom_attributes": {"a": null}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "custom_event",
			  "data": {"event_name": "e", "custom_event_type": "other", "custom_flags": {"a": null}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event", "data": {"product_impressions": [null]}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event",
			  "data": {"product_action": {"action": "purchase", "products": [null]}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event",
			  "data": {"product_action": {"action": "purchase",
			  "products": [{"custom_attributes": {"a": null}}]}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event",
			  "data": {"product_impressions": [{"product_impression_list": "l", "products": [null]}]}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event",
			  "data": {"promotion_action": {"action": "view", "promotions": [null]}}}]}""", """
			{"mpid": 1, "events": [{"event_type": "commerce_event",
			  "data": {"shopping_cart": {"products": [null]}, "product_impressions": []}}]}""", """
			{"mpid": 1, "events": [{"event_type": "crash_report", "data": {"breadcrumbs": [null]}}]}""", """
			{"mpid": 1, "events": [{"event_type": "push_message", "data": {"push_message_behavior": 1.5}}]}""", """
			{"mpid": 1, "events": [{"event_type": "session_start",
					  "data": {"device_current_state": {"device_orientation": 1.5}}}]}""" })
	void whatASetterRefusesFailsTheReadWithAJacksonError(String json) {
		for (JsonMapper jackson3 : JACKSON3) {
			assertThatExceptionOfType(JacksonException.class).as(json)
				.isThrownBy(() -> jackson3.readValue(json, Batch.class));
		}
		for (ObjectMapper jackson2 : JACKSON2) {
			assertThatExceptionOfType(JsonProcessingException.class).as(json)
				.isThrownBy(() -> jackson2.readValue(json, Batch.class));
		}
	}

	@Test
	void theReadErrorNamesWhere() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"mpid\":1,\"events\":[{}]}", Batch.class))
			.withMessageContaining("index 0")
			.withMessageContaining("events");
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(
					() -> this.mapper.readValue("{\"mpid\":1,\"deleted_user_attributes\":[\"a\",null]}", Batch.class))
			.withMessageContaining("deleted_user_attributes");
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.mapper.readValue(
				"{\"mpid\":1,\"context\":{\"location\":{\"latitude\":1,\"longitude\":2,\"accuracy\":\"NaN\"}}}",
				Batch.class))
			.withMessageContaining("accuracy")
			.withMessageContaining("finite");
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"mpid\":1,\"user_attributes\":{\"address\":{\"city\":\"x\"}}}",
					Batch.class))
			.withMessageContaining("user_attributes")
			.withMessageContaining("address");
	}

	@Test
	void aNumberTooLargeForADoubleIsKeptExactlyByAMapperThatReadsBigDecimals() throws Exception {
		JsonMapper bigDecimals = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		Batch batch = bigDecimals.readValue("{\"mpid\":1,\"user_attributes\":{\"score\":1e400}}", Batch.class);
		assertThat(batch.getUserAttributes().get("score")).isEqualTo(new BigDecimal("1e400"));
	}

	@Test
	void nullEventsAreReadAsNone() throws Exception {
		Batch batch = this.mapper.readValue("{\"mpid\":1,\"events\":null}", Batch.class);
		assertThat(batch.getEvents()).isEmpty();
		assertThat(batch.copy()).isEqualTo(batch);
		assertThat(this.mapper.writeValueAsString(batch)).isEqualTo("{\"events\":[],\"mpid\":1}");
		assertThat(new ObjectMapper().readValue("{\"mpid\":1,\"events\":null}", Batch.class).copy().getEvents())
			.isEmpty();
	}

	@Test
	void whatTheSettersAcceptIsReadAsBefore() throws Exception {
		String json = """
				{"mpid":1,"user_attributes":{"a":"x","n":1.5,"b":true,"l":["x","y"],"e":[],"z":null},\
				"deleted_user_attributes":["d"],"partner_identities":{"p_id":"1"},\
				"integration_attributes":{"123":{"k":"v"}},\
				"events":[{"event_type":"user_attribute_change",\
				"data":{"user_attribute_name":"l","new":[],"old":["x"]}}]}""";
		Batch batch = this.mapper.readValue(json, Batch.class);
		Batch built = new Batch().mpid(1L)
			.userAttribute("a", "x")
			.userAttribute("n", 1.5)
			.userAttribute("b", true)
			.userAttribute("l", List.of("x", "y"))
			.userAttribute("e", List.of())
			.userAttribute("z", (String) null)
			.deleteUserAttribute("d")
			.partnerIdentity("p_id", "1")
			.integrationAttributes("123", Map.of("k", "v"))
			.addEvent(new UserAttributeChangeEvent("l").newValue(List.of()).oldValue(List.of("x")));
		assertThat(batch).isEqualTo(built);
		assertThat(this.mapper.writeValueAsString(batch)).isEqualTo(this.mapper.writeValueAsString(built));
		JSONAssert.assertEquals(json, this.mapper.writeValueAsString(built), JSONCompareMode.STRICT);
	}

	@Test
	void anEmptyListIsWrittenAsAnEmptyArray() {
		assertThat(this.mapper.writeValueAsString(new Batch().mpid(1L).userAttribute("tags", List.of())))
			.isEqualTo("{\"events\":[],\"mpid\":1,\"user_attributes\":{\"tags\":[]}}");
		assertThat(this.mapper.writeValueAsString(new UserAttributeChangeEvent("tags").newValue(List.of())))
			.isEqualTo("{\"new\":[],\"old\":null,\"user_attribute_name\":\"tags\"}");
		assertThat(this.mapper.writeValueAsString(new UserAttributeChangeEvent("tags").oldValue(List.of())))
			.isEqualTo("{\"new\":null,\"old\":[],\"user_attribute_name\":\"tags\"}");
		assertThat(new UserAttributeChangeEvent("tags").newValue(List.of()))
			.isNotEqualTo(new UserAttributeChangeEvent("tags"));
		assertThat(new Batch().userAttribute("tags", List.of()))
			.isNotEqualTo(new Batch().userAttribute("tags", (String) null));
	}

	@Test
	void anIntegerPushMessageBehaviorIsReadAndWrittenBack() throws Exception {
		// as in mParticle's JSON reference: a bit mask
		String json = "{\"push_message_behavior\":2}";
		PushMessageEvent event = this.mapper.readValue(json, PushMessageEvent.class);
		assertThat(event.getPushMessageBehavior()).isNull();
		assertThat(event.getPushMessageBehaviorValue()).isEqualTo("2");
		assertThat(this.mapper.writeValueAsString(event)).isEqualTo(json);
		assertThat(new ObjectMapper().readValue(json, PushMessageEvent.class).getPushMessageBehaviorValue())
			.isEqualTo("2");
		PushMessageEvent named = this.mapper.readValue("{\"push_message_behavior\":\"DirectOpen\"}",
				PushMessageEvent.class);
		assertThat(named.getPushMessageBehavior()).isEqualTo(PushMessageEvent.PushMessageBehavior.DIRECT_OPEN);
		assertThat(named.getPushMessageBehaviorValue()).isEqualTo("DirectOpen");
		assertThat(this.mapper.readValue("{\"push_message_behavior\":\"Other\"}", PushMessageEvent.class)
			.getPushMessageBehaviorValue()).isNull();
	}

	@Test
	void integerOrientationsAreReadWhateverTheMappersSettings() throws Exception {
		String json = "{\"device_orientation\":6,\"status_bar_orientation\":1}";
		for (JsonMapper mapper : List.of(this.mapper,
				JsonMapper.builder().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build(),
				JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build())) {
			DeviceCurrentState state = mapper.readValue(json, DeviceCurrentState.class);
			assertThat(state.getDeviceOrientationValue()).isEqualTo("6");
			assertThat(state.getStatusBarOrientationValue()).isEqualTo("1");
			assertThat(mapper.writeValueAsString(state)).isEqualTo(json);
			assertThat(state).isEqualTo(this.mapper.readValue(json, DeviceCurrentState.class));
		}
		DeviceCurrentState large = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
			.build()
			.readValue("{\"device_orientation\":" + BigInteger.TWO.pow(40) + "}", DeviceCurrentState.class);
		assertThat(large.getDeviceOrientationValue()).isEqualTo(BigInteger.TWO.pow(40).toString());
	}

	@Test
	void aTimestampOutOfRangeIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SessionStartEvent().timestamp(Instant.MAX))
			.withMessageContaining("timestamp_unixtime_ms");
		assertThatIllegalArgumentException().isThrownBy(() -> new GDPRConsentState(true, 0).timestamp(Instant.MIN))
			.withMessageContaining("timestamp_unixtime_ms");
		assertThat(new SessionStartEvent().timestamp(Instant.ofEpochMilli(Long.MAX_VALUE)).getTimestampUnixtimeMs())
			.isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aBatchReadFromItsOwnJsonEqualsItAndCopiesAlike() throws Exception {
		List<Batch> batches = new ArrayList<>(List.of(DocumentedExamples.customEvent(),
				DocumentedExamples.commercePurchase(), DocumentedExamples.session(), DocumentedExamples.consent()));
		for (Batch batch : batches) {
			Batch read = this.mapper.readValue(this.mapper.writeValueAsBytes(batch), Batch.class);
			assertThat(read).isEqualTo(batch);
			assertThat(read.copy()).isEqualTo(batch);
		}
	}

}

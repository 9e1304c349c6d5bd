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

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for fields that mParticle's own artefacts send and that the model once could not
 * write, or lost when reading. Each test uses the payload that showed the gap.
 *
 * @author mparticle4j contributors
 */
class WireGapsTests {

	private final JsonMapper jackson3 = JsonMapper.builder().build();

	private final ObjectMapper jackson2 = new ObjectMapper();

	@Test
	void eventNumIsWrittenAndReadAsACommonEventField() throws Exception {
		Batch batch = new Batch(Batch.Environment.PRODUCTION)
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "click").eventNum(3L))
			.addEvent(new SessionStartEvent().eventNum(0L));
		String json = """
				{"environment": "production", "events": [
				  {"event_type": "custom_event", "data": {"event_name": "click", "custom_event_type": "other",
				    "event_num": 3}},
				  {"event_type": "session_start", "data": {"event_num": 0}}]}""";
		JSONAssert.assertEquals(json, this.jackson3.writeValueAsString(batch), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(json, this.jackson2.writeValueAsString(batch), JSONCompareMode.STRICT);
		Batch read = this.jackson3.readValue(json, Batch.class);
		assertThat(read).isEqualTo(batch);
		assertThat(read.getEvents().get(0).getEventNum()).isEqualTo(3L);
		assertThat(this.jackson2.readValue(json, Batch.class)).isEqualTo(batch);
	}

	@Test
	void eventNumOfTheSchemaSampleIsRead() throws Exception {
		// mParticle's published schema sample carries a negative int value
		SessionStartEvent event = this.jackson3.readValue("{\"event_num\": -33080120}", SessionStartEvent.class);
		assertThat(event.getEventNum()).isEqualTo(-33080120L);
		assertThat(this.jackson3.writeValueAsString(event)).isEqualTo("{\"event_num\":-33080120}");
	}

	@Test
	void eventTypesAreReadInTheUpperCaseThatTheJavaSdkSends() throws Exception {
		// As mParticle's Java SDK 2.x serializes a custom event: Java constant names
		String json = """
				{"environment": "DEVELOPMENT", "events": [{"event_type": "CUSTOM_EVENT",
				  "data": {"event_name": "click", "custom_event_type": "LOCATION"}}]}""";
		Batch expected = new Batch(Batch.Environment.DEVELOPMENT)
			.addEvent(new AppEvent(AppEvent.CustomEventType.LOCATION, "click"));
		assertThat(this.jackson3.readValue(json, Batch.class)).isEqualTo(expected);
		assertThat(this.jackson2.readValue(json, Batch.class)).isEqualTo(expected);
		JSONAssert.assertEquals("""
				{"environment": "development", "events": [{"event_type": "custom_event",
				  "data": {"event_name": "click", "custom_event_type": "location"}}]}""",
				this.jackson3.writeValueAsString(this.jackson3.readValue(json, Batch.class)), JSONCompareMode.STRICT);
	}

	@Test
	void everyEventTypeIsReadInLowerAndUpperCaseAndWrittenInLowerCase() throws Exception {
		for (EventType type : EventType.values()) {
			for (String spelling : List.of(type.value(), type.value().toUpperCase(Locale.ROOT), type.name())) {
				String json = "{\"events\": [{\"event_type\": \"" + spelling + "\", \"data\": {}}]}";
				assertThat(this.jackson3.readValue(json, Batch.class).getEvents()).as(json)
					.singleElement()
					.satisfies((event) -> assertThat(event.getEventType()).isEqualTo(type));
				assertThat(this.jackson2.readValue(json, Batch.class).getEvents()).as(json)
					.singleElement()
					.satisfies((event) -> assertThat(event.getEventType()).isEqualTo(type));
				assertThat(this.jackson3.writeValueAsString(this.jackson3.readValue(json, Batch.class)))
					.contains("\"event_type\":\"" + type.value() + "\"");
			}
		}
	}

	@Test
	void eventTypesInAnyOtherCaseFailTheRead() {
		String json = "{\"events\": [{\"event_type\": \"Custom_Event\", \"data\": {}}]}";
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.jackson3.readValue(json, Batch.class))
			.withMessageContaining("Custom_Event");
		assertThatExceptionOfType(JsonProcessingException.class)
			.isThrownBy(() -> this.jackson2.readValue(json, Batch.class))
			.withMessageContaining("Custom_Event");
	}

	@Test
	void aMapperThatAcceptsCaseInsensitiveValuesReadsEventTypesInAnyCase() throws Exception {
		JsonMapper mapper = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES).build();
		String json = "{\"events\": [{\"event_type\": \"Custom_Event\", \"data\": {}}]}";
		assertThat(mapper.readValue(json, Batch.class).getEvents()).singleElement().isInstanceOf(AppEvent.class);
	}

	@Test
	void orientationsOfTheJsonReferenceExampleAreKeptAndWrittenBack() throws Exception {
		// The device_current_state example of mParticle's JSON reference
		String json = """
				{"cpu": "4", "system_memory_low": false, "system_memory_threshold_bytes": 56590336,
				 "application_memory_available_bytes": 6995328, "application_memory_max_bytes": 67108864,
				 "application_memory_total_bytes": 17604608.0, "device_orientation": "undefined",
				 "status_bar_orientation": "undefined", "time_since_start_ms": 5515182, "battery_level": 0.95,
				 "data_connection_type": "wifi", "data_connection_type_detail": "hdspa", "gps_state": true,
				 "total_system_memory_usage_bytes": 2980528128, "disk_space_free_bytes": 29716148224,
				 "external_disk_space_free_bytes": 10121}""";
		for (DeviceCurrentState state : List.of(this.jackson3.readValue(json, DeviceCurrentState.class),
				this.jackson2.readValue(json, DeviceCurrentState.class))) {
			assertThat(state.getDeviceOrientation()).isNull();
			assertThat(state.getDeviceOrientationValue()).isEqualTo("undefined");
			assertThat(state.getStatusBarOrientationValue()).isEqualTo("undefined");
			JSONAssert.assertEquals(json, this.jackson3.writeValueAsString(state), JSONCompareMode.STRICT);
			JSONAssert.assertEquals(json, this.jackson2.writeValueAsString(state), JSONCompareMode.STRICT);
			assertThat(state).isNotEqualTo(
					this.jackson3.readValue(json.replace("\"undefined\"", "\"unknown\""), DeviceCurrentState.class));
		}
	}

	@Test
	void integerOrientationCodesOfTheJsonReferenceMasterSampleAreKeptAndWrittenBack() throws Exception {
		// An event of the master sample of mParticle's JSON reference
		String json = """
				{"events": [{"event_type": "application_state_transition", "data": {
				  "application_transition_type": "application_background", "timestamp_unixtime_ms": 1402578873533,
				  "device_current_state": {"time_since_start_ms": 713485, "battery_level": -1,
				    "data_connection_type": "wifi", "gps_state": true, "cpu": "0",
				    "device_orientation": 6, "status_bar_orientation": 1}}}]}""";
		Batch batch = this.jackson3.readValue(json, Batch.class);
		DeviceCurrentState state = batch.getEvents().get(0).getDeviceCurrentState();
		assertThat(state.getDeviceOrientation()).isNull();
		assertThat(state.getDeviceOrientationValue()).isEqualTo("6");
		assertThat(state.getStatusBarOrientationValue()).isEqualTo("1");
		assertThat(state).isNotEqualTo(this.jackson3.readValue(json.replace(": 6,", ": 5,"), Batch.class)
			.getEvents()
			.get(0)
			.getDeviceCurrentState());
		assertThat(state).hasToString("DeviceCurrentState{timeSinceStartMs=713485, batteryLevel=-1.0, "
				+ "dataConnectionType=wifi, gpsState=true, cpu='0', deviceOrientation=6, statusBarOrientation=1}");
		JSONAssert.assertEquals(json, this.jackson3.writeValueAsString(batch), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(json, this.jackson2.writeValueAsString(this.jackson2.readValue(json, Batch.class)),
				JSONCompareMode.STRICT);
		assertThat(this.jackson2.readValue(json, Batch.class)).isEqualTo(batch);
	}

	@Test
	void orientationUnknownOfTheSchemaSampleIsKeptAndDocumentedValuesAreConstants() throws Exception {
		DeviceCurrentState unknown = this.jackson3.readValue("{\"device_orientation\": \"unknown\"}",
				DeviceCurrentState.class);
		assertThat(unknown.getDeviceOrientationValue()).isEqualTo("unknown");
		assertThat(this.jackson3.writeValueAsString(unknown)).isEqualTo("{\"device_orientation\":\"unknown\"}");
		DeviceCurrentState documented = this.jackson3.readValue(
				"{\"device_orientation\": \"landscapeleft\", \"status_bar_orientation\": \"portrait\"}",
				DeviceCurrentState.class);
		assertThat(documented.getDeviceOrientation()).isEqualTo(DeviceCurrentState.Orientation.LANDSCAPE_LEFT);
		assertThat(documented.getDeviceOrientationValue()).isEqualTo("LandscapeLeft");
		assertThat(documented)
			.isEqualTo(new DeviceCurrentState().deviceOrientation(DeviceCurrentState.Orientation.LANDSCAPE_LEFT)
				.statusBarOrientation(DeviceCurrentState.Orientation.PORTRAIT));
	}

	@Test
	void orientationsOfAnotherJsonTypeFailTheRead() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.jackson3.readValue("{\"device_orientation\": true}", DeviceCurrentState.class))
			.withMessageContaining("'device_orientation' must be a string or an integer code, not true");
		assertThatExceptionOfType(JsonProcessingException.class)
			.isThrownBy(() -> this.jackson2.readValue("{\"status_bar_orientation\": {}}", DeviceCurrentState.class))
			.withMessageContaining("'status_bar_orientation' must be a string or an integer code");
	}

	@Test
	void breadcrumbsInEveryShapeOfMParticlesArtefactsAreReadAndWrittenAsEnvelopes() throws Exception {
		// envelope (JSON reference, schema), plain objects (Node SDK), {} and strings
		// (Java SDK, OpenAPI)
		String json = """
				{"class_name": "NSInvalidArgumentException", "breadcrumbs": [
				  {"event_type": "breadcrumb", "data": {"label": "opened cart", "session_number": 3}},
				  {"session_number": 2, "label": "viewed product"},
				  {},
				  "tapped buy"]}""";
		for (CrashReportEvent event : List.of(this.jackson3.readValue(json, CrashReportEvent.class),
				this.jackson2.readValue(json, CrashReportEvent.class))) {
			assertThat(event.getBreadcrumbs()).containsExactly(new BreadcrumbEvent("opened cart").sessionNumber(3),
					new BreadcrumbEvent("viewed product").sessionNumber(2), new BreadcrumbEvent("x").label(null),
					new BreadcrumbEvent("tapped buy"));
			JSONAssert.assertEquals("""
					{"class_name": "NSInvalidArgumentException", "breadcrumbs": [
					  {"event_type": "breadcrumb", "data": {"label": "opened cart", "session_number": 3}},
					  {"event_type": "breadcrumb", "data": {"label": "viewed product", "session_number": 2}},
					  {"event_type": "breadcrumb", "data": {}},
					  {"event_type": "breadcrumb", "data": {"label": "tapped buy"}}]}""",
					this.jackson3.writeValueAsString(event), JSONCompareMode.STRICT);
		}
	}

	@Test
	void breadcrumbEnvelopesAreReadWithEveryCommonFieldAndEventTypeInAnyCase() throws Exception {
		String json = """
				{"breadcrumbs": [{"event_type": "BREADCRUMB", "data": {"label": "a", "timestamp_unixtime_ms": 5,
				  "custom_attributes": {"k": "v"}, "location": {"latitude": 1.5, "longitude": 2}}}]}""";
		CrashReportEvent event = this.jackson3.readValue(json, CrashReportEvent.class);
		assertThat(event.getBreadcrumbs()).containsExactly(new BreadcrumbEvent("a").timestampUnixtimeMs(5L)
			.customAttribute("k", "v")
			.location(new GeoLocation(1.5, 2)));
	}

	@Test
	void breadcrumbEnvelopesOfAnotherEventTypeFailTheRead() {
		String json = "{\"breadcrumbs\": [{\"event_type\": \"custom_event\", \"data\": {\"label\": \"a\"}}]}";
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.jackson3.readValue(json, CrashReportEvent.class))
			.withMessageContaining("A breadcrumb must have the event_type 'breadcrumb', not 'custom_event'");
	}

}

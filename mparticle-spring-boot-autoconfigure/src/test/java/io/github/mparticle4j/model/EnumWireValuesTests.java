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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every enum of the model has exactly the documented wire values and never
 * writes its Java constant names.
 *
 * @author mparticle4j contributors
 */
class EnumWireValuesTests {

	/**
	 * The documented values, transcribed from the Events API reference independently of
	 * the enums themselves.
	 */
	private static final Map<Class<? extends Enum<?>>, List<String>> DOCUMENTED = documented();

	private final JsonMapper jackson3 = JsonMapper.builder().build();

	private final ObjectMapper jackson2 = new ObjectMapper();

	private static Map<Class<? extends Enum<?>>, List<String>> documented() {
		Map<Class<? extends Enum<?>>, List<String>> values = new LinkedHashMap<>();
		values.put(Batch.Environment.class, List.of("development", "production"));
		values.put(EventType.class,
				List.of("custom_event", "commerce_event", "session_start", "session_end", "screen_view", "uninstall",
						"crash_report", "opt_out", "first_run", "push_registration", "push_message",
						"application_state_transition", "network_performance", "breadcrumb", "profile",
						"user_attribute_change", "user_identity_change"));
		values.put(AppEvent.CustomEventType.class, List.of("navigation", "location", "search", "transaction",
				"user_content", "user_preference", "social", "other", "media", "attribution"));
		values.put(CommerceEvent.CommerceEventType.class,
				List.of("add_to_cart", "remove_from_cart", "checkout", "checkout_option", "click", "view_detail",
						"purchase", "refund", "promotion_view", "promotion_click", "add_to_wishlist",
						"remove_from_wishlist", "impression"));
		values.put(ProductAction.Action.class, List.of("add_to_cart", "remove_from_cart", "checkout", "checkout_option",
				"click", "view_detail", "purchase", "refund", "add_to_wishlist", "remove_from_wish_list"));
		values.put(PromotionAction.Action.class, List.of("view", "click"));
		values.put(IdentityType.class,
				List.of("other", "customer_id", "facebook", "twitter", "google", "microsoft", "yahoo", "email", "alias",
						"facebook_custom_audience_id", "other_id_2", "other_id_3", "other_id_4", "other_id_5",
						"other_id_6", "other_id_7", "other_id_8", "other_id_9", "other_id_10", "mobile_number",
						"phone_number_2", "phone_number_3"));
		values.put(DeviceInformation.Platform.class, List.of("iOS", "Android", "web", "tvOS", "roku", "out_of_band",
				"alexa", "smart_tv", "fire_tv", "xbox"));
		values.put(DeviceInformation.ATTAuthorizationStatus.class,
				List.of("authorized", "denied", "not_determined", "restricted"));
		values.put(ApplicationInformation.Os.class,
				List.of("Unknown", "IOS", "Android", "WindowsPhone", "MobileWeb", "UnityIOS", "UnityAndroid", "Desktop",
						"TVOS", "Roku", "OutOfBand", "Alexa", "SmartTV", "FireTV", "Xbox"));
		values.put(DeviceCurrentState.DataConnectionType.class, List.of("offline", "wifi", "mobile"));
		values.put(DeviceCurrentState.Orientation.class, List.of("portrait", "portrait_upside_down", "landscape",
				"LandscapeLeft", "LandscapeRight", "FaceUp", "FaceDown", "Square"));
		values.put(GeoLocation.LocationSource.class, List.of("unknown", "ip_lookup", "lat_long"));
		values.put(ApplicationStateTransitionEvent.ApplicationTransitionType.class, List.of("application_initialized",
				"application_exit", "application_background", "application_foreground"));
		values.put(PushMessageEvent.PushMessageType.class, List.of("sent", "received", "action"));
		values.put(PushMessageEvent.ApplicationState.class, List.of("not_running", "background", "foreground"));
		values.put(PushMessageEvent.PushMessageBehavior.class,
				List.of("Received", "DirectOpen", "Read", "InfluencedOpen", "Displayed"));
		values.put(ProfileEvent.ProfileEventType.class, List.of("signup", "login", "logout", "update", "delete"));
		return values;
	}

	static Stream<Class<? extends Enum<?>>> enums() {
		return DOCUMENTED.keySet().stream();
	}

	@Test
	void everyEnumOfTheModelIsChecked() {
		Set<Class<?>> modelEnums = RandomModel.modelClasses(Batch.class)
			.stream()
			.flatMap((type) -> Arrays.stream(type.getDeclaredClasses()))
			.filter(Class::isEnum)
			.collect(Collectors.toSet());
		modelEnums.add(EventType.class);
		modelEnums.add(IdentityType.class);
		assertThat(Set.<Class<?>>copyOf(DOCUMENTED.keySet())).isEqualTo(modelEnums);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	void wireValuesAreTheDocumentedOnes(Class<? extends Enum<?>> type) {
		assertThat(Arrays.stream(type.getEnumConstants()).map(Object::toString))
			.containsExactlyElementsOf(DOCUMENTED.get(type));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	void constantsAreWrittenAsTheirWireValueNotTheirName(Class<? extends Enum<?>> type) throws Exception {
		for (Enum<?> constant : type.getEnumConstants()) {
			String expected = "\"" + constant + "\"";
			assertThat(this.jackson3.writeValueAsString(constant)).isEqualTo(expected);
			assertThat(this.jackson2.writeValueAsString(constant)).isEqualTo(expected);
			assertThat(this.jackson3.readValue(expected, type)).isSameAs(constant);
			assertThat(this.jackson2.readValue(expected, type)).isSameAs(constant);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("enums")
	void unknownValuesAreReadAsNull(Class<? extends Enum<?>> type) throws Exception {
		assertThat(this.jackson3.readValue("\"no-such-value\"", type)).isNull();
		assertThat(this.jackson2.readValue("\"no-such-value\"", type)).isNull();
	}

	@Test
	void randomBatchesNeverContainAConstantNameThatDiffersFromItsWireValue() throws Exception {
		Set<String> wireValues = DOCUMENTED.values().stream().flatMap(List::stream).collect(Collectors.toSet());
		RandomModel random = new RandomModel(7);
		for (int i = 0; i < 200; i++) {
			String json = this.jackson3.writeValueAsString(random.next(Batch.class));
			for (Class<? extends Enum<?>> type : DOCUMENTED.keySet()) {
				for (Enum<?> constant : type.getEnumConstants()) {
					if (!wireValues.contains(constant.name())) {
						assertThat(json).doesNotContain("\"" + constant.name() + "\"");
					}
				}
			}
		}
	}

	@Test
	void valuesThatDifferOnlyInCaseAreRead() {
		assertThat(DeviceInformation.Platform.fromValue("IOS")).isEqualTo(DeviceInformation.Platform.IOS);
		assertThat(Batch.Environment.fromValue("PRODUCTION")).isEqualTo(Batch.Environment.PRODUCTION);
		assertThat(IdentityType.fromValue("customerid")).isEqualTo(IdentityType.CUSTOMER_ID);
	}

}

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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The data of one user sent in one request: the user's identities, attributes, device and
 * consent, and a list of {@link Event events}. Upload one batch to {@code /events} or up
 * to 100 batches to {@code /bulkevents}. <pre class="code">
 * Batch batch = new Batch(Batch.Environment.DEVELOPMENT)
 *     .userIdentities(new UserIdentities().customerId("1234"))
 *     .userAttribute("plan", "trial")
 *     .addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
 * </pre>
 * <p>
 * Fields that are not set are left out of the JSON, and so are empty collections, with
 * three exceptions: {@code events} is always written ({@code []} when there are none), a
 * user attribute whose value is {@code null} is written as {@code null}, since that is
 * how a valueless attribute is recorded, and one whose value is an empty list as
 * {@code []}. Fields that mParticle sets itself ({@code batch_id}, {@code source_info},
 * {@code timestamp_unixtime_ms}, ...) cannot be set. When reading, unknown fields are
 * ignored and unknown enum values are read as {@code null}, except orientations, which
 * are kept as read (see {@link DeviceCurrentState}). Reading applies the checks of the
 * setters: a value that a setter refuses, such as a user attribute that is an object, a
 * {@code null} event or an event without {@code data}, fails the read with an error that
 * names the property; {@code "events": null} is read as no events.
 *
 * @author mparticle4j contributors
 */
public final class Batch extends ModelObject {

	@JsonProperty("environment")
	private @Nullable Environment environment;

	@JsonProperty("source_request_id")
	private @Nullable String sourceRequestId;

	@JsonProperty("user_identities")
	private @Nullable UserIdentities userIdentities;

	@JsonProperty("user_attributes")
	@JsonInclude(value = JsonInclude.Include.NON_EMPTY, content = JsonInclude.Include.ALWAYS)
	private @Nullable Map<String, @Nullable Object> userAttributes;

	@JsonProperty("deleted_user_attributes")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<String> deletedUserAttributes;

	@JsonProperty("device_info")
	private @Nullable DeviceInformation deviceInfo;

	@JsonProperty("application_info")
	private @Nullable ApplicationInformation applicationInfo;

	@JsonProperty("context")
	private @Nullable BatchContext context;

	@JsonProperty("consent_state")
	private @Nullable ConsentState consentState;

	@JsonProperty("ip")
	private @Nullable String ip;

	@JsonProperty("mpid")
	private @Nullable Long mpid;

	@JsonProperty("mp_deviceid")
	private @Nullable String mpDeviceId;

	@JsonProperty("partner_identities")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, String> partnerIdentities;

	@JsonProperty("integration_attributes")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, Map<String, String>> integrationAttributes;

	@JsonProperty("events")
	@JsonInclude(JsonInclude.Include.ALWAYS)
	private List<EventEnvelope<Event<?>>> events = new ArrayList<>();

	/**
	 * Creates a batch without an environment, which the client fills in from its
	 * configuration when it sends the batch.
	 */
	@JsonCreator
	public Batch() {
	}

	/**
	 * Creates a batch for the given environment.
	 * @param environment the environment
	 */
	public Batch(Environment environment) {
		this.environment = Objects.requireNonNull(environment, "'environment' must not be null");
	}

	/**
	 * Returns a copy of this batch: a new batch with the same field values and new
	 * top-level collections holding the same elements. Nested objects, such as the
	 * events, are shared with this batch.
	 * @return the copy
	 */
	public Batch copy() {
		Batch copy = new Batch();
		copy.environment = this.environment;
		copy.sourceRequestId = this.sourceRequestId;
		copy.userIdentities = this.userIdentities;
		copy.userAttributes = (this.userAttributes != null) ? new LinkedHashMap<>(this.userAttributes) : null;
		copy.deletedUserAttributes = ModelCollections.copy(this.deletedUserAttributes, "deleted user attribute");
		copy.deviceInfo = this.deviceInfo;
		copy.applicationInfo = this.applicationInfo;
		copy.context = this.context;
		copy.consentState = this.consentState;
		copy.ip = this.ip;
		copy.mpid = this.mpid;
		copy.mpDeviceId = this.mpDeviceId;
		copy.partnerIdentities = ModelCollections.copy(this.partnerIdentities, "partner identity");
		copy.integrationAttributes = ModelCollections.copy(this.integrationAttributes, "integration attribute");
		copy.events = new ArrayList<>(this.events);
		return copy;
	}

	/**
	 * Sets the environment the data belongs to ({@code environment}).
	 * @param environment the environment, or {@code null} to use the client's default
	 * @return this batch
	 */
	public Batch environment(@Nullable Environment environment) {
		this.environment = environment;
		return this;
	}

	/**
	 * Returns the environment the data belongs to ({@code environment}).
	 * @return the environment, or {@code null} if unset
	 */
	public @Nullable Environment getEnvironment() {
		return this.environment;
	}

	/**
	 * Sets the id of this batch ({@code source_request_id}). mParticle drops a batch
	 * whose id it has seen in the last 30 days for the same API key, which makes
	 * resending safe. The client generates a random UUID for a batch that has none.
	 * @param sourceRequestId the id, or {@code null} to let the client generate one
	 * @return this batch
	 */
	public Batch sourceRequestId(@Nullable String sourceRequestId) {
		this.sourceRequestId = sourceRequestId;
		return this;
	}

	/**
	 * Returns the id of this batch ({@code source_request_id}).
	 * @return the id, or {@code null} if unset
	 */
	public @Nullable String getSourceRequestId() {
		return this.sourceRequestId;
	}

	/**
	 * Sets the identities of the user ({@code user_identities}).
	 * @param userIdentities the identities, or {@code null} for none
	 * @return this batch
	 */
	public Batch userIdentities(@Nullable UserIdentities userIdentities) {
		this.userIdentities = userIdentities;
		return this;
	}

	/**
	 * Returns the identities of the user ({@code user_identities}).
	 * @return the identities, or {@code null} if unset
	 */
	public @Nullable UserIdentities getUserIdentities() {
		return this.userIdentities;
	}

	/**
	 * Sets a user attribute to a string ({@code user_attributes}). A {@code null} value
	 * is sent as {@code null}, which records the attribute without a value. Names
	 * starting with {@code $} are reserved: {@code $age}, {@code $gender},
	 * {@code $country}, {@code $zip}, {@code $city}, {@code $state}, {@code $address},
	 * {@code $firstname}, {@code $lastname} and {@code $mobile}.
	 * @param name the attribute name
	 * @param value the attribute value, or {@code null}
	 * @return this batch
	 */
	public Batch userAttribute(String name, @Nullable String value) {
		return putUserAttribute(name, value);
	}

	/**
	 * Sets a user attribute to a number ({@code user_attributes}).
	 * @param name the attribute name
	 * @param value the attribute value, which must be finite
	 * @return this batch
	 */
	public Batch userAttribute(String name, Number value) {
		ModelCollections.numberToString(name, value);
		return putUserAttribute(name, value);
	}

	/**
	 * Sets a user attribute to a boolean ({@code user_attributes}).
	 * @param name the attribute name
	 * @param value the attribute value
	 * @return this batch
	 */
	public Batch userAttribute(String name, boolean value) {
		return putUserAttribute(name, value);
	}

	/**
	 * Sets a user attribute to a list of strings ({@code user_attributes}). An empty list
	 * is sent as {@code []}. Don't switch an attribute between a single value and a list
	 * over time.
	 * @param name the attribute name
	 * @param values the attribute values
	 * @return this batch
	 */
	public Batch userAttribute(String name, List<String> values) {
		Objects.requireNonNull(values, () -> "The value of user attribute '" + name + "' must not be null");
		return putUserAttribute(name, ModelCollections.copyValue(values, "value of user attribute '" + name + "'"));
	}

	/**
	 * Sets several user attributes ({@code user_attributes}), replacing attributes with
	 * the same names. Each value must be a {@code String}, a finite {@code Number}, a
	 * {@code Boolean}, a {@code List} of strings, or {@code null}.
	 * @param attributes the attributes
	 * @return this batch
	 * @throws IllegalArgumentException if a value has another type
	 */
	public Batch userAttributes(Map<String, ?> attributes) {
		Objects.requireNonNull(attributes, "'attributes' must not be null");
		attributes.forEach((name, value) -> {
			if (value == null || value instanceof String) {
				userAttribute(name, (String) value);
			}
			else if (value instanceof Number number) {
				userAttribute(name, number);
			}
			else if (value instanceof Boolean bool) {
				userAttribute(name, (boolean) bool);
			}
			else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
				userAttribute(name, list.stream().map(String.class::cast).toList());
			}
			else {
				throw new IllegalArgumentException("The value of user attribute '" + name
						+ "' must be a string, number, boolean, list of strings or null, not "
						+ value.getClass().getName());
			}
		});
		return this;
	}

	@JsonProperty("user_attributes")
	private void readUserAttributes(@Nullable Map<String, @Nullable Object> attributes) {
		this.userAttributes = null;
		if (attributes != null) {
			ModelCollections.read(() -> userAttributes(attributes));
		}
	}

	private Batch putUserAttribute(String name, @Nullable Object value) {
		Objects.requireNonNull(name, "The name of a user attribute must not be null");
		if (this.userAttributes == null) {
			this.userAttributes = new LinkedHashMap<>();
		}
		this.userAttributes.put(name, value);
		return this;
	}

	/**
	 * Returns the user attributes ({@code user_attributes}).
	 * @return an unmodifiable view whose values are strings, numbers, booleans, lists of
	 * strings or {@code null}; empty if there are none
	 */
	public Map<String, @Nullable Object> getUserAttributes() {
		return ModelCollections.view(this.userAttributes);
	}

	/**
	 * Asks mParticle to remove a user attribute ({@code deleted_user_attributes}).
	 * @param name the attribute name
	 * @return this batch
	 */
	public Batch deleteUserAttribute(String name) {
		this.deletedUserAttributes = ModelCollections.add(this.deletedUserAttributes, "deleted user attribute", name);
		return this;
	}

	/**
	 * Replaces the names of the user attributes to remove
	 * ({@code deleted_user_attributes}).
	 * @param names the attribute names, or {@code null} for none
	 * @return this batch
	 */
	public Batch deletedUserAttributes(@Nullable Collection<String> names) {
		this.deletedUserAttributes = ModelCollections.copy(names, "deleted user attribute");
		return this;
	}

	@JsonProperty("deleted_user_attributes")
	private void readDeletedUserAttributes(@Nullable List<String> names) {
		ModelCollections.read(() -> deletedUserAttributes(names));
	}

	/**
	 * Returns the names of the user attributes to remove
	 * ({@code deleted_user_attributes}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<String> getDeletedUserAttributes() {
		return ModelCollections.view(this.deletedUserAttributes);
	}

	/**
	 * Sets information about the user's device ({@code device_info}).
	 * @param deviceInfo the device information, or {@code null}
	 * @return this batch
	 */
	public Batch deviceInfo(@Nullable DeviceInformation deviceInfo) {
		this.deviceInfo = deviceInfo;
		return this;
	}

	/**
	 * Returns information about the user's device ({@code device_info}).
	 * @return the device information, or {@code null} if unset
	 */
	public @Nullable DeviceInformation getDeviceInfo() {
		return this.deviceInfo;
	}

	/**
	 * Sets information about the app ({@code application_info}).
	 * @param applicationInfo the application information, or {@code null}
	 * @return this batch
	 */
	public Batch applicationInfo(@Nullable ApplicationInformation applicationInfo) {
		this.applicationInfo = applicationInfo;
		return this;
	}

	/**
	 * Returns information about the app ({@code application_info}).
	 * @return the application information, or {@code null} if unset
	 */
	public @Nullable ApplicationInformation getApplicationInfo() {
		return this.applicationInfo;
	}

	/**
	 * Sets the context of the batch, such as its data plan ({@code context}).
	 * @param context the context, or {@code null}
	 * @return this batch
	 */
	public Batch context(@Nullable BatchContext context) {
		this.context = context;
		return this;
	}

	/**
	 * Returns the context of the batch ({@code context}).
	 * @return the context, or {@code null} if unset
	 */
	public @Nullable BatchContext getContext() {
		return this.context;
	}

	/**
	 * Sets the user's GDPR and CCPA consent ({@code consent_state}).
	 * @param consentState the consent state, or {@code null}
	 * @return this batch
	 */
	public Batch consentState(@Nullable ConsentState consentState) {
		this.consentState = consentState;
		return this;
	}

	/**
	 * Returns the user's GDPR and CCPA consent ({@code consent_state}).
	 * @return the consent state, or {@code null} if unset
	 */
	public @Nullable ConsentState getConsentState() {
		return this.consentState;
	}

	/**
	 * Sets the IPv4 or IPv6 address of the user's device ({@code ip}).
	 * @param ip the address, or {@code null}
	 * @return this batch
	 */
	public Batch ip(@Nullable String ip) {
		this.ip = ip;
		return this;
	}

	/**
	 * Returns the IP address of the user's device ({@code ip}).
	 * @return the address, or {@code null} if unset
	 */
	public @Nullable String getIp() {
		return this.ip;
	}

	/**
	 * Sets the mParticle id of the user, if known ({@code mpid}).
	 * @param mpid the mParticle id, or {@code null}
	 * @return this batch
	 */
	public Batch mpid(@Nullable Long mpid) {
		this.mpid = mpid;
		return this;
	}

	/**
	 * Returns the mParticle id of the user ({@code mpid}).
	 * @return the mParticle id, or {@code null} if unset
	 */
	public @Nullable Long getMpid() {
		return this.mpid;
	}

	/**
	 * Sets the mParticle device id, a UUID ({@code mp_deviceid}).
	 * @param mpDeviceId the device id, or {@code null}
	 * @return this batch
	 */
	public Batch mpDeviceId(@Nullable String mpDeviceId) {
		this.mpDeviceId = mpDeviceId;
		return this;
	}

	/**
	 * Returns the mParticle device id ({@code mp_deviceid}).
	 * @return the device id, or {@code null} if unset
	 */
	public @Nullable String getMpDeviceId() {
		return this.mpDeviceId;
	}

	/**
	 * Sets a partner identity ({@code partner_identities}). Names have the form
	 * {@code PartnerName_IdentityName} and must be registered with mParticle.
	 * @param name the identity name
	 * @param value the identity value
	 * @return this batch
	 */
	public Batch partnerIdentity(String name, String value) {
		this.partnerIdentities = ModelCollections.put(this.partnerIdentities, "partner identity", name, value);
		return this;
	}

	@JsonProperty("partner_identities")
	private void readPartnerIdentities(@Nullable Map<String, String> identities) {
		ModelCollections.read(() -> this.partnerIdentities = ModelCollections.copy(identities, "partner identity"));
	}

	/**
	 * Returns the partner identities ({@code partner_identities}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public Map<String, String> getPartnerIdentities() {
		return ModelCollections.view(this.partnerIdentities);
	}

	/**
	 * Sets the user attributes for one integration ({@code integration_attributes}),
	 * replacing any attributes set before for the same integration.
	 * @param moduleId the module id of the integration, such as {@code "123"}
	 * @param attributes the attributes
	 * @return this batch
	 */
	public Batch integrationAttributes(String moduleId, Map<String, String> attributes) {
		Map<String, String> copy = Objects.requireNonNull(ModelCollections
			.copy(Objects.requireNonNull(attributes, "'attributes' must not be null"), "integration attribute"),
				"'attributes' must not be empty");
		this.integrationAttributes = ModelCollections.put(this.integrationAttributes, "integration", moduleId, copy);
		return this;
	}

	@JsonProperty("integration_attributes")
	private void readIntegrationAttributes(@Nullable Map<String, Map<String, String>> attributes) {
		this.integrationAttributes = null;
		if (attributes != null) {
			ModelCollections.read(() -> attributes.forEach(this::integrationAttributes));
		}
	}

	/**
	 * Returns the integration attributes, keyed by integration module id
	 * ({@code integration_attributes}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public Map<String, Map<String, String>> getIntegrationAttributes() {
		return ModelCollections.view(this.integrationAttributes);
	}

	/**
	 * Adds an event ({@code events}).
	 * @param event the event
	 * @return this batch
	 */
	public Batch addEvent(Event<?> event) {
		this.events.add(new EventEnvelope<>(Objects.requireNonNull(event, "An event must not be null")));
		return this;
	}

	/**
	 * Replaces the events ({@code events}).
	 * @param events the events, or {@code null} for none
	 * @return this batch
	 */
	public Batch events(@Nullable Collection<? extends Event<?>> events) {
		List<EventEnvelope<Event<?>>> envelopes = EventEnvelope.wrap(events, "event");
		this.events = (envelopes != null) ? envelopes : new ArrayList<>();
		return this;
	}

	/**
	 * Reads the events: {@code null} as none, and an event that is {@code null} or has no
	 * {@code data} as an error, as {@link #addEvent(Event)} would refuse it.
	 * @param envelopes the events read
	 */
	@JsonProperty("events")
	private void readEvents(@Nullable List<@Nullable EventEnvelope<Event<?>>> envelopes) {
		List<EventEnvelope<Event<?>>> events = new ArrayList<>((envelopes != null) ? envelopes.size() : 0);
		if (envelopes != null) {
			for (int i = 0; i < envelopes.size(); i++) {
				EventEnvelope<Event<?>> envelope = envelopes.get(i);
				if (envelope == null || !envelope.hasData()) {
					throw new IllegalArgumentException(
							"The event at index " + i + " is " + ((envelope != null) ? "missing its 'data'" : "null"));
				}
				events.add(envelope);
			}
		}
		this.events = events;
	}

	/**
	 * Returns the events ({@code events}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<Event<?>> getEvents() {
		return EventEnvelope.unwrap(this.events);
	}

	/**
	 * The environment that the data in a batch belongs to ({@code environment}). Data
	 * sent to {@link #DEVELOPMENT} shows up in mParticle's Live Stream and is kept apart
	 * from production data.
	 */
	public enum Environment {

		/** Development data. */
		DEVELOPMENT("development"),

		/** Production data. */
		PRODUCTION("production");

		private final String value;

		Environment(String value) {
			this.value = value;
		}

		/**
		 * Returns the string that represents this constant on the wire.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

		/**
		 * Returns the constant for a wire value, matching case-insensitively when there
		 * is no exact match.
		 * @param value the wire value
		 * @return the constant, or {@code null} if {@code value} is not one of the
		 * documented values (which is how unknown values in JSON input are read)
		 */
		@JsonCreator
		public static @Nullable Environment fromValue(@Nullable String value) {
			return WireValues.find(values(), Environment::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

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

package io.github.mparticle4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.model.AbstractConsentState;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.ApplicationStateTransitionEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.BatchContext;
import io.github.mparticle4j.model.BreadcrumbEvent;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.ConsentState;
import io.github.mparticle4j.model.CrashReportEvent;
import io.github.mparticle4j.model.DeviceInformation;
import io.github.mparticle4j.model.Event;
import io.github.mparticle4j.model.GeoLocation;
import io.github.mparticle4j.model.IdentityType;
import io.github.mparticle4j.model.PushMessageEvent;
import io.github.mparticle4j.model.PushRegistrationEvent;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.UserIdentities;
import org.jspecify.annotations.Nullable;

/**
 * Checks batches against the rules and limits of the Events API that can be checked
 * before serialization, adding one {@link Violation} per broken rule.
 *
 * @author mparticle4j contributors
 */
public final class BatchValidator {

	static final int MAX_NAME_LENGTH = 256;

	static final int MAX_ATTRIBUTE_VALUE_LENGTH = 4096;

	static final int MAX_USER_ATTRIBUTES = 100;

	static final int MAX_EVENT_ATTRIBUTES = 100;

	static final int MAX_LIST_ENTRIES = 1000;

	static final int MAX_LIST_ENTRY_LENGTH = 512;

	/**
	 * The largest batch mParticle accepts, in bytes of JSON.
	 */
	public static final int MAX_BATCH_SIZE = 128 * 1024;

	/**
	 * The largest request mParticle accepts, in bytes of JSON.
	 */
	public static final int MAX_REQUEST_SIZE = 256 * 1024;

	static final int MAX_ACTION_IDENTIFIER_LENGTH = 100;

	private static final int MAX_NAME_IN_PATH = 40;

	// Checks the number of batches of a request.
	public void validateCount(List<Batch> batches, String root, boolean bulk, List<Violation> violations) {
		if (bulk && batches.isEmpty()) {
			violations.add(new Violation(root, "must contain at least one batch"));
		}
		if (batches.size() > EventsApi.MAX_BATCHES_PER_REQUEST) {
			violations.add(new Violation(root, "must contain at most " + EventsApi.MAX_BATCHES_PER_REQUEST
					+ " batches (has " + batches.size() + "); split them across several requests"));
		}
	}

	// Checks the serialized sizes of a request and its batches.
	public void validateSizes(int[] batchSizes, int requestSize, String root, boolean bulk,
			List<Violation> violations) {
		for (int i = 0; i < batchSizes.length; i++) {
			if (batchSizes[i] > MAX_BATCH_SIZE) {
				violations.add(new Violation(bulk ? root + "[" + i + "]" : root, "must be at most 128 KB ("
						+ MAX_BATCH_SIZE + " bytes) when serialized (is " + batchSizes[i] + " bytes)"));
			}
		}
		// a single batch over 256 KB is already reported as over 128 KB
		if (requestSize >= MAX_REQUEST_SIZE && bulk) {
			violations.add(new Violation(root,
					"the request must be smaller than 256 KB (" + MAX_REQUEST_SIZE + " bytes) when serialized (is "
							+ requestSize + " bytes); split the batches across several" + " requests"));
		}
	}

	public void validate(Batch batch, Path path, List<Violation> violations) {
		validate(batch, path, false, violations);
	}

	// Checks a batch that is sent with a default environment if it has none.
	public void validate(Batch batch, Path path, boolean environmentDefaulted, List<Violation> violations) {
		if (batch.getEnvironment() == null && !environmentDefaulted) {
			violations.add(new Violation(path.with(".environment"),
					"is required: set it on the batch or configure a default environment"));
		}
		boolean identified = validateIdentities(batch, path, violations);
		if (!identified) {
			violations.add(new Violation(path.toString(), "must identify its user with a user identity, a device"
					+ " identity in device_info, an mpid or an mp_deviceid"));
		}
		validateUserAttributes(batch.getUserAttributes(), path, violations);
		if (batch.getConsentState() != null) {
			validateConsent(batch.getConsentState(), path, violations);
		}
		BatchContext context = batch.getContext();
		if (context != null && context.getDataPlan() != null) {
			required(context.getDataPlan().getPlanId(), path, ".context.data_plan.plan_id", violations);
		}
		if (context != null && context.getLocation() != null) {
			validateLocation(context.getLocation(), path, ".context.location", violations);
		}
		List<Event<?>> events = batch.getEvents();
		for (int i = 0; i < events.size(); i++) {
			validateEvent(events.get(i), path.element(".events", i), violations);
		}
	}

	// Reports blank identities and tells whether any identity identifies the user.
	private static boolean validateIdentities(Batch batch, Path path, List<Violation> violations) {
		boolean identified = batch.getMpid() != null;
		UserIdentities identities = batch.getUserIdentities();
		if (identities != null && !identities.isEmpty()) {
			for (Map.Entry<IdentityType, String> identity : identities.asMap().entrySet()) {
				if (identity.getValue().isBlank()) {
					violations.add(new Violation(path.with(".user_identities." + identity.getKey().value()),
							"must not be blank; leave the identity out instead"));
				}
				else {
					identified = true;
				}
			}
		}
		String mpDeviceId = batch.getMpDeviceId();
		if (mpDeviceId != null) {
			if (mpDeviceId.isBlank()) {
				violations.add(new Violation(path.with(".mp_deviceid"), "must not be blank; leave it out instead"));
			}
			else {
				identified = true;
			}
		}
		DeviceInformation device = batch.getDeviceInfo();
		if (device != null) {
			for (DeviceIdentity deviceIdentity : DEVICE_IDENTITIES) {
				String value = deviceIdentity.getter().apply(device);
				if (value == null) {
					continue;
				}
				if (value.isBlank()) {
					violations.add(new Violation(path.with(".device_info." + deviceIdentity.name()),
							"must not be blank; leave it out instead"));
				}
				else {
					identified = true;
				}
			}
		}
		return identified;
	}

	private void validateUserAttributes(Map<String, @Nullable Object> attributes, Path path,
			List<Violation> violations) {
		if (attributes.size() > MAX_USER_ATTRIBUTES) {
			violations.add(new Violation(path.with(".user_attributes"),
					"must have at most " + MAX_USER_ATTRIBUTES + " attributes (has " + attributes.size() + ")"));
		}
		for (Map.Entry<String, @Nullable Object> attribute : attributes.entrySet()) {
			String name = attribute.getKey();
			Object value = attribute.getValue();
			maxLength(name, MAX_NAME_LENGTH, path, ".user_attributes", name, "name", violations);
			if (value instanceof String text) {
				maxLength(text, MAX_ATTRIBUTE_VALUE_LENGTH, path, ".user_attributes", name, "value", violations);
			}
			else if (value instanceof List<?> list) {
				if (list.size() > MAX_LIST_ENTRIES) {
					violations.add(new Violation(path.with(".user_attributes") + key(name),
							"list must have at most " + MAX_LIST_ENTRIES + " entries (has " + list.size() + ")"));
				}
				for (int i = 0; i < list.size(); i++) {
					// the path is built only for an entry that may be too long
					if (list.get(i) instanceof String entry && entry.length() > MAX_LIST_ENTRY_LENGTH) {
						maxLength(entry, MAX_LIST_ENTRY_LENGTH, path, ".user_attributes" + key(name) + "[" + i + "]",
								null, null, violations);
					}
				}
			}
		}
	}

	private void validateEvent(Event<?> event, Path path, List<Violation> violations) {
		Path data = path.field(".data");
		validateAttributes(event.getCustomAttributes(), data, violations);
		if (event.getLocation() != null) {
			validateLocation(event.getLocation(), data, ".location", violations);
		}
		if (event instanceof AppEvent appEvent) {
			required(appEvent.getEventName(), data, ".event_name", violations);
			required(appEvent.getCustomEventType(), data, ".custom_event_type", violations);
			maxLength(appEvent.getEventName(), MAX_NAME_LENGTH, data, ".event_name", null, null, violations);
		}
		else if (event instanceof CommerceEvent commerceEvent) {
			validateCommerceEvent(commerceEvent, data, violations);
		}
		else if (event instanceof ScreenViewEvent screenView) {
			maxLength(screenView.getScreenName(), MAX_NAME_LENGTH, data, ".screen_name", null, null, violations);
		}
		else if (event instanceof BreadcrumbEvent breadcrumb) {
			required(breadcrumb.getLabel(), data, ".label", violations);
		}
		else if (event instanceof CrashReportEvent crashReport) {
			List<BreadcrumbEvent> breadcrumbs = crashReport.getBreadcrumbs();
			for (int i = 0; i < breadcrumbs.size(); i++) {
				if (breadcrumbs.get(i).getLabel() == null) {
					violations.add(new Violation(data.element(".breadcrumbs", i).with(".data.label"), "is required"));
				}
			}
		}
		else if (event instanceof PushRegistrationEvent registration) {
			required(registration.getRegister(), data, ".register", violations);
			required(registration.getRegistrationToken(), data, ".registration_token", violations);
		}
		else if (event instanceof PushMessageEvent message) {
			required(message.getPushMessageType(), data, ".push_message_type", violations);
			maxLength(message.getActionIdentifier(), MAX_ACTION_IDENTIFIER_LENGTH, data, ".action_identifier", null,
					null, violations);
		}
		else if (event instanceof ApplicationStateTransitionEvent transition) {
			required(transition.getApplicationTransitionType(), data, ".application_transition_type", violations);
		}
	}

	private void validateCommerceEvent(CommerceEvent event, Path data, List<Violation> violations) {
		maxLength(event.getEventName(), MAX_NAME_LENGTH, data, ".event_name", null, null, violations);
		maxLength(event.getScreenName(), MAX_NAME_LENGTH, data, ".screen_name", null, null, violations);
		boolean product = event.getProductAction() != null;
		boolean promotion = event.getPromotionAction() != null;
		boolean impressions = !event.getProductImpressions().isEmpty();
		if (product) {
			required(event.getProductAction().getAction(), data, ".product_action.action", violations);
		}
		if (promotion) {
			required(event.getPromotionAction().getAction(), data, ".promotion_action.action", violations);
		}
		int kinds = (product ? 1 : 0) + (promotion ? 1 : 0) + (impressions ? 1 : 0);
		if (kinds != 1) {
			List<String> present = new ArrayList<>();
			if (product) {
				present.add("product_action");
			}
			if (promotion) {
				present.add("promotion_action");
			}
			if (impressions) {
				present.add("product_impressions");
			}
			violations.add(new Violation(data.toString(),
					"a commerce event must have exactly one of product_action, promotion_action or"
							+ " product_impressions (has "
							+ (present.isEmpty() ? "none" : String.join(" and ", present)) + ")"));
		}
	}

	private void validateAttributes(Map<String, String> attributes, Path data, List<Violation> violations) {
		if (attributes.size() > MAX_EVENT_ATTRIBUTES) {
			violations.add(new Violation(data.with(".custom_attributes"),
					"must have at most " + MAX_EVENT_ATTRIBUTES + " attributes (has " + attributes.size() + ")"));
		}
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			maxLength(attribute.getKey(), MAX_NAME_LENGTH, data, ".custom_attributes", attribute.getKey(), "name",
					violations);
			maxLength(attribute.getValue(), MAX_ATTRIBUTE_VALUE_LENGTH, data, ".custom_attributes", attribute.getKey(),
					"value", violations);
		}
	}

	private void validateConsent(ConsentState consent, Path path, List<Violation> violations) {
		consent.getGdpr()
			.forEach(
					(purpose, state) -> validateConsent(state, path, ".consent_state.gdpr" + key(purpose), violations));
		if (consent.getCcpa() != null) {
			validateConsent(consent.getCcpa(), path, ".consent_state.ccpa" + key(ConsentState.CCPA_DATA_SALE_OPT_OUT),
					violations);
		}
	}

	private void validateConsent(AbstractConsentState<?> state, Path path, String suffix, List<Violation> violations) {
		required(state.getConsented(), path, suffix + ".consented", violations);
		required(state.getTimestampUnixtimeMs(), path, suffix + ".timestamp_unixtime_ms", violations);
	}

	private void validateLocation(GeoLocation location, Path path, String suffix, List<Violation> violations) {
		required(location.getLatitude(), path, suffix + ".latitude", violations);
		required(location.getLongitude(), path, suffix + ".longitude", violations);
	}

	private static void required(@Nullable Object value, Path path, String suffix, List<Violation> violations) {
		if (value == null) {
			violations.add(new Violation(path.with(suffix), "is required"));
		}
	}

	// Checks a length, building the path only for a violation: the path, the suffix, and
	// for a map entry its key.
	private static void maxLength(@Nullable String value, int max, Path path, String suffix, @Nullable String key,
			@Nullable String what, List<Violation> violations) {
		if (value != null && value.length() > max) {
			int length = value.codePointCount(0, value.length());
			if (length > max) {
				violations.add(new Violation(path.with(suffix) + ((key != null) ? key(key) : ""),
						((what != null) ? what + " " : "") + "must be at most " + max + " characters (is " + length
								+ ")"));
			}
		}
	}

	private static String key(String name) {
		String shown = (name.length() > MAX_NAME_IN_PATH) ? name.substring(0, MAX_NAME_IN_PATH) + "…" : name;
		return "[\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
	}

	/**
	 * The device identities of {@code device_info}, by wire name: the fields that
	 * identify a user as well as a user identity does.
	 */
	private static final List<DeviceIdentity> DEVICE_IDENTITIES = List.of(
			new DeviceIdentity("ios_advertising_id", DeviceInformation::getIosAdvertisingId),
			new DeviceIdentity("ios_idfv", DeviceInformation::getIosIdfv),
			new DeviceIdentity("android_advertising_id", DeviceInformation::getAndroidAdvertisingId),
			new DeviceIdentity("android_uuid", DeviceInformation::getAndroidUuid),
			new DeviceIdentity("push_token", DeviceInformation::getPushToken),
			new DeviceIdentity("roku_advertising_id", DeviceInformation::getRokuAdvertisingId),
			new DeviceIdentity("roku_publisher_id", DeviceInformation::getRokuPublisherId),
			new DeviceIdentity("fire_advertising_id", DeviceInformation::getFireAdvertisingId),
			new DeviceIdentity("microsoft_advertising_id", DeviceInformation::getMicrosoftAdvertisingId),
			new DeviceIdentity("microsoft_publisher_id", DeviceInformation::getMicrosoftPublisherId));

	private record DeviceIdentity(String name, Function<DeviceInformation, @Nullable String> getter) {
	}

	/**
	 * The JSON path of a value being checked, such as {@code batches[3].events[0].data},
	 * kept as links to its parent so that the text is built only for a violation.
	 */
	public static final class Path {

		private final @Nullable Path parent;

		private final String name;

		private final int index;

		private Path(@Nullable Path parent, String name, int index) {
			this.parent = parent;
			this.name = name;
			this.index = index;
		}

		/**
		 * Returns the path of a request's root, {@code batch} or {@code batches}.
		 * @param name the name of the root
		 * @return the path
		 */
		public static Path root(String name) {
			return new Path(null, name, -1);
		}

		/**
		 * Returns the path of a batch of a bulk request, such as {@code batches[3]}.
		 * @param name the name of the root
		 * @param index the index of the batch
		 * @return the path
		 */
		public static Path root(String name, int index) {
			return new Path(null, name, index);
		}

		Path field(String field) {
			return new Path(this, field, -1);
		}

		Path element(String field, int index) {
			return new Path(this, field, index);
		}

		String with(String suffix) {
			return this + suffix;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			append(text);
			return text.toString();
		}

		private void append(StringBuilder text) {
			if (this.parent != null) {
				this.parent.append(text);
			}
			text.append(this.name);
			if (this.index >= 0) {
				text.append('[').append(this.index).append(']');
			}
		}

	}

}

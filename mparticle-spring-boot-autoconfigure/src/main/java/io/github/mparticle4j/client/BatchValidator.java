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

package io.github.mparticle4j.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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
import io.github.mparticle4j.model.PushMessageEvent;
import io.github.mparticle4j.model.PushRegistrationEvent;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.UserIdentities;

/**
 * Checks batches against the rules and limits of the Events API that can be checked
 * before serialization, adding one {@link Violation} per broken rule.
 *
 * @author mparticle4j contributors
 */
final class BatchValidator {

	static final int MAX_NAME_LENGTH = 256;

	static final int MAX_ATTRIBUTE_VALUE_LENGTH = 4096;

	static final int MAX_USER_ATTRIBUTES = 100;

	static final int MAX_EVENT_ATTRIBUTES = 100;

	static final int MAX_LIST_ENTRIES = 1000;

	static final int MAX_LIST_ENTRY_LENGTH = 512;

	static final int MAX_BATCH_SIZE = 128 * 1024;

	static final int MAX_REQUEST_SIZE = 256 * 1024;

	static final int MAX_ACTION_IDENTIFIER_LENGTH = 100;

	private static final int MAX_NAME_IN_PATH = 40;

	/**
	 * Checks the number of batches of a request.
	 */
	void validateCount(List<Batch> batches, String root, boolean bulk, List<Violation> violations) {
		if (bulk && batches.isEmpty()) {
			violations.add(new Violation(root, "must contain at least one batch"));
		}
		if (batches.size() > EventsApi.MAX_BATCHES_PER_REQUEST) {
			violations.add(new Violation(root, "must contain at most " + EventsApi.MAX_BATCHES_PER_REQUEST
					+ " batches (has " + batches.size() + "); split them across several requests"));
		}
	}

	/**
	 * Checks the serialized sizes of a request and its batches.
	 */
	void validateSizes(int[] batchSizes, int requestSize, String root, boolean bulk, List<Violation> violations) {
		for (int i = 0; i < batchSizes.length; i++) {
			if (batchSizes[i] > MAX_BATCH_SIZE) {
				violations.add(new Violation(bulk ? root + "[" + i + "]" : root, "must be at most 128 KB ("
						+ MAX_BATCH_SIZE + " bytes) when serialized (is " + batchSizes[i] + " bytes)"));
			}
		}
		// a single batch over 256 KB is already reported as over 128 KB
		if (requestSize >= MAX_REQUEST_SIZE && bulk) {
			violations.add(new Violation(root, "the request must be smaller than 256 KB (" + MAX_REQUEST_SIZE
					+ " bytes) when serialized (is " + requestSize + " bytes); split the batches across several"
					+ " requests"));
		}
	}

	void validate(Batch batch, String path, List<Violation> violations) {
		if (batch.getEnvironment() == null) {
			violations.add(new Violation(path + ".environment",
					"is required: set it on the batch or configure a default environment"));
		}
		validateIdentityValues(batch, path, violations);
		if (!hasIdentity(batch)) {
			violations.add(new Violation(path,
					"must identify its user with a user identity, a device identity in device_info, an mpid or an mp_deviceid"));
		}
		validateUserAttributes(batch.getUserAttributes(), path + ".user_attributes", violations);
		if (batch.getConsentState() != null) {
			validateConsent(batch.getConsentState(), path + ".consent_state", violations);
		}
		BatchContext context = batch.getContext();
		if (context != null && context.getDataPlan() != null) {
			required(context.getDataPlan().getPlanId(), path + ".context.data_plan.plan_id", violations);
		}
		if (context != null && context.getLocation() != null) {
			validateLocation(context.getLocation(), path + ".context.location", violations);
		}
		List<Event<?>> events = batch.getEvents();
		for (int i = 0; i < events.size(); i++) {
			validateEvent(events.get(i), path + ".events[" + i + "]", violations);
		}
	}

	private static void validateIdentityValues(Batch batch, String path, List<Violation> violations) {
		UserIdentities identities = batch.getUserIdentities();
		if (identities != null) {
			identities.asMap().forEach((type, value) -> {
				if (value.isBlank()) {
					violations.add(new Violation(path + ".user_identities." + type.value(),
							"must not be blank; leave the identity out instead"));
				}
			});
		}
		if (batch.getMpDeviceId() != null && batch.getMpDeviceId().isBlank()) {
			violations.add(new Violation(path + ".mp_deviceid", "must not be blank; leave it out instead"));
		}
		DeviceInformation device = batch.getDeviceInfo();
		if (device != null) {
			deviceIdentities(device).forEach((name, value) -> {
				if (value != null && value.isBlank()) {
					violations.add(new Violation(path + ".device_info." + name,
							"must not be blank; leave it out instead"));
				}
			});
		}
	}

	private static boolean hasIdentity(Batch batch) {
		UserIdentities identities = batch.getUserIdentities();
		return (identities != null && identities.asMap().values().stream().anyMatch(BatchValidator::hasText))
				|| batch.getMpid() != null || hasText(batch.getMpDeviceId())
				|| (batch.getDeviceInfo() != null
						&& deviceIdentities(batch.getDeviceInfo()).values().stream().anyMatch(BatchValidator::hasText));
	}

	/**
	 * Returns the device identities of a batch's device information, by wire name: the
	 * fields that identify a user as well as a user identity does.
	 */
	private static Map<String, @Nullable String> deviceIdentities(DeviceInformation device) {
		Map<String, @Nullable String> identities = new LinkedHashMap<>();
		identities.put("ios_advertising_id", device.getIosAdvertisingId());
		identities.put("ios_idfv", device.getIosIdfv());
		identities.put("android_advertising_id", device.getAndroidAdvertisingId());
		identities.put("android_uuid", device.getAndroidUuid());
		identities.put("push_token", device.getPushToken());
		identities.put("roku_advertising_id", device.getRokuAdvertisingId());
		identities.put("roku_publisher_id", device.getRokuPublisherId());
		identities.put("fire_advertising_id", device.getFireAdvertisingId());
		identities.put("microsoft_advertising_id", device.getMicrosoftAdvertisingId());
		identities.put("microsoft_publisher_id", device.getMicrosoftPublisherId());
		return identities;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private void validateUserAttributes(Map<String, @Nullable Object> attributes, String path,
			List<Violation> violations) {
		if (attributes.size() > MAX_USER_ATTRIBUTES) {
			violations.add(new Violation(path, "must have at most " + MAX_USER_ATTRIBUTES + " attributes (has "
					+ attributes.size() + ")"));
		}
		attributes.forEach((name, value) -> {
			String attributePath = path + key(name);
			maxLength(name, MAX_NAME_LENGTH, attributePath, "name", violations);
			if (value instanceof String text) {
				maxLength(text, MAX_ATTRIBUTE_VALUE_LENGTH, attributePath, "value", violations);
			}
			else if (value instanceof List<?> list) {
				if (list.size() > MAX_LIST_ENTRIES) {
					violations.add(new Violation(attributePath,
							"list must have at most " + MAX_LIST_ENTRIES + " entries (has " + list.size() + ")"));
				}
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i) instanceof String entry) {
						maxLength(entry, MAX_LIST_ENTRY_LENGTH, attributePath + "[" + i + "]", null, violations);
					}
				}
			}
		});
	}

	private void validateEvent(Event<?> event, String path, List<Violation> violations) {
		String data = path + ".data";
		validateAttributes(event.getCustomAttributes(), data + ".custom_attributes", violations);
		if (event.getLocation() != null) {
			validateLocation(event.getLocation(), data + ".location", violations);
		}
		if (event instanceof AppEvent appEvent) {
			required(appEvent.getEventName(), data + ".event_name", violations);
			required(appEvent.getCustomEventType(), data + ".custom_event_type", violations);
			maxLength(appEvent.getEventName(), MAX_NAME_LENGTH, data + ".event_name", null, violations);
		}
		else if (event instanceof CommerceEvent commerceEvent) {
			validateCommerceEvent(commerceEvent, data, violations);
		}
		else if (event instanceof ScreenViewEvent screenView) {
			maxLength(screenView.getScreenName(), MAX_NAME_LENGTH, data + ".screen_name", null, violations);
		}
		else if (event instanceof BreadcrumbEvent breadcrumb) {
			required(breadcrumb.getLabel(), data + ".label", violations);
		}
		else if (event instanceof CrashReportEvent crashReport) {
			List<BreadcrumbEvent> breadcrumbs = crashReport.getBreadcrumbs();
			for (int i = 0; i < breadcrumbs.size(); i++) {
				required(breadcrumbs.get(i).getLabel(), data + ".breadcrumbs[" + i + "].data.label", violations);
			}
		}
		else if (event instanceof PushRegistrationEvent registration) {
			required(registration.getRegister(), data + ".register", violations);
			required(registration.getRegistrationToken(), data + ".registration_token", violations);
		}
		else if (event instanceof PushMessageEvent message) {
			required(message.getPushMessageType(), data + ".push_message_type", violations);
			maxLength(message.getActionIdentifier(), MAX_ACTION_IDENTIFIER_LENGTH, data + ".action_identifier", null,
					violations);
		}
		else if (event instanceof ApplicationStateTransitionEvent transition) {
			required(transition.getApplicationTransitionType(), data + ".application_transition_type", violations);
		}
	}

	private void validateCommerceEvent(CommerceEvent event, String data, List<Violation> violations) {
		maxLength(event.getEventName(), MAX_NAME_LENGTH, data + ".event_name", null, violations);
		maxLength(event.getScreenName(), MAX_NAME_LENGTH, data + ".screen_name", null, violations);
		StringBuilder kinds = new StringBuilder();
		if (event.getProductAction() != null) {
			kinds.append("product_action");
			required(event.getProductAction().getAction(), data + ".product_action.action", violations);
		}
		if (event.getPromotionAction() != null) {
			kinds.append((kinds.length() > 0) ? " and " : "").append("promotion_action");
			required(event.getPromotionAction().getAction(), data + ".promotion_action.action", violations);
		}
		if (!event.getProductImpressions().isEmpty()) {
			kinds.append((kinds.length() > 0) ? " and " : "").append("product_impressions");
		}
		if (kinds.length() == 0 || kinds.indexOf(" and ") >= 0) {
			violations.add(new Violation(data,
					"a commerce event must have exactly one of product_action, promotion_action or product_impressions (has "
							+ ((kinds.length() > 0) ? kinds : "none") + ")"));
		}
	}

	private void validateAttributes(Map<String, String> attributes, String path, List<Violation> violations) {
		if (attributes.size() > MAX_EVENT_ATTRIBUTES) {
			violations.add(new Violation(path, "must have at most " + MAX_EVENT_ATTRIBUTES + " attributes (has "
					+ attributes.size() + ")"));
		}
		attributes.forEach((name, value) -> {
			maxLength(name, MAX_NAME_LENGTH, path + key(name), "name", violations);
			maxLength(value, MAX_ATTRIBUTE_VALUE_LENGTH, path + key(name), "value", violations);
		});
	}

	private void validateConsent(ConsentState consent, String path, List<Violation> violations) {
		consent.getGdpr().forEach((purpose, state) -> validateConsent(state, path + ".gdpr" + key(purpose), violations));
		if (consent.getCcpa() != null) {
			validateConsent(consent.getCcpa(), path + ".ccpa" + key(ConsentState.CCPA_DATA_SALE_OPT_OUT), violations);
		}
	}

	private void validateConsent(AbstractConsentState<?> state, String path, List<Violation> violations) {
		required(state.getConsented(), path + ".consented", violations);
		required(state.getTimestampUnixtimeMs(), path + ".timestamp_unixtime_ms", violations);
	}

	private void validateLocation(GeoLocation location, String path, List<Violation> violations) {
		required(location.getLatitude(), path + ".latitude", violations);
		required(location.getLongitude(), path + ".longitude", violations);
	}

	private static void required(@Nullable Object value, String path, List<Violation> violations) {
		if (value == null) {
			violations.add(new Violation(path, "is required"));
		}
	}

	private static void maxLength(@Nullable String value, int max, String path, @Nullable String what,
			List<Violation> violations) {
		if (value != null && value.length() > max) {
			int length = value.codePointCount(0, value.length());
			if (length > max) {
				violations.add(new Violation(path, ((what != null) ? what + " " : "") + "must be at most " + max
						+ " characters (is " + length + ")"));
			}
		}
	}

	private static String key(String name) {
		String shown = (name.length() > MAX_NAME_IN_PATH) ? name.substring(0, MAX_NAME_IN_PATH) + "…" : name;
		return "[\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
	}

}

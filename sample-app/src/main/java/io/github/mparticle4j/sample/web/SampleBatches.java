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

package io.github.mparticle4j.sample.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CCPAConsentState;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.ConsentState;
import io.github.mparticle4j.model.DeviceInformation;
import io.github.mparticle4j.model.GDPRConsentState;
import io.github.mparticle4j.model.Product;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.SessionEndEvent;
import io.github.mparticle4j.model.SessionStartEvent;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.sample.web.SampleRequests.Bulk;
import io.github.mparticle4j.sample.web.SampleRequests.CustomEvent;
import io.github.mparticle4j.sample.web.SampleRequests.Item;
import io.github.mparticle4j.sample.web.SampleRequests.Purchase;
import io.github.mparticle4j.sample.web.SampleRequests.Session;
import io.github.mparticle4j.sample.web.SampleRequests.SignUp;
import org.jspecify.annotations.Nullable;

/**
 * Turns the sample's requests into mParticle batches, the way mParticle's SDK
 * documentation builds them: one user per batch, identified by a customer id. The
 * environment is left unset, so the one configured with {@code mparticle.environment}
 * applies. Invalid input is reported with an {@link InvalidRequestException} naming the
 * field.
 *
 * @author mparticle4j contributors
 */
final class SampleBatches {

	/** The longest session accepted, in seconds. */
	static final long MAX_SESSION_SECONDS = 86_400;

	/** The largest price or quantity accepted. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	private SampleBatches() {
	}

	static Batch signUp(SignUp request, @Nullable String userAgent) {
		long now = System.currentTimeMillis();
		ConsentState consent = new ConsentState()
			.gdpr("marketing",
					new GDPRConsentState(Boolean.TRUE.equals(request.marketingConsent()), now)
						.document("marketing_terms_v2")
						.location("sample-app/users"))
			.ccpa(new CCPAConsentState(Boolean.TRUE.equals(request.ccpaOptOut()), now).document("ccpa_notice_v3"));
		UserIdentities identities = new UserIdentities().customerId(required(request.customerId(), "customerId"))
			.email(request.email());
		Batch batch = new Batch().userIdentities(identities)
			.deviceInfo(new DeviceInformation().platform(DeviceInformation.Platform.WEB).httpHeaderUserAgent(userAgent))
			.consentState(consent)
			.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up").timestamp(Instant.now())
				.sourceMessageId(UUID.randomUUID().toString()));
		putIfPresent(batch, "$firstname", request.firstName());
		putIfPresent(batch, "$lastname", request.lastName());
		putIfPresent(batch, "plan", request.plan());
		return batch;
	}

	static Batch customEvent(CustomEvent request) {
		return customEvent(request, "");
	}

	static List<Batch> bulk(Bulk request) {
		List<CustomEvent> users = request.users();
		if (users == null || users.isEmpty()) {
			throw new InvalidRequestException("users", "'users' must contain at least one user");
		}
		List<Batch> batches = new ArrayList<>(users.size());
		for (int i = 0; i < users.size(); i++) {
			batches.add(customEvent(notNull(users.get(i), "users[" + i + "]"), "users[" + i + "]."));
		}
		return batches;
	}

	private static Batch customEvent(CustomEvent request, String prefix) {
		return forUser(request.customerId(), prefix + "customerId").addEvent(appEvent(request, prefix));
	}

	static Batch purchase(Purchase request) {
		List<Item> items = required(request.products(), "products");
		if (items.isEmpty()) {
			throw new InvalidRequestException("products", "'products' must contain at least one product");
		}
		ProductAction purchase = new ProductAction(ProductAction.Action.PURCHASE)
			.transactionId(required(request.transactionId(), "transactionId"));
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < items.size(); i++) {
			Item item = notNull(items.get(i), "products[" + i + "]");
			BigDecimal price = amount(required(item.price(), "products[" + i + "].price"), "products[" + i + "].price");
			BigDecimal quantity = (item.quantity() != null) ? amount(item.quantity(), "products[" + i + "].quantity")
					: BigDecimal.ONE;
			BigDecimal amount = price.multiply(quantity);
			total = total.add(amount);
			purchase.addProduct(new Product().id(required(item.sku(), "products[" + i + "].sku"))
				.name(item.name())
				.price(price)
				.quantity(quantity)
				.totalProductAmount(amount)
				.position(i + 1));
		}
		CommerceEvent event = new CommerceEvent()
			.currencyCode((request.currency() != null) ? request.currency() : "USD")
			.productAction(purchase.totalAmount(total))
			.timestamp(Instant.now())
			.sourceMessageId(UUID.randomUUID().toString());
		return forUser(request.customerId(), "customerId").addEvent(event);
	}

	static Batch session(Session request) {
		long durationSeconds = (request.durationSeconds() != null) ? request.durationSeconds() : 60;
		if (durationSeconds < 0 || durationSeconds > MAX_SESSION_SECONDS) {
			throw new InvalidRequestException("durationSeconds",
					"'durationSeconds' must be between 0 and " + MAX_SESSION_SECONDS + " (one day)");
		}
		String sessionUuid = UUID.randomUUID().toString();
		long sessionId = ThreadLocalRandom.current().nextLong();
		Instant start = Instant.now().minusSeconds(durationSeconds);
		Batch batch = forUser(request.customerId(), "customerId")
			.addEvent(new SessionStartEvent().sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.sourceMessageId(sessionUuid)
				.timestamp(start));
		List<String> screens = (request.screens() != null) ? request.screens() : List.of();
		for (int i = 0; i < screens.size(); i++) {
			batch.addEvent(new ScreenViewEvent(required(screens.get(i), "screens[" + i + "]")).sessionUuid(sessionUuid)
				.sessionId(sessionId)
				.sourceMessageId(UUID.randomUUID().toString())
				.timestamp(start.plusMillis(durationSeconds * 1000 * (i + 1) / (screens.size() + 1))));
		}
		return batch.addEvent(new SessionEndEvent().sessionDurationMs(durationSeconds * 1000)
			.sessionUuid(sessionUuid)
			.sessionId(sessionId)
			.sourceMessageId(UUID.randomUUID().toString())
			.timestamp(start.plusSeconds(durationSeconds)));
	}

	private static AppEvent appEvent(CustomEvent request, String prefix) {
		AppEvent.CustomEventType type = AppEvent.CustomEventType.OTHER;
		if (request.eventType() != null) {
			type = AppEvent.CustomEventType.fromValue(request.eventType());
			if (type == null) {
				throw new InvalidRequestException(prefix + "eventType",
						"'" + prefix + "eventType' must be one of "
								+ Arrays.stream(AppEvent.CustomEventType.values())
									.map(AppEvent.CustomEventType::value)
									.collect(Collectors.joining(", ")));
			}
		}
		AppEvent event = new AppEvent(type, required(request.eventName(), prefix + "eventName"))
			.timestamp(Instant.now())
			.sourceMessageId(UUID.randomUUID().toString());
		Map<String, String> attributes = request.attributes();
		if (attributes == null) {
			return event;
		}
		attributes.forEach((name, value) -> notNull(value, prefix + "attributes." + name));
		return event.customAttributes(attributes);
	}

	private static Batch forUser(@Nullable String customerId, String field) {
		return new Batch().userIdentities(new UserIdentities().customerId(required(customerId, field)));
	}

	private static BigDecimal amount(BigDecimal value, String field) {
		if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
			throw new InvalidRequestException(field,
					"'" + field + "' must be between 0 and " + MAX_AMOUNT.toPlainString());
		}
		return value;
	}

	private static <T> T notNull(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidRequestException(field, "'" + field + "' must not be null");
		}
		return value;
	}

	private static void putIfPresent(Batch batch, String name, @Nullable String value) {
		if (value != null) {
			batch.userAttribute(name, value);
		}
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidRequestException(field, "'" + field + "' is required");
		}
		return value;
	}

}

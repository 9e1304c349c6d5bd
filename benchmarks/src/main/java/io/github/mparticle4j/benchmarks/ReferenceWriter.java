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

package io.github.mparticle4j.benchmarks;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.ApplicationInformation;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.Event;
import io.github.mparticle4j.model.IdentityType;
import io.github.mparticle4j.model.Product;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.SessionEndEvent;
import io.github.mparticle4j.model.SessionStartEvent;
import io.github.mparticle4j.model.UserIdentities;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The reference that the client is measured against: a hand-written Jackson streaming
 * generator that writes a batch, read through the model's public getters, straight into a
 * pooled Netty buffer, with pre-encoded property names and no intermediate objects. It
 * writes the client's defaults (the environment and a random {@code source_request_id})
 * as it goes instead of copying the batch, and writes the same JSON as the client, byte
 * for byte and property for property (checked by {@code ReferenceWriterTests} and at the
 * start of every benchmark).
 * <p>
 * It knows only the parts of the model that {@link TypicalBatches} uses and fails on any
 * other, so that it can never quietly write less than the client. It does not validate.
 *
 * @author mparticle4j contributors
 */
public final class ReferenceWriter {

	/**
	 * The initial capacity of the buffer of one batch: a typical batch fits without
	 * growing it.
	 */
	public static final int SINGLE_CAPACITY = 4096;

	private static final SerializableString ENVIRONMENT = name("environment");

	private static final SerializableString SOURCE_REQUEST_ID = name("source_request_id");

	private static final SerializableString USER_IDENTITIES = name("user_identities");

	private static final SerializableString USER_ATTRIBUTES = name("user_attributes");

	private static final SerializableString DELETED_USER_ATTRIBUTES = name("deleted_user_attributes");

	private static final SerializableString DEVICE_INFO = name("device_info");

	private static final SerializableString APPLICATION_INFO = name("application_info");

	private static final SerializableString IP = name("ip");

	private static final SerializableString MPID = name("mpid");

	private static final SerializableString MP_DEVICEID = name("mp_deviceid");

	private static final SerializableString PARTNER_IDENTITIES = name("partner_identities");

	private static final SerializableString EVENTS = name("events");

	private static final SerializableString DATA = name("data");

	private static final SerializableString EVENT_TYPE = name("event_type");

	private static final SerializableString TIMESTAMP_UNIXTIME_MS = name("timestamp_unixtime_ms");

	private static final SerializableString SOURCE_MESSAGE_ID = name("source_message_id");

	private static final SerializableString SESSION_UUID = name("session_uuid");

	private static final SerializableString SESSION_ID = name("session_id");

	private static final SerializableString CUSTOM_ATTRIBUTES = name("custom_attributes");

	private static final SerializableString CUSTOM_FLAGS = name("custom_flags");

	private static final SerializableString EVENT_NAME = name("event_name");

	private static final SerializableString CUSTOM_EVENT_TYPE = name("custom_event_type");

	private static final SerializableString SCREEN_NAME = name("screen_name");

	private static final SerializableString ACTIVITY_TYPE = name("activity_type");

	private static final SerializableString SESSION_DURATION_MS = name("session_duration_ms");

	private static final SerializableString PRODUCT_ACTION = name("product_action");

	private static final SerializableString CURRENCY_CODE = name("currency_code");

	private static final SerializableString IS_NON_INTERACTIVE = name("is_non_interactive");

	private static final SerializableString ACTION = name("action");

	private static final SerializableString CHECKOUT_STEP = name("checkout_step");

	private static final SerializableString CHECKOUT_OPTIONS = name("checkout_options");

	private static final SerializableString PRODUCT_ACTION_LIST = name("product_action_list");

	private static final SerializableString PRODUCT_LIST_SOURCE = name("product_list_source");

	private static final SerializableString TRANSACTION_ID = name("transaction_id");

	private static final SerializableString AFFILIATION = name("affiliation");

	private static final SerializableString TOTAL_AMOUNT = name("total_amount");

	private static final SerializableString TAX_AMOUNT = name("tax_amount");

	private static final SerializableString SHIPPING_AMOUNT = name("shipping_amount");

	private static final SerializableString COUPON_CODE = name("coupon_code");

	private static final SerializableString PRODUCTS = name("products");

	private static final SerializableString ID = name("id");

	private static final SerializableString NAME = name("name");

	private static final SerializableString BRAND = name("brand");

	private static final SerializableString CATEGORY = name("category");

	private static final SerializableString VARIANT = name("variant");

	private static final SerializableString POSITION = name("position");

	private static final SerializableString PRICE = name("price");

	private static final SerializableString QUANTITY = name("quantity");

	private static final SerializableString ADDED_TO_CART_TIME_MS = name("added_to_cart_time_ms");

	private static final SerializableString TOTAL_PRODUCT_AMOUNT = name("total_product_amount");

	private static final SerializableString[] IDENTITY_NAMES = identityNames();

	private final JsonFactory factory = new JsonFactory();

	private final Batch.@Nullable Environment defaultEnvironment;

	/**
	 * Creates a writer.
	 * @param defaultEnvironment the environment to write for batches that have none, as
	 * the client does
	 */
	public ReferenceWriter(Batch.@Nullable Environment defaultEnvironment) {
		this.defaultEnvironment = defaultEnvironment;
	}

	/**
	 * Writes one batch into a new buffer from the given allocator.
	 * @param batch the batch
	 * @param allocator the allocator, normally a pooled one
	 * @return the buffer, which the caller must release (sending it does)
	 */
	public ByteBuf writeSingle(Batch batch, ByteBufAllocator allocator) {
		ByteBuf buffer = allocator.buffer(SINGLE_CAPACITY);
		writeSingle(batch, new ByteBufOutputStream(buffer));
		return buffer;
	}

	/**
	 * Writes one batch as {@code EventDispatcher.enqueue} serializes it on the caller's
	 * thread, into a new buffer from the given allocator: as {@link #writeSingle} does,
	 * but without drawing a {@code source_request_id} for a batch that has none (the
	 * dispatcher draws those on its worker, once per batch sent).
	 * @param batch the batch
	 * @param allocator the allocator, normally a pooled one
	 * @return the buffer, which the caller must release
	 */
	public ByteBuf writeEnqueued(Batch batch, ByteBufAllocator allocator) {
		ByteBuf buffer = allocator.buffer(SINGLE_CAPACITY);
		writeOne(batch, new ByteBufOutputStream(buffer), false);
		return buffer;
	}

	/**
	 * Writes the body of a bulk request, a JSON array of batches, into a new buffer from
	 * the given allocator.
	 * @param batches the batches
	 * @param allocator the allocator, normally a pooled one
	 * @return the buffer, which the caller must release (sending it does)
	 */
	public ByteBuf writeBulk(List<Batch> batches, ByteBufAllocator allocator) {
		ByteBuf buffer = allocator.buffer(SINGLE_CAPACITY * batches.size());
		writeBulk(batches, new ByteBufOutputStream(buffer));
		return buffer;
	}

	/**
	 * Writes one batch to a stream.
	 * @param batch the batch
	 * @param out the stream
	 */
	public void writeSingle(Batch batch, OutputStream out) {
		writeOne(batch, out, true);
	}

	private void writeOne(Batch batch, OutputStream out, boolean drawSourceRequestId) {
		try (JsonGenerator generator = this.factory.createGenerator(ObjectWriteContext.empty(), out)) {
			writeBatch(batch, generator, drawSourceRequestId);
		}
	}

	/**
	 * Writes the body of a bulk request, a JSON array of batches, to a stream.
	 * @param batches the batches
	 * @param out the stream
	 */
	public void writeBulk(List<Batch> batches, OutputStream out) {
		try (JsonGenerator generator = this.factory.createGenerator(ObjectWriteContext.empty(), out)) {
			generator.writeStartArray();
			for (int i = 0; i < batches.size(); i++) {
				writeBatch(batches.get(i), generator, true);
			}
			generator.writeEndArray();
		}
	}

	private void writeBatch(Batch batch, JsonGenerator generator, boolean drawSourceRequestId) {
		unsupported(batch.getContext(), "context");
		unsupported(batch.getConsentState(), "consent_state");
		unsupported(batch.getIntegrationAttributes(), "integration_attributes");
		generator.writeStartObject();
		Batch.Environment environment = (batch.getEnvironment() != null) ? batch.getEnvironment()
				: this.defaultEnvironment;
		if (environment != null) {
			generator.writeName(ENVIRONMENT);
			generator.writeString(environment.value());
		}
		String sourceRequestId = batch.getSourceRequestId();
		if (sourceRequestId != null || drawSourceRequestId) {
			generator.writeName(SOURCE_REQUEST_ID);
			generator.writeString((sourceRequestId != null) ? sourceRequestId : UUID.randomUUID().toString());
		}
		UserIdentities identities = batch.getUserIdentities();
		if (identities != null) {
			generator.writeName(USER_IDENTITIES);
			generator.writeStartObject();
			identities.asMap().forEach((type, value) -> {
				generator.writeName(IDENTITY_NAMES[type.ordinal()]);
				generator.writeString(value);
			});
			generator.writeEndObject();
		}
		Map<String, @Nullable Object> attributes = batch.getUserAttributes();
		if (!attributes.isEmpty()) {
			generator.writeName(USER_ATTRIBUTES);
			generator.writeStartObject();
			attributes.forEach((name, value) -> {
				generator.writeName(name);
				writeAttributeValue(value, generator);
			});
			generator.writeEndObject();
		}
		List<String> deleted = batch.getDeletedUserAttributes();
		if (!deleted.isEmpty()) {
			generator.writeName(DELETED_USER_ATTRIBUTES);
			generator.writeStartArray();
			for (int i = 0; i < deleted.size(); i++) {
				generator.writeString(deleted.get(i));
			}
			generator.writeEndArray();
		}
		if (batch.getDeviceInfo() != null) {
			generator.writeName(DEVICE_INFO);
			DeviceInfoWriter.write(batch.getDeviceInfo(), generator);
		}
		if (batch.getApplicationInfo() != null) {
			generator.writeName(APPLICATION_INFO);
			writeApplicationInfo(batch.getApplicationInfo(), generator);
		}
		string(IP, batch.getIp(), generator);
		if (batch.getMpid() != null) {
			generator.writeName(MPID);
			generator.writeNumber(batch.getMpid());
		}
		string(MP_DEVICEID, batch.getMpDeviceId(), generator);
		stringMap(PARTNER_IDENTITIES, batch.getPartnerIdentities(), generator);
		generator.writeName(EVENTS);
		generator.writeStartArray();
		List<Event<?>> events = batch.getEvents();
		for (int i = 0; i < events.size(); i++) {
			writeEvent(events.get(i), generator);
		}
		generator.writeEndArray();
		generator.writeEndObject();
	}

	private static void writeAttributeValue(@Nullable Object value, JsonGenerator generator) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof BigDecimal number) {
			generator.writeNumber(number);
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (int i = 0; i < list.size(); i++) {
				generator.writeString((String) list.get(i));
			}
			generator.writeEndArray();
		}
		else {
			throw new UnsupportedOperationException(
					"The reference writer does not write user attribute values of " + value.getClass().getName());
		}
	}

	private static void writeApplicationInfo(ApplicationInformation info, JsonGenerator generator) {
		unsupported(info.getAppleSearchAdsAttributes(), "apple_search_ads_attributes");
		generator.writeStartObject();
		optionalString("application_name", info.getApplicationName(), generator);
		optionalString("application_version", info.getApplicationVersion(), generator);
		optionalString("application_build_number", info.getApplicationBuildNumber(), generator);
		optionalString("install_referrer", info.getInstallReferrer(), generator);
		optionalString("package", info.getPackageName(), generator);
		if (info.getOs() != null) {
			generator.writeStringProperty("os", info.getOs().value());
		}
		generator.writeEndObject();
	}

	private static void writeEvent(Event<?> event, JsonGenerator generator) {
		unsupported(event.getLocation(), "location");
		unsupported(event.getDeviceCurrentState(), "device_current_state");
		generator.writeStartObject();
		generator.writeName(DATA);
		generator.writeStartObject();
		number(TIMESTAMP_UNIXTIME_MS, event.getTimestampUnixtimeMs(), generator);
		string(SOURCE_MESSAGE_ID, event.getSourceMessageId(), generator);
		string(SESSION_UUID, event.getSessionUuid(), generator);
		number(SESSION_ID, event.getSessionId(), generator);
		stringMap(CUSTOM_ATTRIBUTES, event.getCustomAttributes(), generator);
		stringMap(CUSTOM_FLAGS, event.getCustomFlags(), generator);
		if (event instanceof AppEvent appEvent) {
			string(EVENT_NAME, appEvent.getEventName(), generator);
			if (appEvent.getCustomEventType() != null) {
				generator.writeName(CUSTOM_EVENT_TYPE);
				generator.writeString(appEvent.getCustomEventType().value());
			}
		}
		else if (event instanceof ScreenViewEvent screenView) {
			string(SCREEN_NAME, screenView.getScreenName(), generator);
			string(ACTIVITY_TYPE, screenView.getActivityType(), generator);
		}
		else if (event instanceof CommerceEvent commerce) {
			writeCommerceEvent(commerce, generator);
		}
		else if (event instanceof SessionEndEvent sessionEnd) {
			number(SESSION_DURATION_MS, sessionEnd.getSessionDurationMs(), generator);
		}
		else if (!(event instanceof SessionStartEvent)) {
			throw new UnsupportedOperationException(
					"The reference writer does not write " + event.getClass().getSimpleName());
		}
		generator.writeEndObject();
		generator.writeName(EVENT_TYPE);
		generator.writeString(event.getEventType().value());
		generator.writeEndObject();
	}

	private static void writeCommerceEvent(CommerceEvent event, JsonGenerator generator) {
		unsupported(event.getPromotionAction(), "promotion_action");
		unsupported(event.getProductImpressions(), "product_impressions");
		unsupported(event.getShoppingCart(), "shopping_cart");
		ProductAction action = event.getProductAction();
		if (action != null) {
			generator.writeName(PRODUCT_ACTION);
			generator.writeStartObject();
			if (action.getAction() != null) {
				generator.writeName(ACTION);
				generator.writeString(action.getAction().value());
			}
			if (action.getCheckoutStep() != null) {
				generator.writeName(CHECKOUT_STEP);
				generator.writeNumber(action.getCheckoutStep());
			}
			string(CHECKOUT_OPTIONS, action.getCheckoutOptions(), generator);
			string(PRODUCT_ACTION_LIST, action.getProductActionList(), generator);
			string(PRODUCT_LIST_SOURCE, action.getProductListSource(), generator);
			string(TRANSACTION_ID, action.getTransactionId(), generator);
			string(AFFILIATION, action.getAffiliation(), generator);
			decimal(TOTAL_AMOUNT, action.getTotalAmount(), generator);
			decimal(TAX_AMOUNT, action.getTaxAmount(), generator);
			decimal(SHIPPING_AMOUNT, action.getShippingAmount(), generator);
			string(COUPON_CODE, action.getCouponCode(), generator);
			List<Product> products = action.getProducts();
			if (!products.isEmpty()) {
				generator.writeName(PRODUCTS);
				generator.writeStartArray();
				for (int i = 0; i < products.size(); i++) {
					writeProduct(products.get(i), generator);
				}
				generator.writeEndArray();
			}
			generator.writeEndObject();
		}
		string(CURRENCY_CODE, event.getCurrencyCode(), generator);
		string(SCREEN_NAME, event.getScreenName(), generator);
		if (event.getNonInteractive() != null) {
			generator.writeName(IS_NON_INTERACTIVE);
			generator.writeBoolean(event.getNonInteractive());
		}
		string(EVENT_NAME, event.getEventName(), generator);
		if (event.getCustomEventType() != null) {
			generator.writeName(CUSTOM_EVENT_TYPE);
			generator.writeString(event.getCustomEventType().value());
		}
	}

	private static void writeProduct(Product product, JsonGenerator generator) {
		generator.writeStartObject();
		string(ID, product.getId(), generator);
		string(NAME, product.getName(), generator);
		string(BRAND, product.getBrand(), generator);
		string(CATEGORY, product.getCategory(), generator);
		string(VARIANT, product.getVariant(), generator);
		if (product.getPosition() != null) {
			generator.writeName(POSITION);
			generator.writeNumber(product.getPosition());
		}
		decimal(PRICE, product.getPrice(), generator);
		decimal(QUANTITY, product.getQuantity(), generator);
		string(COUPON_CODE, product.getCouponCode(), generator);
		number(ADDED_TO_CART_TIME_MS, product.getAddedToCartTimeMs(), generator);
		decimal(TOTAL_PRODUCT_AMOUNT, product.getTotalProductAmount(), generator);
		stringMap(CUSTOM_ATTRIBUTES, product.getCustomAttributes(), generator);
		generator.writeEndObject();
	}

	static void string(SerializableString name, @Nullable String value, JsonGenerator generator) {
		if (value != null) {
			generator.writeName(name);
			generator.writeString(value);
		}
	}

	private static void optionalString(String name, @Nullable String value, JsonGenerator generator) {
		if (value != null) {
			generator.writeStringProperty(name, value);
		}
	}

	static void number(SerializableString name, @Nullable Long value, JsonGenerator generator) {
		if (value != null) {
			generator.writeName(name);
			generator.writeNumber(value);
		}
	}

	private static void decimal(SerializableString name, @Nullable BigDecimal value, JsonGenerator generator) {
		if (value != null) {
			generator.writeName(name);
			generator.writeNumber(value);
		}
	}

	private static void stringMap(SerializableString name, Map<String, String> map, JsonGenerator generator) {
		if (!map.isEmpty()) {
			generator.writeName(name);
			generator.writeStartObject();
			map.forEach((key, value) -> {
				generator.writeName(key);
				generator.writeString(value);
			});
			generator.writeEndObject();
		}
	}

	private static void unsupported(@Nullable Object value, String what) {
		boolean present = (value instanceof Map<?, ?> map) ? !map.isEmpty()
				: (value instanceof List<?> list) ? !list.isEmpty() : value != null;
		if (present) {
			throw new UnsupportedOperationException("The reference writer does not write " + what);
		}
	}

	static SerializableString name(String name) {
		return new SerializedString(name);
	}

	private static SerializableString[] identityNames() {
		IdentityType[] types = IdentityType.values();
		SerializableString[] names = new SerializableString[types.length];
		for (IdentityType type : types) {
			names[type.ordinal()] = name(type.value());
		}
		return names;
	}

}

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

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A commerce event ({@code commerce_event}). Each one is exactly one of three kinds, and
 * the client rejects an event that is none or several of them:
 * <ul>
 * <li>product-based: set a {@link #productAction(ProductAction) product action};</li>
 * <li>promotion-based: set a {@link #promotionAction(PromotionAction) promotion
 * action};</li>
 * <li>impression-based: add {@link #addProductImpression(ProductImpression) product
 * impressions}.</li>
 * </ul>
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("commerce_event")
public final class CommerceEvent extends Event<CommerceEvent> {

	@JsonProperty("product_action")
	private @Nullable ProductAction productAction;

	@JsonProperty("promotion_action")
	private @Nullable PromotionAction promotionAction;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("product_impressions")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<ProductImpression> productImpressions;

	@JsonProperty("shopping_cart")
	private @Nullable ShoppingCart shoppingCart;

	@JsonProperty("currency_code")
	private @Nullable String currencyCode;

	@JsonProperty("screen_name")
	private @Nullable String screenName;

	@JsonProperty("is_non_interactive")
	private @Nullable Boolean nonInteractive;

	@JsonProperty("event_name")
	private @Nullable String eventName;

	@JsonProperty("custom_event_type")
	private @Nullable CommerceEventType customEventType;

	/**
	 * Creates a new {@code commerce_event} event.
	 */
	public CommerceEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.COMMERCE_EVENT;
	}

	/**
	 * Sets the product action of a product-based event ({@code product_action}).
	 * @param productAction the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent productAction(@Nullable ProductAction productAction) {
		this.productAction = productAction;
		return this;
	}

	/**
	 * Returns the product action of a product-based event ({@code product_action}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ProductAction getProductAction() {
		return this.productAction;
	}

	/**
	 * Sets the promotion action of a promotion-based event ({@code promotion_action}).
	 * @param promotionAction the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent promotionAction(@Nullable PromotionAction promotionAction) {
		this.promotionAction = promotionAction;
		return this;
	}

	/**
	 * Returns the promotion action of a promotion-based event ({@code promotion_action}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable PromotionAction getPromotionAction() {
		return this.promotionAction;
	}

	/**
	 * Adds one of the product impressions of an impression-based event
	 * ({@code product_impressions}).
	 * @param productImpression the element to add
	 * @return this event
	 */
	public CommerceEvent addProductImpression(ProductImpression productImpression) {
		this.productImpressions = ModelCollections.add(this.productImpressions, "productImpression", productImpression);
		return this;
	}

	/**
	 * Replaces the product impressions of an impression-based event
	 * ({@code product_impressions}).
	 * @param productImpressions the elements, or {@code null} for none
	 * @return this event
	 */
	public CommerceEvent productImpressions(@Nullable Collection<? extends ProductImpression> productImpressions) {
		this.productImpressions = ModelCollections.copy(productImpressions, "productImpression");
		return this;
	}

	/**
	 * Returns the product impressions of an impression-based event
	 * ({@code product_impressions}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<ProductImpression> getProductImpressions() {
		return ModelCollections.view(this.productImpressions);
	}

	/**
	 * Sets the current state of the shopping cart ({@code shopping_cart}).
	 * @param shoppingCart the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent shoppingCart(@Nullable ShoppingCart shoppingCart) {
		this.shoppingCart = shoppingCart;
		return this;
	}

	/**
	 * Returns the current state of the shopping cart ({@code shopping_cart}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ShoppingCart getShoppingCart() {
		return this.shoppingCart;
	}

	/**
	 * Sets the ISO 4217 currency of all amounts, such as {@code USD}
	 * ({@code currency_code}).
	 * @param currencyCode the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent currencyCode(@Nullable String currencyCode) {
		this.currencyCode = currencyCode;
		return this;
	}

	/**
	 * Returns the ISO 4217 currency of all amounts, such as {@code USD}
	 * ({@code currency_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCurrencyCode() {
		return this.currencyCode;
	}

	/**
	 * Sets the screen on which the event happened ({@code screen_name}).
	 * @param screenName the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent screenName(@Nullable String screenName) {
		this.screenName = screenName;
		return this;
	}

	/**
	 * Returns the screen on which the event happened ({@code screen_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getScreenName() {
		return this.screenName;
	}

	/**
	 * Sets whether the event happened without user interaction
	 * ({@code is_non_interactive}).
	 * @param nonInteractive the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent nonInteractive(@Nullable Boolean nonInteractive) {
		this.nonInteractive = nonInteractive;
		return this;
	}

	/**
	 * Returns whether the event happened without user interaction
	 * ({@code is_non_interactive}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getNonInteractive() {
		return this.nonInteractive;
	}

	/**
	 * Sets the name of the event, at most 256 characters ({@code event_name}).
	 * @param eventName the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent eventName(@Nullable String eventName) {
		this.eventName = eventName;
		return this;
	}

	/**
	 * Returns the name of the event, at most 256 characters ({@code event_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getEventName() {
		return this.eventName;
	}

	/**
	 * Sets the commerce event type ({@code custom_event_type}).
	 * @param customEventType the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CommerceEvent customEventType(@Nullable CommerceEventType customEventType) {
		this.customEventType = customEventType;
		return this;
	}

	/**
	 * Returns the commerce event type ({@code custom_event_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable CommerceEventType getCustomEventType() {
		return this.customEventType;
	}

	/**
	 * The type of a commerce event ({@code custom_event_type}), usually derived by
	 * mParticle from the action.
	 */
	public enum CommerceEventType {

		/** Product added to the cart. */
		ADD_TO_CART("add_to_cart"),

		/** Product removed from the cart. */
		REMOVE_FROM_CART("remove_from_cart"),

		/** Checkout. */
		CHECKOUT("checkout"),

		/** Checkout option chosen. */
		CHECKOUT_OPTION("checkout_option"),

		/** Product clicked. */
		CLICK("click"),

		/** Product details viewed. */
		VIEW_DETAIL("view_detail"),

		/** Purchase. */
		PURCHASE("purchase"),

		/** Refund. */
		REFUND("refund"),

		/** Promotion viewed. */
		PROMOTION_VIEW("promotion_view"),

		/** Promotion clicked. */
		PROMOTION_CLICK("promotion_click"),

		/** Product added to the wish list. */
		ADD_TO_WISHLIST("add_to_wishlist"),

		/**
		 * Product removed from the wish list (note the spelling, which differs from
		 * {@link ProductAction.Action#REMOVE_FROM_WISH_LIST}).
		 */
		REMOVE_FROM_WISHLIST("remove_from_wishlist"),

		/** Product impression. */
		IMPRESSION("impression");

		private final String value;

		CommerceEventType(String value) {
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
		public static @Nullable CommerceEventType fromValue(@Nullable String value) {
			return WireValues.find(values(), CommerceEventType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

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
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * What the user did with one or more products in a product-based {@link CommerceEvent}
 * ({@code product_action}). Amounts are exact decimals, written as JSON numbers.
 *
 * @author mparticle4j contributors
 */
public final class ProductAction extends ModelObject {

	@JsonProperty("action")
	private @Nullable Action action;

	@JsonProperty("checkout_step")
	private @Nullable Integer checkoutStep;

	@JsonProperty("checkout_options")
	private @Nullable String checkoutOptions;

	@JsonProperty("product_action_list")
	private @Nullable String productActionList;

	@JsonProperty("product_list_source")
	private @Nullable String productListSource;

	@JsonProperty("transaction_id")
	private @Nullable String transactionId;

	@JsonProperty("affiliation")
	private @Nullable String affiliation;

	@JsonProperty("total_amount")
	private @Nullable BigDecimal totalAmount;

	@JsonProperty("tax_amount")
	private @Nullable BigDecimal taxAmount;

	@JsonProperty("shipping_amount")
	private @Nullable BigDecimal shippingAmount;

	@JsonProperty("coupon_code")
	private @Nullable String couponCode;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("products")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<Product> products;

	/**
	 * Creates a new instance.
	 * @param action the action
	 */
	public ProductAction(Action action) {
		this.action = Objects.requireNonNull(action, "'action' must not be null");
	}

	@JsonCreator
	private ProductAction() {
	}

	/**
	 * Sets the action ({@code action}).
	 * @param action the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction action(@Nullable Action action) {
		this.action = action;
		return this;
	}

	/**
	 * Returns the action ({@code action}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Action getAction() {
		return this.action;
	}

	/**
	 * Sets the step of the checkout process ({@code checkout_step}).
	 * @param checkoutStep the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction checkoutStep(@Nullable Integer checkoutStep) {
		this.checkoutStep = checkoutStep;
		return this;
	}

	/**
	 * Returns the step of the checkout process ({@code checkout_step}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getCheckoutStep() {
		return this.checkoutStep;
	}

	/**
	 * Sets the checkout options chosen ({@code checkout_options}).
	 * @param checkoutOptions the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction checkoutOptions(@Nullable String checkoutOptions) {
		this.checkoutOptions = checkoutOptions;
		return this;
	}

	/**
	 * Returns the checkout options chosen ({@code checkout_options}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCheckoutOptions() {
		return this.checkoutOptions;
	}

	/**
	 * Sets the list the products were shown in ({@code product_action_list}).
	 * @param productActionList the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction productActionList(@Nullable String productActionList) {
		this.productActionList = productActionList;
		return this;
	}

	/**
	 * Returns the list the products were shown in ({@code product_action_list}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getProductActionList() {
		return this.productActionList;
	}

	/**
	 * Sets the source of the product list ({@code product_list_source}).
	 * @param productListSource the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction productListSource(@Nullable String productListSource) {
		this.productListSource = productListSource;
		return this;
	}

	/**
	 * Returns the source of the product list ({@code product_list_source}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getProductListSource() {
		return this.productListSource;
	}

	/**
	 * Sets the id of the transaction ({@code transaction_id}).
	 * @param transactionId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction transactionId(@Nullable String transactionId) {
		this.transactionId = transactionId;
		return this;
	}

	/**
	 * Returns the id of the transaction ({@code transaction_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getTransactionId() {
		return this.transactionId;
	}

	/**
	 * Sets the store or affiliation of the transaction ({@code affiliation}).
	 * @param affiliation the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction affiliation(@Nullable String affiliation) {
		this.affiliation = affiliation;
		return this;
	}

	/**
	 * Returns the store or affiliation of the transaction ({@code affiliation}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getAffiliation() {
		return this.affiliation;
	}

	/**
	 * Sets the total amount of the transaction ({@code total_amount}).
	 * @param totalAmount the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction totalAmount(@Nullable BigDecimal totalAmount) {
		this.totalAmount = totalAmount;
		return this;
	}

	/**
	 * Returns the total amount of the transaction ({@code total_amount}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getTotalAmount() {
		return this.totalAmount;
	}

	/**
	 * Sets the tax amount of the transaction ({@code tax_amount}).
	 * @param taxAmount the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction taxAmount(@Nullable BigDecimal taxAmount) {
		this.taxAmount = taxAmount;
		return this;
	}

	/**
	 * Returns the tax amount of the transaction ({@code tax_amount}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getTaxAmount() {
		return this.taxAmount;
	}

	/**
	 * Sets the shipping amount of the transaction ({@code shipping_amount}).
	 * @param shippingAmount the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction shippingAmount(@Nullable BigDecimal shippingAmount) {
		this.shippingAmount = shippingAmount;
		return this;
	}

	/**
	 * Returns the shipping amount of the transaction ({@code shipping_amount}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getShippingAmount() {
		return this.shippingAmount;
	}

	/**
	 * Sets the coupon code used ({@code coupon_code}).
	 * @param couponCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ProductAction couponCode(@Nullable String couponCode) {
		this.couponCode = couponCode;
		return this;
	}

	/**
	 * Returns the coupon code used ({@code coupon_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCouponCode() {
		return this.couponCode;
	}

	/**
	 * Adds one of the products the action applies to ({@code products}).
	 * @param product the element to add
	 * @return this object
	 */
	public ProductAction addProduct(Product product) {
		this.products = ModelCollections.add(this.products, "product", product);
		return this;
	}

	/**
	 * Replaces the products the action applies to ({@code products}).
	 * @param products the elements, or {@code null} for none
	 * @return this object
	 */
	public ProductAction products(@Nullable Collection<? extends Product> products) {
		this.products = ModelCollections.copy(products, "product");
		return this;
	}

	/**
	 * Returns the products the action applies to ({@code products}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<Product> getProducts() {
		return ModelCollections.view(this.products);
	}

	/**
	 * A product action ({@code action}).
	 */
	public enum Action {

		/** Added to the cart. */
		ADD_TO_CART("add_to_cart"),

		/** Removed from the cart. */
		REMOVE_FROM_CART("remove_from_cart"),

		/** Checkout. */
		CHECKOUT("checkout"),

		/** Checkout option chosen. */
		CHECKOUT_OPTION("checkout_option"),

		/** Clicked. */
		CLICK("click"),

		/** Details viewed. */
		VIEW_DETAIL("view_detail"),

		/** Purchased. */
		PURCHASE("purchase"),

		/** Refunded. */
		REFUND("refund"),

		/** Added to the wish list. */
		ADD_TO_WISHLIST("add_to_wishlist"),

		/**
		 * Removed from the wish list (note the spelling, which differs from
		 * {@link CommerceEvent.CommerceEventType#REMOVE_FROM_WISHLIST}).
		 */
		REMOVE_FROM_WISH_LIST("remove_from_wish_list");

		private final String value;

		Action(String value) {
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
		public static @Nullable Action fromValue(@Nullable String value) {
			return WireValues.find(values(), Action::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * A product in a {@link ProductAction}, {@link ProductImpression} or
 * {@link ShoppingCart}. Amounts and quantities are exact decimals, written as JSON
 * numbers.
 *
 * @author mparticle4j contributors
 */
public final class Product extends ModelObject {

	@JsonProperty("id")
	private @Nullable String id;

	@JsonProperty("name")
	private @Nullable String name;

	@JsonProperty("brand")
	private @Nullable String brand;

	@JsonProperty("category")
	private @Nullable String category;

	@JsonProperty("variant")
	private @Nullable String variant;

	@JsonProperty("position")
	private @Nullable Integer position;

	@JsonProperty("price")
	private @Nullable BigDecimal price;

	@JsonProperty("quantity")
	private @Nullable BigDecimal quantity;

	@JsonProperty("coupon_code")
	private @Nullable String couponCode;

	@JsonProperty("added_to_cart_time_ms")
	private @Nullable Long addedToCartTimeMs;

	@JsonProperty("total_product_amount")
	private @Nullable BigDecimal totalProductAmount;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("custom_attributes")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, String> customAttributes;

	/**
	 * Creates a new instance.
	 */
	public Product() {
	}

	/**
	 * Sets the id (SKU) of the product ({@code id}).
	 * @param id the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product id(@Nullable String id) {
		this.id = id;
		return this;
	}

	/**
	 * Returns the id (SKU) of the product ({@code id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Sets the name of the product ({@code name}).
	 * @param name the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product name(@Nullable String name) {
		this.name = name;
		return this;
	}

	/**
	 * Returns the name of the product ({@code name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Sets the brand of the product ({@code brand}).
	 * @param brand the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product brand(@Nullable String brand) {
		this.brand = brand;
		return this;
	}

	/**
	 * Returns the brand of the product ({@code brand}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getBrand() {
		return this.brand;
	}

	/**
	 * Sets the category of the product ({@code category}).
	 * @param category the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product category(@Nullable String category) {
		this.category = category;
		return this;
	}

	/**
	 * Returns the category of the product ({@code category}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCategory() {
		return this.category;
	}

	/**
	 * Sets the variant of the product ({@code variant}).
	 * @param variant the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product variant(@Nullable String variant) {
		this.variant = variant;
		return this;
	}

	/**
	 * Returns the variant of the product ({@code variant}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getVariant() {
		return this.variant;
	}

	/**
	 * Sets the position of the product in a list ({@code position}).
	 * @param position the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product position(@Nullable Integer position) {
		this.position = position;
		return this;
	}

	/**
	 * Returns the position of the product in a list ({@code position}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getPosition() {
		return this.position;
	}

	/**
	 * Sets the unit price of the product ({@code price}).
	 * @param price the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product price(@Nullable BigDecimal price) {
		this.price = price;
		return this;
	}

	/**
	 * Returns the unit price of the product ({@code price}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getPrice() {
		return this.price;
	}

	/**
	 * Sets the quantity of the product ({@code quantity}).
	 * @param quantity the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product quantity(@Nullable BigDecimal quantity) {
		this.quantity = quantity;
		return this;
	}

	/**
	 * Returns the quantity of the product ({@code quantity}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getQuantity() {
		return this.quantity;
	}

	/**
	 * Sets the coupon code applied to the product ({@code coupon_code}).
	 * @param couponCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product couponCode(@Nullable String couponCode) {
		this.couponCode = couponCode;
		return this;
	}

	/**
	 * Returns the coupon code applied to the product ({@code coupon_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCouponCode() {
		return this.couponCode;
	}

	/**
	 * Sets when the product was added to the cart, in milliseconds since the epoch
	 * ({@code added_to_cart_time_ms}).
	 * @param addedToCartTimeMs the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product addedToCartTimeMs(@Nullable Long addedToCartTimeMs) {
		this.addedToCartTimeMs = addedToCartTimeMs;
		return this;
	}

	/**
	 * Returns when the product was added to the cart, in milliseconds since the epoch
	 * ({@code added_to_cart_time_ms}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getAddedToCartTimeMs() {
		return this.addedToCartTimeMs;
	}

	/**
	 * Sets the total amount for the product (price times quantity)
	 * ({@code total_product_amount}).
	 * @param totalProductAmount the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Product totalProductAmount(@Nullable BigDecimal totalProductAmount) {
		this.totalProductAmount = totalProductAmount;
		return this;
	}

	/**
	 * Returns the total amount for the product (price times quantity)
	 * ({@code total_product_amount}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable BigDecimal getTotalProductAmount() {
		return this.totalProductAmount;
	}

	/**
	 * Adds one entry to the custom attributes of the product ({@code custom_attributes}),
	 * replacing any entry with the same name.
	 * @param name the name
	 * @param value the value
	 * @return this object
	 */
	public Product customAttribute(String name, String value) {
		this.customAttributes = ModelCollections.put(this.customAttributes, "customAttribute", name, value);
		return this;
	}

	/**
	 * Replaces the custom attributes of the product ({@code custom_attributes}).
	 * @param customAttributes the entries, or {@code null} for none
	 * @return this object
	 */
	public Product customAttributes(@Nullable Map<String, ? extends String> customAttributes) {
		this.customAttributes = ModelCollections.copy(customAttributes, "customAttribute");
		return this;
	}

	/**
	 * Returns the custom attributes of the product ({@code custom_attributes}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public Map<String, String> getCustomAttributes() {
		return ModelCollections.view(this.customAttributes);
	}

}

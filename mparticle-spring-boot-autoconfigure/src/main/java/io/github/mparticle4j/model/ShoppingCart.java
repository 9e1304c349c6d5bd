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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * The current contents of the shopping cart ({@code shopping_cart}).
 *
 * @author mparticle4j contributors
 */
public final class ShoppingCart extends ModelObject {

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("products")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<Product> products;

	/**
	 * Creates a new instance.
	 */
	public ShoppingCart() {
	}

	/**
	 * Adds one of the products in the cart ({@code products}).
	 * @param product the element to add
	 * @return this object
	 */
	public ShoppingCart addProduct(Product product) {
		this.products = ModelCollections.add(this.products, "product", product);
		return this;
	}

	/**
	 * Replaces the products in the cart ({@code products}).
	 * @param products the elements, or {@code null} for none
	 * @return this object
	 */
	public ShoppingCart products(@Nullable Collection<? extends Product> products) {
		this.products = ModelCollections.copy(products, "product");
		return this;
	}

	/**
	 * Returns the products in the cart ({@code products}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<Product> getProducts() {
		return ModelCollections.view(this.products);
	}

}

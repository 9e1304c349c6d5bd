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
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * What the user did with one or more promotions in a promotion-based
 * {@link CommerceEvent} ({@code promotion_action}).
 *
 * @author mparticle4j contributors
 */
public final class PromotionAction extends ModelObject {

	@JsonProperty("action")
	private @Nullable Action action;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("promotions")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<Promotion> promotions;

	/**
	 * Creates a new instance.
	 * @param action the action
	 */
	public PromotionAction(Action action) {
		this.action = Objects.requireNonNull(action, "'action' must not be null");
	}

	@JsonCreator
	private PromotionAction() {
	}

	/**
	 * Sets the action ({@code action}).
	 * @param action the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public PromotionAction action(@Nullable Action action) {
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
	 * Adds one of the promotions the action applies to ({@code promotions}).
	 * @param promotion the element to add
	 * @return this object
	 */
	public PromotionAction addPromotion(Promotion promotion) {
		this.promotions = ModelCollections.add(this.promotions, "promotion", promotion);
		return this;
	}

	/**
	 * Replaces the promotions the action applies to ({@code promotions}).
	 * @param promotions the elements, or {@code null} for none
	 * @return this object
	 */
	public PromotionAction promotions(@Nullable Collection<? extends Promotion> promotions) {
		this.promotions = ModelCollections.copy(promotions, "promotion");
		return this;
	}

	/**
	 * Returns the promotions the action applies to ({@code promotions}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<Promotion> getPromotions() {
		return ModelCollections.view(this.promotions);
	}

	/**
	 * A promotion action ({@code action}).
	 */
	public enum Action {

		/** Viewed. */
		VIEW("view"),

		/** Clicked. */
		CLICK("click");

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

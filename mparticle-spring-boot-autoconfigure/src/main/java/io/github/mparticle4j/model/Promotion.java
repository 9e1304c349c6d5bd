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

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An internal promotion, such as a banner, in a {@link PromotionAction}.
 *
 * @author mparticle4j contributors
 */
public final class Promotion extends ModelObject {

	@JsonProperty("id")
	private @Nullable String id;

	@JsonProperty("name")
	private @Nullable String name;

	@JsonProperty("creative")
	private @Nullable String creative;

	@JsonProperty("position")
	private @Nullable String position;

	/**
	 * Creates a new instance.
	 */
	public Promotion() {
	}

	/**
	 * Sets the id of the promotion ({@code id}).
	 * @param id the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Promotion id(@Nullable String id) {
		this.id = id;
		return this;
	}

	/**
	 * Returns the id of the promotion ({@code id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Sets the name of the promotion ({@code name}).
	 * @param name the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Promotion name(@Nullable String name) {
		this.name = name;
		return this;
	}

	/**
	 * Returns the name of the promotion ({@code name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Sets the creative shown ({@code creative}).
	 * @param creative the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Promotion creative(@Nullable String creative) {
		this.creative = creative;
		return this;
	}

	/**
	 * Returns the creative shown ({@code creative}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCreative() {
		return this.creative;
	}

	/**
	 * Sets where the promotion was shown, such as {@code top} ({@code position}).
	 * @param position the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public Promotion position(@Nullable String position) {
		this.position = position;
		return this;
	}

	/**
	 * Returns where the promotion was shown, such as {@code top} ({@code position}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPosition() {
		return this.position;
	}

}

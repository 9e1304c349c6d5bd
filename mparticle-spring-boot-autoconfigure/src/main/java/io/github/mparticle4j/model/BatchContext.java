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
 * The context of a batch ({@code context}): the data plan it is validated against, and
 * where the batch comes from.
 *
 * @author mparticle4j contributors
 */
public final class BatchContext extends ModelObject {

	@JsonProperty("data_plan")
	private @Nullable DataPlanContext dataPlan;

	@JsonProperty("location")
	private @Nullable GeoLocation location;

	/**
	 * Creates a new instance.
	 */
	public BatchContext() {
	}

	/**
	 * Sets the data plan to validate the batch against ({@code data_plan}).
	 * @param dataPlan the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public BatchContext dataPlan(@Nullable DataPlanContext dataPlan) {
		this.dataPlan = dataPlan;
		return this;
	}

	/**
	 * Returns the data plan to validate the batch against ({@code data_plan}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable DataPlanContext getDataPlan() {
		return this.dataPlan;
	}

	/**
	 * Sets the location of the batch, used when no event has one ({@code location}).
	 * @param location the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public BatchContext location(@Nullable GeoLocation location) {
		this.location = location;
		return this;
	}

	/**
	 * Returns the location of the batch, used when no event has one ({@code location}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable GeoLocation getLocation() {
		return this.location;
	}

}

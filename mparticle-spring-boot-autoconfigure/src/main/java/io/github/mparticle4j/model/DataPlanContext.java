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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The data plan that a batch is validated against ({@code data_plan}).
 *
 * @author mparticle4j contributors
 */
public final class DataPlanContext extends ModelObject {

	@JsonProperty("plan_id")
	private @Nullable String planId;

	@JsonProperty("plan_version")
	private @Nullable Integer planVersion;

	/**
	 * Creates a new instance.
	 * @param planId the id of the data plan
	 */
	public DataPlanContext(String planId) {
		this.planId = Objects.requireNonNull(planId, "'planId' must not be null");
	}

	@JsonCreator
	private DataPlanContext() {
	}

	/**
	 * Sets the id of the data plan ({@code plan_id}).
	 * @param planId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DataPlanContext planId(@Nullable String planId) {
		this.planId = planId;
		return this;
	}

	/**
	 * Returns the id of the data plan ({@code plan_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPlanId() {
		return this.planId;
	}

	/**
	 * Sets the version of the data plan; the latest version is used when unset
	 * ({@code plan_version}).
	 * @param planVersion the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DataPlanContext planVersion(@Nullable Integer planVersion) {
		this.planVersion = planVersion;
		return this;
	}

	/**
	 * Returns the version of the data plan; the latest version is used when unset
	 * ({@code plan_version}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getPlanVersion() {
		return this.planVersion;
	}

}

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

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened ({@code location}). Only latitude, longitude and accuracy are
 * known to every version of the API; the other fields are documented in the JSON
 * reference since 2023.
 *
 * @author mparticle4j contributors
 */
public final class GeoLocation extends ModelObject {

	@JsonProperty("latitude")
	private @Nullable Double latitude;

	@JsonProperty("longitude")
	private @Nullable Double longitude;

	@JsonProperty("accuracy")
	private @Nullable Double accuracy;

	@JsonProperty("country_code")
	private @Nullable String countryCode;

	@JsonProperty("region_code")
	private @Nullable String regionCode;

	@JsonProperty("city_name")
	private @Nullable String cityName;

	@JsonProperty("postal_code")
	private @Nullable String postalCode;

	@JsonProperty("dma_code")
	private @Nullable Integer dmaCode;

	@JsonProperty("location_source")
	private @Nullable LocationSource locationSource;

	/**
	 * Creates a location from its coordinates.
	 * @param latitude the latitude in degrees, which must be finite
	 * @param longitude the longitude in degrees, which must be finite
	 */
	public GeoLocation(double latitude, double longitude) {
		this.latitude = ModelCollections.finite("latitude", latitude);
		this.longitude = ModelCollections.finite("longitude", longitude);
	}

	@JsonCreator
	private GeoLocation() {
	}

	/**
	 * Sets the latitude in degrees ({@code latitude}).
	 * @param latitude the value, which must be finite, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation latitude(@Nullable Double latitude) {
		this.latitude = ModelCollections.finite("latitude", latitude);
		return this;
	}

	/**
	 * Returns the latitude in degrees ({@code latitude}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getLatitude() {
		return this.latitude;
	}

	/**
	 * Sets the longitude in degrees ({@code longitude}).
	 * @param longitude the value, which must be finite, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation longitude(@Nullable Double longitude) {
		this.longitude = ModelCollections.finite("longitude", longitude);
		return this;
	}

	/**
	 * Returns the longitude in degrees ({@code longitude}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getLongitude() {
		return this.longitude;
	}

	/**
	 * Sets the accuracy in metres ({@code accuracy}).
	 * @param accuracy the value, which must be finite, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation accuracy(@Nullable Double accuracy) {
		this.accuracy = ModelCollections.finite("accuracy", accuracy);
		return this;
	}

	/**
	 * Returns the accuracy in metres ({@code accuracy}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getAccuracy() {
		return this.accuracy;
	}

	/**
	 * Sets the ISO 3166-1 alpha-2 country code ({@code country_code}).
	 * @param countryCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation countryCode(@Nullable String countryCode) {
		this.countryCode = countryCode;
		return this;
	}

	/**
	 * Returns the ISO 3166-1 alpha-2 country code ({@code country_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCountryCode() {
		return this.countryCode;
	}

	/**
	 * Sets the ISO 3166-2 subdivision code ({@code region_code}).
	 * @param regionCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation regionCode(@Nullable String regionCode) {
		this.regionCode = regionCode;
		return this;
	}

	/**
	 * Returns the ISO 3166-2 subdivision code ({@code region_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getRegionCode() {
		return this.regionCode;
	}

	/**
	 * Sets the name of the city ({@code city_name}).
	 * @param cityName the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation cityName(@Nullable String cityName) {
		this.cityName = cityName;
		return this;
	}

	/**
	 * Returns the name of the city ({@code city_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCityName() {
		return this.cityName;
	}

	/**
	 * Sets the postal code ({@code postal_code}).
	 * @param postalCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation postalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
		return this;
	}

	/**
	 * Returns the postal code ({@code postal_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPostalCode() {
		return this.postalCode;
	}

	/**
	 * Sets the designated market area code ({@code dma_code}).
	 * @param dmaCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation dmaCode(@Nullable Integer dmaCode) {
		this.dmaCode = dmaCode;
		return this;
	}

	/**
	 * Returns the designated market area code ({@code dma_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getDmaCode() {
		return this.dmaCode;
	}

	/**
	 * Sets how the location was determined ({@code location_source}).
	 * @param locationSource the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public GeoLocation locationSource(@Nullable LocationSource locationSource) {
		this.locationSource = locationSource;
		return this;
	}

	/**
	 * Returns how the location was determined ({@code location_source}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable LocationSource getLocationSource() {
		return this.locationSource;
	}

	@JsonProperty("latitude")
	private void readLatitude(@Nullable Double value) {
		latitude(value);
	}

	@JsonProperty("longitude")
	private void readLongitude(@Nullable Double value) {
		longitude(value);
	}

	@JsonProperty("accuracy")
	private void readAccuracy(@Nullable Double value) {
		accuracy(value);
	}

	/**
	 * How a location was determined ({@code location_source}).
	 */
	public enum LocationSource {

		/** Unknown. */
		UNKNOWN("unknown"),

		/** Looked up from the IP address. */
		IP_LOOKUP("ip_lookup"),

		/** From latitude and longitude. */
		LAT_LONG("lat_long");

		private final String value;

		LocationSource(String value) {
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
		public static @Nullable LocationSource fromValue(@Nullable String value) {
			return WireValues.find(values(), LocationSource::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

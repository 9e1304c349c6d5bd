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

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * Information about the app that produced the data ({@code application_info}).
 *
 * @author mparticle4j contributors
 */
public final class ApplicationInformation extends ModelObject {

	@JsonProperty("application_name")
	private @Nullable String applicationName;

	@JsonProperty("application_version")
	private @Nullable String applicationVersion;

	@JsonProperty("application_build_number")
	private @Nullable String applicationBuildNumber;

	@JsonProperty("install_referrer")
	private @Nullable String installReferrer;

	@JsonProperty("package")
	private @Nullable String packageName;

	@JsonProperty("os")
	private @Nullable Os os;

	@JsonSetter(contentNulls = Nulls.FAIL)
	@JsonProperty("apple_search_ads_attributes")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable Map<String, Map<String, String>> appleSearchAdsAttributes;

	/**
	 * Creates a new instance.
	 */
	public ApplicationInformation() {
	}

	/**
	 * Sets the name of the app ({@code application_name}).
	 * @param applicationName the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation applicationName(@Nullable String applicationName) {
		this.applicationName = applicationName;
		return this;
	}

	/**
	 * Returns the name of the app ({@code application_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getApplicationName() {
		return this.applicationName;
	}

	/**
	 * Sets the version of the app ({@code application_version}).
	 * @param applicationVersion the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation applicationVersion(@Nullable String applicationVersion) {
		this.applicationVersion = applicationVersion;
		return this;
	}

	/**
	 * Returns the version of the app ({@code application_version}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getApplicationVersion() {
		return this.applicationVersion;
	}

	/**
	 * Sets the build number of the app ({@code application_build_number}).
	 * @param applicationBuildNumber the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation applicationBuildNumber(@Nullable String applicationBuildNumber) {
		this.applicationBuildNumber = applicationBuildNumber;
		return this;
	}

	/**
	 * Returns the build number of the app ({@code application_build_number}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getApplicationBuildNumber() {
		return this.applicationBuildNumber;
	}

	/**
	 * Sets the Google Play install referrer ({@code install_referrer}).
	 * @param installReferrer the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation installReferrer(@Nullable String installReferrer) {
		this.installReferrer = installReferrer;
		return this;
	}

	/**
	 * Returns the Google Play install referrer ({@code install_referrer}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getInstallReferrer() {
		return this.installReferrer;
	}

	/**
	 * Sets the package or bundle name of the app ({@code package}).
	 * @param packageName the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation packageName(@Nullable String packageName) {
		this.packageName = packageName;
		return this;
	}

	/**
	 * Returns the package or bundle name of the app ({@code package}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPackageName() {
		return this.packageName;
	}

	/**
	 * Sets the operating system the app runs on ({@code os}).
	 * @param os the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public ApplicationInformation os(@Nullable Os os) {
		this.os = os;
		return this;
	}

	/**
	 * Returns the operating system the app runs on ({@code os}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Os getOs() {
		return this.os;
	}

	/**
	 * Adds one entry to the Apple Search Ads attribution data, keyed by version such as
	 * {@code Version3.1} ({@code apple_search_ads_attributes}), replacing any entry with
	 * the same name.
	 * @param name the name
	 * @param value the value
	 * @return this object
	 */
	public ApplicationInformation appleSearchAdsAttribute(String name, Map<String, String> value) {
		this.appleSearchAdsAttributes = ModelCollections.put(this.appleSearchAdsAttributes, "appleSearchAdsAttribute",
				name, value);
		return this;
	}

	/**
	 * Replaces the Apple Search Ads attribution data, keyed by version such as
	 * {@code Version3.1} ({@code apple_search_ads_attributes}).
	 * @param appleSearchAdsAttributes the entries, or {@code null} for none
	 * @return this object
	 */
	public ApplicationInformation appleSearchAdsAttributes(
			@Nullable Map<String, ? extends Map<String, String>> appleSearchAdsAttributes) {
		this.appleSearchAdsAttributes = ModelCollections.copy(appleSearchAdsAttributes, "appleSearchAdsAttribute");
		return this;
	}

	/**
	 * Returns the Apple Search Ads attribution data, keyed by version such as
	 * {@code Version3.1} ({@code apple_search_ads_attributes}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public Map<String, Map<String, String>> getAppleSearchAdsAttributes() {
		return ModelCollections.view(this.appleSearchAdsAttributes);
	}

	/**
	 * The operating system of an app ({@code os}).
	 */
	public enum Os {

		/** Unknown. */
		UNKNOWN("Unknown"),

		/** iOS. */
		IOS("IOS"),

		/** Android. */
		ANDROID("Android"),

		/** Windows Phone. */
		WINDOWS_PHONE("WindowsPhone"),

		/** Mobile web. */
		MOBILE_WEB("MobileWeb"),

		/** Unity on iOS. */
		UNITY_IOS("UnityIOS"),

		/** Unity on Android. */
		UNITY_ANDROID("UnityAndroid"),

		/** Desktop. */
		DESKTOP("Desktop"),

		/** tvOS. */
		TVOS("TVOS"),

		/** Roku. */
		ROKU("Roku"),

		/** Out of band. */
		OUT_OF_BAND("OutOfBand"),

		/** Alexa. */
		ALEXA("Alexa"),

		/** Smart TV. */
		SMART_TV("SmartTV"),

		/** Fire TV. */
		FIRE_TV("FireTV"),

		/** Xbox. */
		XBOX("Xbox");

		private final String value;

		Os(String value) {
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
		public static @Nullable Os fromValue(@Nullable String value) {
			return WireValues.find(values(), Os::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

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
 * Information about the user's device ({@code device_info}), including its advertising
 * and vendor identifiers, which count as device identities: a batch needs a user
 * identity, a device identity, an mParticle id ({@code mpid}) or an mParticle device id
 * ({@code mp_deviceid}). The device identities are {@code ios_advertising_id},
 * {@code ios_idfv}, {@code android_advertising_id}, {@code android_uuid},
 * {@code push_token}, {@code roku_advertising_id}, {@code roku_publisher_id},
 * {@code fire_advertising_id}, {@code microsoft_advertising_id} and
 * {@code microsoft_publisher_id}.
 * <p>
 * The UUID-valued identifiers ({@code ios_advertising_id}, {@code ios_idfv},
 * {@code android_advertising_id}, {@code roku_advertising_id}, {@code roku_publisher_id},
 * {@code fire_advertising_id}) must be UUIDs in the standard 8-4-4-4-12 form.
 *
 * @author mparticle4j contributors
 */
public final class DeviceInformation extends ModelObject {

	@JsonProperty("brand")
	private @Nullable String brand;

	@JsonProperty("product")
	private @Nullable String product;

	@JsonProperty("device")
	private @Nullable String device;

	@JsonProperty("android_uuid")
	private @Nullable String androidUuid;

	@JsonProperty("device_manufacturer")
	private @Nullable String deviceManufacturer;

	@JsonProperty("platform")
	private @Nullable Platform platform;

	@JsonProperty("os_version")
	private @Nullable String osVersion;

	@JsonProperty("device_model")
	private @Nullable String deviceModel;

	@JsonProperty("screen_height")
	private @Nullable Integer screenHeight;

	@JsonProperty("screen_width")
	private @Nullable Integer screenWidth;

	@JsonProperty("screen_dpi")
	private @Nullable Integer screenDpi;

	@JsonProperty("device_country")
	private @Nullable String deviceCountry;

	@JsonProperty("locale_language")
	private @Nullable String localeLanguage;

	@JsonProperty("locale_country")
	private @Nullable String localeCountry;

	@JsonProperty("network_country")
	private @Nullable String networkCountry;

	@JsonProperty("network_carrier")
	private @Nullable String networkCarrier;

	@JsonProperty("network_code")
	private @Nullable String networkCode;

	@JsonProperty("network_mobile_country_code")
	private @Nullable String networkMobileCountryCode;

	@JsonProperty("timezone_offset")
	private @Nullable Integer timezoneOffset;

	@JsonProperty("build_identifier")
	private @Nullable String buildIdentifier;

	@JsonProperty("http_header_user_agent")
	private @Nullable String httpHeaderUserAgent;

	@JsonProperty("ios_advertising_id")
	private @Nullable String iosAdvertisingId;

	@JsonProperty("att_authorization_status")
	private @Nullable ATTAuthorizationStatus attAuthorizationStatus;

	@JsonProperty("att_timestamp_unixtime_ms")
	private @Nullable Long attTimestampUnixtimeMs;

	@JsonProperty("push_token")
	private @Nullable String pushToken;

	@JsonProperty("cpu_architecture")
	private @Nullable String cpuArchitecture;

	@JsonProperty("is_tablet")
	private @Nullable Boolean tablet;

	@JsonProperty("push_notification_sound_enabled")
	private @Nullable Boolean pushNotificationSoundEnabled;

	@JsonProperty("push_notification_vibrate_enabled")
	private @Nullable Boolean pushNotificationVibrateEnabled;

	@JsonProperty("radio_access_technology")
	private @Nullable String radioAccessTechnology;

	@JsonProperty("supports_telephony")
	private @Nullable Boolean supportsTelephony;

	@JsonProperty("has_nfc")
	private @Nullable Boolean hasNfc;

	@JsonProperty("bluetooth_enabled")
	private @Nullable Boolean bluetoothEnabled;

	@JsonProperty("bluetooth_version")
	private @Nullable String bluetoothVersion;

	@JsonProperty("ios_idfv")
	private @Nullable String iosIdfv;

	@JsonProperty("android_advertising_id")
	private @Nullable String androidAdvertisingId;

	@JsonProperty("build_version_release")
	private @Nullable String buildVersionRelease;

	@JsonProperty("limit_ad_tracking")
	private @Nullable Boolean limitAdTracking;

	@JsonProperty("amp_id")
	private @Nullable String ampId;

	@JsonProperty("is_dst")
	private @Nullable Boolean dst;

	@JsonProperty("roku_advertising_id")
	private @Nullable String rokuAdvertisingId;

	@JsonProperty("roku_publisher_id")
	private @Nullable String rokuPublisherId;

	@JsonProperty("microsoft_advertising_id")
	private @Nullable String microsoftAdvertisingId;

	@JsonProperty("microsoft_publisher_id")
	private @Nullable String microsoftPublisherId;

	@JsonProperty("fire_advertising_id")
	private @Nullable String fireAdvertisingId;

	/**
	 * Creates a new instance.
	 */
	public DeviceInformation() {
	}

	/**
	 * Sets the brand of the device, such as {@code Google} ({@code brand}).
	 * @param brand the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation brand(@Nullable String brand) {
		this.brand = brand;
		return this;
	}

	/**
	 * Returns the brand of the device, such as {@code Google} ({@code brand}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getBrand() {
		return this.brand;
	}

	/**
	 * Sets the product name of the device ({@code product}).
	 * @param product the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation product(@Nullable String product) {
		this.product = product;
		return this;
	}

	/**
	 * Returns the product name of the device ({@code product}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getProduct() {
		return this.product;
	}

	/**
	 * Sets the name of the device ({@code device}).
	 * @param device the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation device(@Nullable String device) {
		this.device = device;
		return this;
	}

	/**
	 * Returns the name of the device ({@code device}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDevice() {
		return this.device;
	}

	/**
	 * Sets the legacy Android device id ({@code android_uuid}).
	 * @param androidUuid the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation androidUuid(@Nullable String androidUuid) {
		this.androidUuid = androidUuid;
		return this;
	}

	/**
	 * Returns the legacy Android device id ({@code android_uuid}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getAndroidUuid() {
		return this.androidUuid;
	}

	/**
	 * Sets the manufacturer of the device ({@code device_manufacturer}).
	 * @param deviceManufacturer the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation deviceManufacturer(@Nullable String deviceManufacturer) {
		this.deviceManufacturer = deviceManufacturer;
		return this;
	}

	/**
	 * Returns the manufacturer of the device ({@code device_manufacturer}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDeviceManufacturer() {
		return this.deviceManufacturer;
	}

	/**
	 * Sets the platform of the device ({@code platform}).
	 * @param platform the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation platform(@Nullable Platform platform) {
		this.platform = platform;
		return this;
	}

	/**
	 * Returns the platform of the device ({@code platform}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Platform getPlatform() {
		return this.platform;
	}

	/**
	 * Sets the version of the operating system, such as {@code 17.1.1}
	 * ({@code os_version}).
	 * @param osVersion the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation osVersion(@Nullable String osVersion) {
		this.osVersion = osVersion;
		return this;
	}

	/**
	 * Returns the version of the operating system, such as {@code 17.1.1}
	 * ({@code os_version}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getOsVersion() {
		return this.osVersion;
	}

	/**
	 * Sets the model of the device ({@code device_model}).
	 * @param deviceModel the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation deviceModel(@Nullable String deviceModel) {
		this.deviceModel = deviceModel;
		return this;
	}

	/**
	 * Returns the model of the device ({@code device_model}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDeviceModel() {
		return this.deviceModel;
	}

	/**
	 * Sets the screen height in pixels ({@code screen_height}).
	 * @param screenHeight the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation screenHeight(@Nullable Integer screenHeight) {
		this.screenHeight = screenHeight;
		return this;
	}

	/**
	 * Returns the screen height in pixels ({@code screen_height}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getScreenHeight() {
		return this.screenHeight;
	}

	/**
	 * Sets the screen width in pixels ({@code screen_width}).
	 * @param screenWidth the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation screenWidth(@Nullable Integer screenWidth) {
		this.screenWidth = screenWidth;
		return this;
	}

	/**
	 * Returns the screen width in pixels ({@code screen_width}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getScreenWidth() {
		return this.screenWidth;
	}

	/**
	 * Sets the screen density in dots per inch ({@code screen_dpi}).
	 * @param screenDpi the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation screenDpi(@Nullable Integer screenDpi) {
		this.screenDpi = screenDpi;
		return this;
	}

	/**
	 * Returns the screen density in dots per inch ({@code screen_dpi}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getScreenDpi() {
		return this.screenDpi;
	}

	/**
	 * Sets the country the device is set to ({@code device_country}).
	 * @param deviceCountry the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation deviceCountry(@Nullable String deviceCountry) {
		this.deviceCountry = deviceCountry;
		return this;
	}

	/**
	 * Returns the country the device is set to ({@code device_country}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDeviceCountry() {
		return this.deviceCountry;
	}

	/**
	 * Sets the language of the device locale ({@code locale_language}).
	 * @param localeLanguage the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation localeLanguage(@Nullable String localeLanguage) {
		this.localeLanguage = localeLanguage;
		return this;
	}

	/**
	 * Returns the language of the device locale ({@code locale_language}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getLocaleLanguage() {
		return this.localeLanguage;
	}

	/**
	 * Sets the country of the device locale ({@code locale_country}).
	 * @param localeCountry the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation localeCountry(@Nullable String localeCountry) {
		this.localeCountry = localeCountry;
		return this;
	}

	/**
	 * Returns the country of the device locale ({@code locale_country}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getLocaleCountry() {
		return this.localeCountry;
	}

	/**
	 * Sets the country of the mobile network ({@code network_country}).
	 * @param networkCountry the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation networkCountry(@Nullable String networkCountry) {
		this.networkCountry = networkCountry;
		return this;
	}

	/**
	 * Returns the country of the mobile network ({@code network_country}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getNetworkCountry() {
		return this.networkCountry;
	}

	/**
	 * Sets the mobile network carrier ({@code network_carrier}).
	 * @param networkCarrier the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation networkCarrier(@Nullable String networkCarrier) {
		this.networkCarrier = networkCarrier;
		return this;
	}

	/**
	 * Returns the mobile network carrier ({@code network_carrier}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getNetworkCarrier() {
		return this.networkCarrier;
	}

	/**
	 * Sets the mobile network code ({@code network_code}).
	 * @param networkCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation networkCode(@Nullable String networkCode) {
		this.networkCode = networkCode;
		return this;
	}

	/**
	 * Returns the mobile network code ({@code network_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getNetworkCode() {
		return this.networkCode;
	}

	/**
	 * Sets the mobile country code of the network ({@code network_mobile_country_code}).
	 * @param networkMobileCountryCode the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation networkMobileCountryCode(@Nullable String networkMobileCountryCode) {
		this.networkMobileCountryCode = networkMobileCountryCode;
		return this;
	}

	/**
	 * Returns the mobile country code of the network
	 * ({@code network_mobile_country_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getNetworkMobileCountryCode() {
		return this.networkMobileCountryCode;
	}

	/**
	 * Sets the offset of the device's time zone from UTC, in hours
	 * ({@code timezone_offset}).
	 * @param timezoneOffset the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation timezoneOffset(@Nullable Integer timezoneOffset) {
		this.timezoneOffset = timezoneOffset;
		return this;
	}

	/**
	 * Returns the offset of the device's time zone from UTC, in hours
	 * ({@code timezone_offset}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getTimezoneOffset() {
		return this.timezoneOffset;
	}

	/**
	 * Sets the build identifier of the operating system ({@code build_identifier}).
	 * @param buildIdentifier the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation buildIdentifier(@Nullable String buildIdentifier) {
		this.buildIdentifier = buildIdentifier;
		return this;
	}

	/**
	 * Returns the build identifier of the operating system ({@code build_identifier}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getBuildIdentifier() {
		return this.buildIdentifier;
	}

	/**
	 * Sets the User-Agent header of the device's browser
	 * ({@code http_header_user_agent}).
	 * @param httpHeaderUserAgent the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation httpHeaderUserAgent(@Nullable String httpHeaderUserAgent) {
		this.httpHeaderUserAgent = httpHeaderUserAgent;
		return this;
	}

	/**
	 * Returns the User-Agent header of the device's browser
	 * ({@code http_header_user_agent}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getHttpHeaderUserAgent() {
		return this.httpHeaderUserAgent;
	}

	/**
	 * Sets the iOS advertising identifier (IDFA), a UUID ({@code ios_advertising_id}).
	 * @param iosAdvertisingId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation iosAdvertisingId(@Nullable String iosAdvertisingId) {
		this.iosAdvertisingId = iosAdvertisingId;
		return this;
	}

	/**
	 * Returns the iOS advertising identifier (IDFA), a UUID ({@code ios_advertising_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getIosAdvertisingId() {
		return this.iosAdvertisingId;
	}

	/**
	 * Sets the App Tracking Transparency authorization status
	 * ({@code att_authorization_status}).
	 * @param attAuthorizationStatus the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation attAuthorizationStatus(@Nullable ATTAuthorizationStatus attAuthorizationStatus) {
		this.attAuthorizationStatus = attAuthorizationStatus;
		return this;
	}

	/**
	 * Returns the App Tracking Transparency authorization status
	 * ({@code att_authorization_status}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable ATTAuthorizationStatus getAttAuthorizationStatus() {
		return this.attAuthorizationStatus;
	}

	/**
	 * Sets when the user answered the App Tracking Transparency prompt, in milliseconds
	 * since the epoch ({@code att_timestamp_unixtime_ms}).
	 * @param attTimestampUnixtimeMs the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation attTimestampUnixtimeMs(@Nullable Long attTimestampUnixtimeMs) {
		this.attTimestampUnixtimeMs = attTimestampUnixtimeMs;
		return this;
	}

	/**
	 * Returns when the user answered the App Tracking Transparency prompt, in
	 * milliseconds since the epoch ({@code att_timestamp_unixtime_ms}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getAttTimestampUnixtimeMs() {
		return this.attTimestampUnixtimeMs;
	}

	/**
	 * Sets the push notification token ({@code push_token}).
	 * @param pushToken the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation pushToken(@Nullable String pushToken) {
		this.pushToken = pushToken;
		return this;
	}

	/**
	 * Returns the push notification token ({@code push_token}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPushToken() {
		return this.pushToken;
	}

	/**
	 * Sets the CPU architecture ({@code cpu_architecture}).
	 * @param cpuArchitecture the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation cpuArchitecture(@Nullable String cpuArchitecture) {
		this.cpuArchitecture = cpuArchitecture;
		return this;
	}

	/**
	 * Returns the CPU architecture ({@code cpu_architecture}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCpuArchitecture() {
		return this.cpuArchitecture;
	}

	/**
	 * Sets whether the device is a tablet ({@code is_tablet}).
	 * @param tablet the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation tablet(@Nullable Boolean tablet) {
		this.tablet = tablet;
		return this;
	}

	/**
	 * Returns whether the device is a tablet ({@code is_tablet}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getTablet() {
		return this.tablet;
	}

	/**
	 * Sets whether push notification sounds are enabled
	 * ({@code push_notification_sound_enabled}).
	 * @param pushNotificationSoundEnabled the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation pushNotificationSoundEnabled(@Nullable Boolean pushNotificationSoundEnabled) {
		this.pushNotificationSoundEnabled = pushNotificationSoundEnabled;
		return this;
	}

	/**
	 * Returns whether push notification sounds are enabled
	 * ({@code push_notification_sound_enabled}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getPushNotificationSoundEnabled() {
		return this.pushNotificationSoundEnabled;
	}

	/**
	 * Sets whether push notification vibration is enabled
	 * ({@code push_notification_vibrate_enabled}).
	 * @param pushNotificationVibrateEnabled the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation pushNotificationVibrateEnabled(@Nullable Boolean pushNotificationVibrateEnabled) {
		this.pushNotificationVibrateEnabled = pushNotificationVibrateEnabled;
		return this;
	}

	/**
	 * Returns whether push notification vibration is enabled
	 * ({@code push_notification_vibrate_enabled}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getPushNotificationVibrateEnabled() {
		return this.pushNotificationVibrateEnabled;
	}

	/**
	 * Sets the radio access technology, such as {@code LTE}
	 * ({@code radio_access_technology}).
	 * @param radioAccessTechnology the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation radioAccessTechnology(@Nullable String radioAccessTechnology) {
		this.radioAccessTechnology = radioAccessTechnology;
		return this;
	}

	/**
	 * Returns the radio access technology, such as {@code LTE}
	 * ({@code radio_access_technology}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getRadioAccessTechnology() {
		return this.radioAccessTechnology;
	}

	/**
	 * Sets whether the device supports telephony ({@code supports_telephony}).
	 * @param supportsTelephony the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation supportsTelephony(@Nullable Boolean supportsTelephony) {
		this.supportsTelephony = supportsTelephony;
		return this;
	}

	/**
	 * Returns whether the device supports telephony ({@code supports_telephony}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getSupportsTelephony() {
		return this.supportsTelephony;
	}

	/**
	 * Sets whether the device has NFC ({@code has_nfc}).
	 * @param hasNfc the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation hasNfc(@Nullable Boolean hasNfc) {
		this.hasNfc = hasNfc;
		return this;
	}

	/**
	 * Returns whether the device has NFC ({@code has_nfc}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getHasNfc() {
		return this.hasNfc;
	}

	/**
	 * Sets whether Bluetooth is enabled ({@code bluetooth_enabled}).
	 * @param bluetoothEnabled the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation bluetoothEnabled(@Nullable Boolean bluetoothEnabled) {
		this.bluetoothEnabled = bluetoothEnabled;
		return this;
	}

	/**
	 * Returns whether Bluetooth is enabled ({@code bluetooth_enabled}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getBluetoothEnabled() {
		return this.bluetoothEnabled;
	}

	/**
	 * Sets the Bluetooth version ({@code bluetooth_version}).
	 * @param bluetoothVersion the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation bluetoothVersion(@Nullable String bluetoothVersion) {
		this.bluetoothVersion = bluetoothVersion;
		return this;
	}

	/**
	 * Returns the Bluetooth version ({@code bluetooth_version}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getBluetoothVersion() {
		return this.bluetoothVersion;
	}

	/**
	 * Sets the iOS identifier for vendor (IDFV), a UUID ({@code ios_idfv}).
	 * @param iosIdfv the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation iosIdfv(@Nullable String iosIdfv) {
		this.iosIdfv = iosIdfv;
		return this;
	}

	/**
	 * Returns the iOS identifier for vendor (IDFV), a UUID ({@code ios_idfv}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getIosIdfv() {
		return this.iosIdfv;
	}

	/**
	 * Sets the Google advertising id (GAID), a UUID ({@code android_advertising_id}).
	 * @param androidAdvertisingId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation androidAdvertisingId(@Nullable String androidAdvertisingId) {
		this.androidAdvertisingId = androidAdvertisingId;
		return this;
	}

	/**
	 * Returns the Google advertising id (GAID), a UUID ({@code android_advertising_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getAndroidAdvertisingId() {
		return this.androidAdvertisingId;
	}

	/**
	 * Sets the Android build version release ({@code build_version_release}).
	 * @param buildVersionRelease the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation buildVersionRelease(@Nullable String buildVersionRelease) {
		this.buildVersionRelease = buildVersionRelease;
		return this;
	}

	/**
	 * Returns the Android build version release ({@code build_version_release}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getBuildVersionRelease() {
		return this.buildVersionRelease;
	}

	/**
	 * Sets whether the user limits ad tracking ({@code limit_ad_tracking}).
	 * @param limitAdTracking the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation limitAdTracking(@Nullable Boolean limitAdTracking) {
		this.limitAdTracking = limitAdTracking;
		return this;
	}

	/**
	 * Returns whether the user limits ad tracking ({@code limit_ad_tracking}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getLimitAdTracking() {
		return this.limitAdTracking;
	}

	/**
	 * Sets the AMP client id ({@code amp_id}).
	 * @param ampId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation ampId(@Nullable String ampId) {
		this.ampId = ampId;
		return this;
	}

	/**
	 * Returns the AMP client id ({@code amp_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getAmpId() {
		return this.ampId;
	}

	/**
	 * Sets whether daylight saving time is in effect on the device ({@code is_dst}).
	 * @param dst the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation dst(@Nullable Boolean dst) {
		this.dst = dst;
		return this;
	}

	/**
	 * Returns whether daylight saving time is in effect on the device ({@code is_dst}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getDst() {
		return this.dst;
	}

	/**
	 * Sets the Roku advertising id, a UUID ({@code roku_advertising_id}).
	 * @param rokuAdvertisingId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation rokuAdvertisingId(@Nullable String rokuAdvertisingId) {
		this.rokuAdvertisingId = rokuAdvertisingId;
		return this;
	}

	/**
	 * Returns the Roku advertising id, a UUID ({@code roku_advertising_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getRokuAdvertisingId() {
		return this.rokuAdvertisingId;
	}

	/**
	 * Sets the Roku publisher id, a UUID ({@code roku_publisher_id}).
	 * @param rokuPublisherId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation rokuPublisherId(@Nullable String rokuPublisherId) {
		this.rokuPublisherId = rokuPublisherId;
		return this;
	}

	/**
	 * Returns the Roku publisher id, a UUID ({@code roku_publisher_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getRokuPublisherId() {
		return this.rokuPublisherId;
	}

	/**
	 * Sets the Microsoft (UWP) advertising id ({@code microsoft_advertising_id}).
	 * @param microsoftAdvertisingId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation microsoftAdvertisingId(@Nullable String microsoftAdvertisingId) {
		this.microsoftAdvertisingId = microsoftAdvertisingId;
		return this;
	}

	/**
	 * Returns the Microsoft (UWP) advertising id ({@code microsoft_advertising_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getMicrosoftAdvertisingId() {
		return this.microsoftAdvertisingId;
	}

	/**
	 * Sets the Microsoft (UWP) publisher id ({@code microsoft_publisher_id}).
	 * @param microsoftPublisherId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation microsoftPublisherId(@Nullable String microsoftPublisherId) {
		this.microsoftPublisherId = microsoftPublisherId;
		return this;
	}

	/**
	 * Returns the Microsoft (UWP) publisher id ({@code microsoft_publisher_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getMicrosoftPublisherId() {
		return this.microsoftPublisherId;
	}

	/**
	 * Sets the Amazon Fire advertising id, a UUID ({@code fire_advertising_id}).
	 * @param fireAdvertisingId the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceInformation fireAdvertisingId(@Nullable String fireAdvertisingId) {
		this.fireAdvertisingId = fireAdvertisingId;
		return this;
	}

	/**
	 * Returns the Amazon Fire advertising id, a UUID ({@code fire_advertising_id}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getFireAdvertisingId() {
		return this.fireAdvertisingId;
	}

	/**
	 * The platform of a device ({@code platform}). The wire values are case-sensitive and
	 * partly mixed-case, such as {@code iOS}.
	 */
	public enum Platform {

		/** iOS. */
		IOS("iOS"),

		/** Android. */
		ANDROID("Android"),

		/** Web. */
		WEB("web"),

		/** tvOS. */
		TVOS("tvOS"),

		/** Roku. */
		ROKU("roku"),

		/** Out of band (server-side data with no device). */
		OUT_OF_BAND("out_of_band"),

		/** Alexa. */
		ALEXA("alexa"),

		/** Smart TV. */
		SMART_TV("smart_tv"),

		/** Fire TV. */
		FIRE_TV("fire_tv"),

		/** Xbox. */
		XBOX("xbox");

		private final String value;

		Platform(String value) {
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
		public static @Nullable Platform fromValue(@Nullable String value) {
			return WireValues.find(values(), Platform::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The App Tracking Transparency authorization status of an iOS device
	 * ({@code att_authorization_status}).
	 */
	public enum ATTAuthorizationStatus {

		/** The user allowed tracking. */
		AUTHORIZED("authorized"),

		/** The user denied tracking. */
		DENIED("denied"),

		/** The user has not been asked. */
		NOT_DETERMINED("not_determined"),

		/** Tracking is restricted on the device. */
		RESTRICTED("restricted");

		private final String value;

		ATTAuthorizationStatus(String value) {
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
		public static @Nullable ATTAuthorizationStatus fromValue(@Nullable String value) {
			return WireValues.find(values(), ATTAuthorizationStatus::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

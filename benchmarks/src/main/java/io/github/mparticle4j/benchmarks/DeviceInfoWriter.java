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

package io.github.mparticle4j.benchmarks;

import io.github.mparticle4j.model.DeviceInformation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes {@code device_info} for the {@link ReferenceWriter}: every field, in the order
 * of the model.
 *
 * @author mparticle4j contributors
 */
final class DeviceInfoWriter {

	private static final SerializableString BRAND = ReferenceWriter.name("brand");

	private static final SerializableString PRODUCT = ReferenceWriter.name("product");

	private static final SerializableString DEVICE = ReferenceWriter.name("device");

	private static final SerializableString ANDROID_UUID = ReferenceWriter.name("android_uuid");

	private static final SerializableString DEVICE_MANUFACTURER = ReferenceWriter.name("device_manufacturer");

	private static final SerializableString PLATFORM = ReferenceWriter.name("platform");

	private static final SerializableString OS_VERSION = ReferenceWriter.name("os_version");

	private static final SerializableString DEVICE_MODEL = ReferenceWriter.name("device_model");

	private static final SerializableString SCREEN_HEIGHT = ReferenceWriter.name("screen_height");

	private static final SerializableString SCREEN_WIDTH = ReferenceWriter.name("screen_width");

	private static final SerializableString SCREEN_DPI = ReferenceWriter.name("screen_dpi");

	private static final SerializableString DEVICE_COUNTRY = ReferenceWriter.name("device_country");

	private static final SerializableString LOCALE_LANGUAGE = ReferenceWriter.name("locale_language");

	private static final SerializableString LOCALE_COUNTRY = ReferenceWriter.name("locale_country");

	private static final SerializableString NETWORK_COUNTRY = ReferenceWriter.name("network_country");

	private static final SerializableString NETWORK_CARRIER = ReferenceWriter.name("network_carrier");

	private static final SerializableString NETWORK_CODE = ReferenceWriter.name("network_code");

	private static final SerializableString NETWORK_MOBILE_COUNTRY_CODE = ReferenceWriter
		.name("network_mobile_country_code");

	private static final SerializableString TIMEZONE_OFFSET = ReferenceWriter.name("timezone_offset");

	private static final SerializableString BUILD_IDENTIFIER = ReferenceWriter.name("build_identifier");

	private static final SerializableString HTTP_HEADER_USER_AGENT = ReferenceWriter.name("http_header_user_agent");

	private static final SerializableString IOS_ADVERTISING_ID = ReferenceWriter.name("ios_advertising_id");

	private static final SerializableString ATT_AUTHORIZATION_STATUS = ReferenceWriter.name("att_authorization_status");

	private static final SerializableString ATT_TIMESTAMP_UNIXTIME_MS = ReferenceWriter
		.name("att_timestamp_unixtime_ms");

	private static final SerializableString PUSH_TOKEN = ReferenceWriter.name("push_token");

	private static final SerializableString CPU_ARCHITECTURE = ReferenceWriter.name("cpu_architecture");

	private static final SerializableString IS_TABLET = ReferenceWriter.name("is_tablet");

	private static final SerializableString PUSH_NOTIFICATION_SOUND_ENABLED = ReferenceWriter
		.name("push_notification_sound_enabled");

	private static final SerializableString PUSH_NOTIFICATION_VIBRATE_ENABLED = ReferenceWriter
		.name("push_notification_vibrate_enabled");

	private static final SerializableString RADIO_ACCESS_TECHNOLOGY = ReferenceWriter.name("radio_access_technology");

	private static final SerializableString SUPPORTS_TELEPHONY = ReferenceWriter.name("supports_telephony");

	private static final SerializableString HAS_NFC = ReferenceWriter.name("has_nfc");

	private static final SerializableString BLUETOOTH_ENABLED = ReferenceWriter.name("bluetooth_enabled");

	private static final SerializableString BLUETOOTH_VERSION = ReferenceWriter.name("bluetooth_version");

	private static final SerializableString IOS_IDFV = ReferenceWriter.name("ios_idfv");

	private static final SerializableString ANDROID_ADVERTISING_ID = ReferenceWriter.name("android_advertising_id");

	private static final SerializableString BUILD_VERSION_RELEASE = ReferenceWriter.name("build_version_release");

	private static final SerializableString LIMIT_AD_TRACKING = ReferenceWriter.name("limit_ad_tracking");

	private static final SerializableString AMP_ID = ReferenceWriter.name("amp_id");

	private static final SerializableString IS_DST = ReferenceWriter.name("is_dst");

	private static final SerializableString ROKU_ADVERTISING_ID = ReferenceWriter.name("roku_advertising_id");

	private static final SerializableString ROKU_PUBLISHER_ID = ReferenceWriter.name("roku_publisher_id");

	private static final SerializableString MICROSOFT_ADVERTISING_ID = ReferenceWriter.name("microsoft_advertising_id");

	private static final SerializableString MICROSOFT_PUBLISHER_ID = ReferenceWriter.name("microsoft_publisher_id");

	private static final SerializableString FIRE_ADVERTISING_ID = ReferenceWriter.name("fire_advertising_id");

	private DeviceInfoWriter() {
	}

	static void write(DeviceInformation device, JsonGenerator generator) {
		generator.writeStartObject();
		ReferenceWriter.string(BRAND, device.getBrand(), generator);
		ReferenceWriter.string(PRODUCT, device.getProduct(), generator);
		ReferenceWriter.string(DEVICE, device.getDevice(), generator);
		ReferenceWriter.string(ANDROID_UUID, device.getAndroidUuid(), generator);
		ReferenceWriter.string(DEVICE_MANUFACTURER, device.getDeviceManufacturer(), generator);
		if (device.getPlatform() != null) {
			generator.writeName(PLATFORM);
			generator.writeString(device.getPlatform().value());
		}
		ReferenceWriter.string(OS_VERSION, device.getOsVersion(), generator);
		ReferenceWriter.string(DEVICE_MODEL, device.getDeviceModel(), generator);
		if (device.getScreenHeight() != null) {
			generator.writeName(SCREEN_HEIGHT);
			generator.writeNumber(device.getScreenHeight());
		}
		if (device.getScreenWidth() != null) {
			generator.writeName(SCREEN_WIDTH);
			generator.writeNumber(device.getScreenWidth());
		}
		if (device.getScreenDpi() != null) {
			generator.writeName(SCREEN_DPI);
			generator.writeNumber(device.getScreenDpi());
		}
		ReferenceWriter.string(DEVICE_COUNTRY, device.getDeviceCountry(), generator);
		ReferenceWriter.string(LOCALE_LANGUAGE, device.getLocaleLanguage(), generator);
		ReferenceWriter.string(LOCALE_COUNTRY, device.getLocaleCountry(), generator);
		ReferenceWriter.string(NETWORK_COUNTRY, device.getNetworkCountry(), generator);
		ReferenceWriter.string(NETWORK_CARRIER, device.getNetworkCarrier(), generator);
		ReferenceWriter.string(NETWORK_CODE, device.getNetworkCode(), generator);
		ReferenceWriter.string(NETWORK_MOBILE_COUNTRY_CODE, device.getNetworkMobileCountryCode(), generator);
		if (device.getTimezoneOffset() != null) {
			generator.writeName(TIMEZONE_OFFSET);
			generator.writeNumber(device.getTimezoneOffset());
		}
		ReferenceWriter.string(BUILD_IDENTIFIER, device.getBuildIdentifier(), generator);
		ReferenceWriter.string(HTTP_HEADER_USER_AGENT, device.getHttpHeaderUserAgent(), generator);
		ReferenceWriter.string(IOS_ADVERTISING_ID, device.getIosAdvertisingId(), generator);
		if (device.getAttAuthorizationStatus() != null) {
			generator.writeName(ATT_AUTHORIZATION_STATUS);
			generator.writeString(device.getAttAuthorizationStatus().value());
		}
		ReferenceWriter.number(ATT_TIMESTAMP_UNIXTIME_MS, device.getAttTimestampUnixtimeMs(), generator);
		ReferenceWriter.string(PUSH_TOKEN, device.getPushToken(), generator);
		ReferenceWriter.string(CPU_ARCHITECTURE, device.getCpuArchitecture(), generator);
		if (device.getTablet() != null) {
			generator.writeName(IS_TABLET);
			generator.writeBoolean(device.getTablet());
		}
		if (device.getPushNotificationSoundEnabled() != null) {
			generator.writeName(PUSH_NOTIFICATION_SOUND_ENABLED);
			generator.writeBoolean(device.getPushNotificationSoundEnabled());
		}
		if (device.getPushNotificationVibrateEnabled() != null) {
			generator.writeName(PUSH_NOTIFICATION_VIBRATE_ENABLED);
			generator.writeBoolean(device.getPushNotificationVibrateEnabled());
		}
		ReferenceWriter.string(RADIO_ACCESS_TECHNOLOGY, device.getRadioAccessTechnology(), generator);
		if (device.getSupportsTelephony() != null) {
			generator.writeName(SUPPORTS_TELEPHONY);
			generator.writeBoolean(device.getSupportsTelephony());
		}
		if (device.getHasNfc() != null) {
			generator.writeName(HAS_NFC);
			generator.writeBoolean(device.getHasNfc());
		}
		if (device.getBluetoothEnabled() != null) {
			generator.writeName(BLUETOOTH_ENABLED);
			generator.writeBoolean(device.getBluetoothEnabled());
		}
		ReferenceWriter.string(BLUETOOTH_VERSION, device.getBluetoothVersion(), generator);
		ReferenceWriter.string(IOS_IDFV, device.getIosIdfv(), generator);
		ReferenceWriter.string(ANDROID_ADVERTISING_ID, device.getAndroidAdvertisingId(), generator);
		ReferenceWriter.string(BUILD_VERSION_RELEASE, device.getBuildVersionRelease(), generator);
		if (device.getLimitAdTracking() != null) {
			generator.writeName(LIMIT_AD_TRACKING);
			generator.writeBoolean(device.getLimitAdTracking());
		}
		ReferenceWriter.string(AMP_ID, device.getAmpId(), generator);
		if (device.getDst() != null) {
			generator.writeName(IS_DST);
			generator.writeBoolean(device.getDst());
		}
		ReferenceWriter.string(ROKU_ADVERTISING_ID, device.getRokuAdvertisingId(), generator);
		ReferenceWriter.string(ROKU_PUBLISHER_ID, device.getRokuPublisherId(), generator);
		ReferenceWriter.string(MICROSOFT_ADVERTISING_ID, device.getMicrosoftAdvertisingId(), generator);
		ReferenceWriter.string(MICROSOFT_PUBLISHER_ID, device.getMicrosoftPublisherId(), generator);
		ReferenceWriter.string(FIRE_ADVERTISING_ID, device.getFireAdvertisingId(), generator);
		generator.writeEndObject();
	}

}

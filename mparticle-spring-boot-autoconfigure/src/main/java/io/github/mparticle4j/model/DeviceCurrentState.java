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
 * The state of the device when an event happened ({@code device_current_state}).
 * <p>
 * Reading keeps orientations that are not among the documented {@link Orientation}
 * values, as mParticle's own examples contain them: {@code "unknown"} (schema sample),
 * {@code "undefined"} and integer codes such as {@code 6} (JSON reference). Their meaning
 * is not documented and integer codes differ between platforms, so they are not mapped to
 * a constant: {@link #getDeviceOrientation()} returns {@code null} for them,
 * {@link #getDeviceOrientationValue()} returns them, and they are written back exactly as
 * read. Any other JSON type (a boolean, object or array) fails the read.
 *
 * @author mparticle4j contributors
 */
public final class DeviceCurrentState extends ModelObject {

	@JsonProperty("time_since_start_ms")
	private @Nullable Long timeSinceStartMs;

	@JsonProperty("battery_level")
	private @Nullable Double batteryLevel;

	@JsonProperty("data_connection_type")
	private @Nullable DataConnectionType dataConnectionType;

	@JsonProperty("data_connection_type_detail")
	private @Nullable String dataConnectionTypeDetail;

	@JsonProperty("gps_state")
	private @Nullable Boolean gpsState;

	@JsonProperty("total_system_memory_usage_bytes")
	private @Nullable Long totalSystemMemoryUsageBytes;

	@JsonProperty("disk_space_free_bytes")
	private @Nullable Long diskSpaceFreeBytes;

	@JsonProperty("external_disk_space_free_bytes")
	private @Nullable Long externalDiskSpaceFreeBytes;

	@JsonProperty("cpu")
	private @Nullable String cpu;

	@JsonProperty("system_memory_available_bytes")
	private @Nullable Double systemMemoryAvailableBytes;

	@JsonProperty("system_memory_low")
	private @Nullable Boolean systemMemoryLow;

	@JsonProperty("system_memory_threshold_bytes")
	private @Nullable Double systemMemoryThresholdBytes;

	@JsonProperty("application_memory_available_bytes")
	private @Nullable Double applicationMemoryAvailableBytes;

	@JsonProperty("application_memory_max_bytes")
	private @Nullable Double applicationMemoryMaxBytes;

	@JsonProperty("application_memory_total_bytes")
	private @Nullable Double applicationMemoryTotalBytes;

	/**
	 * An {@link Orientation}, or the value read from JSON when it is not one.
	 */
	@JsonProperty("device_orientation")
	private @Nullable Object deviceOrientation;

	/**
	 * An {@link Orientation}, or the value read from JSON when it is not one.
	 */
	@JsonProperty("status_bar_orientation")
	private @Nullable Object statusBarOrientation;

	/**
	 * Creates a new instance.
	 */
	public DeviceCurrentState() {
	}

	/**
	 * Sets the time since the app started, in milliseconds ({@code time_since_start_ms}).
	 * @param timeSinceStartMs the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState timeSinceStartMs(@Nullable Long timeSinceStartMs) {
		this.timeSinceStartMs = timeSinceStartMs;
		return this;
	}

	/**
	 * Returns the time since the app started, in milliseconds
	 * ({@code time_since_start_ms}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getTimeSinceStartMs() {
		return this.timeSinceStartMs;
	}

	/**
	 * Sets the battery level ({@code battery_level}).
	 * @param batteryLevel the value, which must be finite, or {@code null} to leave it
	 * unset
	 * @return this object
	 */
	public DeviceCurrentState batteryLevel(@Nullable Double batteryLevel) {
		this.batteryLevel = ModelCollections.finite("battery_level", batteryLevel);
		return this;
	}

	/**
	 * Returns the battery level ({@code battery_level}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getBatteryLevel() {
		return this.batteryLevel;
	}

	/**
	 * Sets the kind of data connection ({@code data_connection_type}).
	 * @param dataConnectionType the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState dataConnectionType(@Nullable DataConnectionType dataConnectionType) {
		this.dataConnectionType = dataConnectionType;
		return this;
	}

	/**
	 * Returns the kind of data connection ({@code data_connection_type}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable DataConnectionType getDataConnectionType() {
		return this.dataConnectionType;
	}

	/**
	 * Sets details of the data connection, such as the radio technology
	 * ({@code data_connection_type_detail}).
	 * @param dataConnectionTypeDetail the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState dataConnectionTypeDetail(@Nullable String dataConnectionTypeDetail) {
		this.dataConnectionTypeDetail = dataConnectionTypeDetail;
		return this;
	}

	/**
	 * Returns details of the data connection, such as the radio technology
	 * ({@code data_connection_type_detail}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getDataConnectionTypeDetail() {
		return this.dataConnectionTypeDetail;
	}

	/**
	 * Sets whether GPS is enabled ({@code gps_state}).
	 * @param gpsState the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState gpsState(@Nullable Boolean gpsState) {
		this.gpsState = gpsState;
		return this;
	}

	/**
	 * Returns whether GPS is enabled ({@code gps_state}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getGpsState() {
		return this.gpsState;
	}

	/**
	 * Sets the total system memory in use, in bytes
	 * ({@code total_system_memory_usage_bytes}).
	 * @param totalSystemMemoryUsageBytes the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState totalSystemMemoryUsageBytes(@Nullable Long totalSystemMemoryUsageBytes) {
		this.totalSystemMemoryUsageBytes = totalSystemMemoryUsageBytes;
		return this;
	}

	/**
	 * Returns the total system memory in use, in bytes
	 * ({@code total_system_memory_usage_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getTotalSystemMemoryUsageBytes() {
		return this.totalSystemMemoryUsageBytes;
	}

	/**
	 * Sets the free disk space, in bytes ({@code disk_space_free_bytes}).
	 * @param diskSpaceFreeBytes the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState diskSpaceFreeBytes(@Nullable Long diskSpaceFreeBytes) {
		this.diskSpaceFreeBytes = diskSpaceFreeBytes;
		return this;
	}

	/**
	 * Returns the free disk space, in bytes ({@code disk_space_free_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getDiskSpaceFreeBytes() {
		return this.diskSpaceFreeBytes;
	}

	/**
	 * Sets the free external disk space, in bytes
	 * ({@code external_disk_space_free_bytes}).
	 * @param externalDiskSpaceFreeBytes the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState externalDiskSpaceFreeBytes(@Nullable Long externalDiskSpaceFreeBytes) {
		this.externalDiskSpaceFreeBytes = externalDiskSpaceFreeBytes;
		return this;
	}

	/**
	 * Returns the free external disk space, in bytes
	 * ({@code external_disk_space_free_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getExternalDiskSpaceFreeBytes() {
		return this.externalDiskSpaceFreeBytes;
	}

	/**
	 * Sets the CPU usage ({@code cpu}).
	 * @param cpu the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState cpu(@Nullable String cpu) {
		this.cpu = cpu;
		return this;
	}

	/**
	 * Returns the CPU usage ({@code cpu}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getCpu() {
		return this.cpu;
	}

	/**
	 * Sets the available system memory, in bytes ({@code system_memory_available_bytes}).
	 * @param systemMemoryAvailableBytes the value, which must be finite, or {@code null}
	 * to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState systemMemoryAvailableBytes(@Nullable Double systemMemoryAvailableBytes) {
		this.systemMemoryAvailableBytes = ModelCollections.finite("system_memory_available_bytes",
				systemMemoryAvailableBytes);
		return this;
	}

	/**
	 * Returns the available system memory, in bytes
	 * ({@code system_memory_available_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getSystemMemoryAvailableBytes() {
		return this.systemMemoryAvailableBytes;
	}

	/**
	 * Sets whether the system is low on memory ({@code system_memory_low}).
	 * @param systemMemoryLow the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState systemMemoryLow(@Nullable Boolean systemMemoryLow) {
		this.systemMemoryLow = systemMemoryLow;
		return this;
	}

	/**
	 * Returns whether the system is low on memory ({@code system_memory_low}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getSystemMemoryLow() {
		return this.systemMemoryLow;
	}

	/**
	 * Sets the low-memory threshold of the system, in bytes
	 * ({@code system_memory_threshold_bytes}).
	 * @param systemMemoryThresholdBytes the value, which must be finite, or {@code null}
	 * to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState systemMemoryThresholdBytes(@Nullable Double systemMemoryThresholdBytes) {
		this.systemMemoryThresholdBytes = ModelCollections.finite("system_memory_threshold_bytes",
				systemMemoryThresholdBytes);
		return this;
	}

	/**
	 * Returns the low-memory threshold of the system, in bytes
	 * ({@code system_memory_threshold_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getSystemMemoryThresholdBytes() {
		return this.systemMemoryThresholdBytes;
	}

	/**
	 * Sets the memory available to the app, in bytes
	 * ({@code application_memory_available_bytes}).
	 * @param applicationMemoryAvailableBytes the value, which must be finite, or
	 * {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState applicationMemoryAvailableBytes(@Nullable Double applicationMemoryAvailableBytes) {
		this.applicationMemoryAvailableBytes = ModelCollections.finite("application_memory_available_bytes",
				applicationMemoryAvailableBytes);
		return this;
	}

	/**
	 * Returns the memory available to the app, in bytes
	 * ({@code application_memory_available_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getApplicationMemoryAvailableBytes() {
		return this.applicationMemoryAvailableBytes;
	}

	/**
	 * Sets the maximum memory the app may use, in bytes
	 * ({@code application_memory_max_bytes}).
	 * @param applicationMemoryMaxBytes the value, which must be finite, or {@code null}
	 * to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState applicationMemoryMaxBytes(@Nullable Double applicationMemoryMaxBytes) {
		this.applicationMemoryMaxBytes = ModelCollections.finite("application_memory_max_bytes",
				applicationMemoryMaxBytes);
		return this;
	}

	/**
	 * Returns the maximum memory the app may use, in bytes
	 * ({@code application_memory_max_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getApplicationMemoryMaxBytes() {
		return this.applicationMemoryMaxBytes;
	}

	/**
	 * Sets the memory the app uses, in bytes ({@code application_memory_total_bytes}).
	 * @param applicationMemoryTotalBytes the value, which must be finite, or {@code null}
	 * to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState applicationMemoryTotalBytes(@Nullable Double applicationMemoryTotalBytes) {
		this.applicationMemoryTotalBytes = ModelCollections.finite("application_memory_total_bytes",
				applicationMemoryTotalBytes);
		return this;
	}

	/**
	 * Returns the memory the app uses, in bytes ({@code application_memory_total_bytes}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Double getApplicationMemoryTotalBytes() {
		return this.applicationMemoryTotalBytes;
	}

	/**
	 * Sets the orientation of the device ({@code device_orientation}).
	 * @param deviceOrientation the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState deviceOrientation(@Nullable Orientation deviceOrientation) {
		this.deviceOrientation = deviceOrientation;
		return this;
	}

	/**
	 * Returns the orientation of the device ({@code device_orientation}).
	 * @return the value, or {@code null} if unset or if the value read from JSON is not
	 * one of the documented ones (see {@link #getDeviceOrientationValue()})
	 */
	public @Nullable Orientation getDeviceOrientation() {
		return (this.deviceOrientation instanceof Orientation orientation) ? orientation : null;
	}

	/**
	 * Returns the orientation of the device as it is written
	 * ({@code device_orientation}): the wire value of an {@link Orientation}, or the
	 * string or integer code read from JSON, such as {@code "undefined"} or {@code 6}.
	 * @return the value as a string, or {@code null} if unset
	 */
	public @Nullable String getDeviceOrientationValue() {
		return (this.deviceOrientation != null) ? this.deviceOrientation.toString() : null;
	}

	@JsonProperty("device_orientation")
	private void readDeviceOrientation(@Nullable Object value) {
		this.deviceOrientation = Orientation.read("device_orientation", value);
	}

	/**
	 * Sets the orientation of the status bar ({@code status_bar_orientation}).
	 * @param statusBarOrientation the value, or {@code null} to leave it unset
	 * @return this object
	 */
	public DeviceCurrentState statusBarOrientation(@Nullable Orientation statusBarOrientation) {
		this.statusBarOrientation = statusBarOrientation;
		return this;
	}

	/**
	 * Returns the orientation of the status bar ({@code status_bar_orientation}).
	 * @return the value, or {@code null} if unset or if the value read from JSON is not
	 * one of the documented ones (see {@link #getStatusBarOrientationValue()})
	 */
	public @Nullable Orientation getStatusBarOrientation() {
		return (this.statusBarOrientation instanceof Orientation orientation) ? orientation : null;
	}

	/**
	 * Returns the orientation of the status bar as it is written
	 * ({@code status_bar_orientation}): the wire value of an {@link Orientation}, or the
	 * string or integer code read from JSON, such as {@code "undefined"} or {@code 1}.
	 * @return the value as a string, or {@code null} if unset
	 */
	public @Nullable String getStatusBarOrientationValue() {
		return (this.statusBarOrientation != null) ? this.statusBarOrientation.toString() : null;
	}

	@JsonProperty("status_bar_orientation")
	private void readStatusBarOrientation(@Nullable Object value) {
		this.statusBarOrientation = Orientation.read("status_bar_orientation", value);
	}

	@JsonProperty("battery_level")
	private void readBatteryLevel(@Nullable Double value) {
		batteryLevel(value);
	}

	@JsonProperty("system_memory_available_bytes")
	private void readSystemMemoryAvailableBytes(@Nullable Double value) {
		systemMemoryAvailableBytes(value);
	}

	@JsonProperty("system_memory_threshold_bytes")
	private void readSystemMemoryThresholdBytes(@Nullable Double value) {
		systemMemoryThresholdBytes(value);
	}

	@JsonProperty("application_memory_available_bytes")
	private void readApplicationMemoryAvailableBytes(@Nullable Double value) {
		applicationMemoryAvailableBytes(value);
	}

	@JsonProperty("application_memory_max_bytes")
	private void readApplicationMemoryMaxBytes(@Nullable Double value) {
		applicationMemoryMaxBytes(value);
	}

	@JsonProperty("application_memory_total_bytes")
	private void readApplicationMemoryTotalBytes(@Nullable Double value) {
		applicationMemoryTotalBytes(value);
	}

	/**
	 * The kind of data connection of a device ({@code data_connection_type}).
	 */
	public enum DataConnectionType {

		/** No connection. */
		OFFLINE("offline"),

		/** Wi-Fi. */
		WIFI("wifi"),

		/** Mobile data. */
		MOBILE("mobile");

		private final String value;

		DataConnectionType(String value) {
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
		public static @Nullable DataConnectionType fromValue(@Nullable String value) {
			return WireValues.find(values(), DataConnectionType::value, value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * The orientation of a device or its status bar ({@code device_orientation},
	 * {@code status_bar_orientation}).
	 */
	public enum Orientation {

		/** Portrait. */
		PORTRAIT("portrait"),

		/** Portrait, upside down. */
		PORTRAIT_UPSIDE_DOWN("portrait_upside_down"),

		/** Landscape. */
		LANDSCAPE("landscape"),

		/** Landscape, turned left. */
		LANDSCAPE_LEFT("LandscapeLeft"),

		/** Landscape, turned right. */
		LANDSCAPE_RIGHT("LandscapeRight"),

		/** Lying face up. */
		FACE_UP("FaceUp"),

		/** Lying face down. */
		FACE_DOWN("FaceDown"),

		/** Square. */
		SQUARE("Square");

		private final String value;

		Orientation(String value) {
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
		public static @Nullable Orientation fromValue(@Nullable String value) {
			return WireValues.find(values(), Orientation::value, value);
		}

		/**
		 * Returns what to keep of an orientation read from JSON: the constant for a
		 * documented value, otherwise the value itself, so that it is written back
		 * unchanged.
		 * @param name the name of the property that holds the orientation
		 * @param value the value read
		 * @return the orientation, the value itself, or {@code null}
		 */
		static @Nullable Object read(String name, @Nullable Object value) {
			if (value == null) {
				return null;
			}
			if (value instanceof String string) {
				Orientation orientation = fromValue(string);
				return (orientation != null) ? orientation : string;
			}
			Number code = ModelCollections.integer(value);
			if (code != null) {
				return code;
			}
			throw new IllegalArgumentException(
					"The value of '" + name + "' must be a string or an integer code, not " + value);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}

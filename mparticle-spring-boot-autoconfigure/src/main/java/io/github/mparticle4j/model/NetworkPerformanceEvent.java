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
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * The timing of one network request made by the app ({@code network_performance}).
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("network_performance")
public final class NetworkPerformanceEvent extends Event<NetworkPerformanceEvent> {

	@JsonProperty("http_verb")
	private @Nullable String httpVerb;

	@JsonProperty("url")
	private @Nullable String url;

	@JsonProperty("time_elapsed")
	private @Nullable Long timeElapsed;

	@JsonProperty("bytes_in")
	private @Nullable Long bytesIn;

	@JsonProperty("bytes_out")
	private @Nullable Long bytesOut;

	@JsonProperty("response_code")
	private @Nullable Integer responseCode;

	@JsonProperty("data")
	private @Nullable String data;

	/**
	 * Creates a new {@code network_performance} event.
	 * @param url the URL of the request
	 */
	public NetworkPerformanceEvent(String url) {
		this.url = Objects.requireNonNull(url, "'url' must not be null");
	}

	@JsonCreator
	private NetworkPerformanceEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.NETWORK_PERFORMANCE;
	}

	/**
	 * Sets the HTTP method of the request ({@code http_verb}).
	 * @param httpVerb the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent httpVerb(@Nullable String httpVerb) {
		this.httpVerb = httpVerb;
		return this;
	}

	/**
	 * Returns the HTTP method of the request ({@code http_verb}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getHttpVerb() {
		return this.httpVerb;
	}

	/**
	 * Sets the URL of the request ({@code url}).
	 * @param url the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent url(@Nullable String url) {
		this.url = url;
		return this;
	}

	/**
	 * Returns the URL of the request ({@code url}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getUrl() {
		return this.url;
	}

	/**
	 * Sets how long the request took, in milliseconds ({@code time_elapsed}).
	 * @param timeElapsed the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent timeElapsed(@Nullable Long timeElapsed) {
		this.timeElapsed = timeElapsed;
		return this;
	}

	/**
	 * Returns how long the request took, in milliseconds ({@code time_elapsed}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getTimeElapsed() {
		return this.timeElapsed;
	}

	/**
	 * Sets the number of bytes received ({@code bytes_in}).
	 * @param bytesIn the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent bytesIn(@Nullable Long bytesIn) {
		this.bytesIn = bytesIn;
		return this;
	}

	/**
	 * Returns the number of bytes received ({@code bytes_in}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getBytesIn() {
		return this.bytesIn;
	}

	/**
	 * Sets the number of bytes sent ({@code bytes_out}).
	 * @param bytesOut the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent bytesOut(@Nullable Long bytesOut) {
		this.bytesOut = bytesOut;
		return this;
	}

	/**
	 * Returns the number of bytes sent ({@code bytes_out}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getBytesOut() {
		return this.bytesOut;
	}

	/**
	 * Sets the HTTP status code of the response ({@code response_code}).
	 * @param responseCode the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent responseCode(@Nullable Integer responseCode) {
		this.responseCode = responseCode;
		return this;
	}

	/**
	 * Returns the HTTP status code of the response ({@code response_code}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getResponseCode() {
		return this.responseCode;
	}

	/**
	 * Sets the request data, Base64-encoded ({@code data}).
	 * @param data the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public NetworkPerformanceEvent data(@Nullable String data) {
		this.data = data;
		return this;
	}

	/**
	 * Returns the request data, Base64-encoded ({@code data}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getData() {
		return this.data;
	}

}

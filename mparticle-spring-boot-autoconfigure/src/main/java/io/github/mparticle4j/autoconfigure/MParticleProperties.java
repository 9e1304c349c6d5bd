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

package io.github.mparticle4j.autoconfigure;

import java.net.URI;
import java.time.Duration;

import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the mParticle Events API client.
 *
 * @author mparticle4j contributors
 */
@ConfigurationProperties("mparticle")
public class MParticleProperties {

	/**
	 * Whether to auto-configure the mParticle Events API client.
	 */
	private boolean enabled = true;

	/**
	 * What the client does with valid batches: send them to mParticle, or only log them
	 * (for local development).
	 */
	private Mode mode = Mode.SEND;

	/**
	 * API key of the mParticle input (platform input or custom feed) that data is sent
	 * with.
	 */
	private @Nullable String apiKey;

	/**
	 * API secret of the mParticle input that data is sent with.
	 */
	private @Nullable String apiSecret;

	/**
	 * Environment of the batches that do not set one.
	 */
	private Batch.Environment environment = Batch.Environment.DEVELOPMENT;

	/**
	 * Data center (pod) that hosts the mParticle organization.
	 */
	private Pod pod = Pod.US1;

	/**
	 * Base URL of the Events API, such as a proxy or a local stand-in. Overrides the pod.
	 */
	private @Nullable URI baseUrl;

	/**
	 * Whether to allow a plain http base URL for a host other than a loopback one, which
	 * sends the API secret unencrypted.
	 */
	private boolean allowInsecureHttp;

	/**
	 * Timeout for establishing a connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Timeout for the response to one attempt.
	 */
	private Duration responseTimeout = Duration.ofSeconds(10);

	/**
	 * Timeout for a whole upload, including every retry and every wait.
	 */
	private Duration timeout = Duration.ofSeconds(30);

	private final Retry retry = new Retry();

	private final Log log = new Log();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getApiSecret() {
		return this.apiSecret;
	}

	public void setApiSecret(@Nullable String apiSecret) {
		this.apiSecret = apiSecret;
	}

	public Batch.Environment getEnvironment() {
		return this.environment;
	}

	public void setEnvironment(Batch.Environment environment) {
		this.environment = environment;
	}

	public Pod getPod() {
		return this.pod;
	}

	public void setPod(Pod pod) {
		this.pod = pod;
	}

	public @Nullable URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Log getLog() {
		return this.log;
	}

	/**
	 * What the client does with valid batches.
	 */
	public enum Mode {

		/**
		 * Send them to mParticle.
		 */
		SEND,

		/**
		 * Validate and serialize them, log a summary at INFO and send nothing.
		 */
		LOG

	}

	/**
	 * Settings of the log mode.
	 */
	public static class Log {

		/**
		 * Whether the log mode also logs the JSON of each request, with identities and
		 * attribute values. Without it, only their names are logged.
		 */
		private boolean includeData;

		public boolean isIncludeData() {
			return this.includeData;
		}

		public void setIncludeData(boolean includeData) {
			this.includeData = includeData;
		}

	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Most requests that one upload may make, the first one included. 1 disables
		 * retries.
		 */
		private int maxAttempts = 5;

		/**
		 * Backoff before the first retry. It doubles for each further retry, and the
		 * actual wait is a random share of it.
		 */
		private Duration initialBackoff = Duration.ofMillis(500);

		/**
		 * Longest backoff between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		/**
		 * Longest wait that a Retry-After response header can impose; a longer one is cut
		 * to this.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(20);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

}

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
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.mparticle4j.client.OverflowPolicy;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.client.RejectedCredentialsPolicy;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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

	private final Dispatcher dispatcher = new Dispatcher();

	/**
	 * Named inputs, each with its own API key and secret, such as one per platform. Every
	 * other setting that an input does not set is taken from the top-level properties.
	 */
	private final Map<String, Input> inputs = new LinkedHashMap<>();

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

	public Dispatcher getDispatcher() {
		return this.dispatcher;
	}

	public Map<String, Input> getInputs() {
		return this.inputs;
	}

	/**
	 * A named input: its API key and secret, and the client settings in which it differs
	 * from the top-level properties. A setting that is not set here is inherited.
	 */
	public static class Input {

		private static final String DISPATCHER_PREFIX = "dispatcher.";

		/**
		 * What the client does with valid batches. Inherited when not set.
		 */
		private @Nullable Mode mode;

		/**
		 * API key of the mParticle input. Required: never inherited.
		 */
		private @Nullable String apiKey;

		/**
		 * API secret of the mParticle input. Required: never inherited.
		 */
		private @Nullable String apiSecret;

		/**
		 * Environment of the batches that do not set one. Inherited when not set.
		 */
		private Batch.@Nullable Environment environment;

		/**
		 * Data center (pod). When set, the input uses it instead of the inherited pod and
		 * base URL.
		 */
		private @Nullable Pod pod;

		/**
		 * Base URL of the Events API. Overrides the pod; when neither is set here, the
		 * top-level base URL or pod is inherited.
		 */
		private @Nullable URI baseUrl;

		/**
		 * Whether to allow a plain http base URL for a host other than a loopback one.
		 * Inherited when not set.
		 */
		private @Nullable Boolean allowInsecureHttp;

		/**
		 * Timeout for establishing a connection. Inherited when not set.
		 */
		private @Nullable Duration connectTimeout;

		/**
		 * Timeout for the response to one attempt. Inherited when not set.
		 */
		private @Nullable Duration responseTimeout;

		/**
		 * Timeout for a whole upload. Inherited when not set.
		 */
		private @Nullable Duration timeout;

		private final InputRetry retry = new InputRetry();

		private final InputDispatcher dispatcher = new InputDispatcher();

		public @Nullable Mode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable Mode mode) {
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

		public Batch.@Nullable Environment getEnvironment() {
			return this.environment;
		}

		public void setEnvironment(Batch.@Nullable Environment environment) {
			this.environment = environment;
		}

		public @Nullable Pod getPod() {
			return this.pod;
		}

		public void setPod(@Nullable Pod pod) {
			this.pod = pod;
		}

		public @Nullable URI getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable URI baseUrl) {
			this.baseUrl = baseUrl;
		}

		public @Nullable Boolean getAllowInsecureHttp() {
			return this.allowInsecureHttp;
		}

		public void setAllowInsecureHttp(@Nullable Boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
		}

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public @Nullable Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		public void setResponseTimeout(@Nullable Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public @Nullable Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(@Nullable Duration timeout) {
			this.timeout = timeout;
		}

		public InputRetry getRetry() {
			return this.retry;
		}

		public InputDispatcher getDispatcher() {
			return this.dispatcher;
		}

		/**
		 * Returns the effective properties of this input: its own settings over those of
		 * the given top-level properties. The key and secret are this input's only.
		 * @param parent the top-level properties
		 * @return the merged properties, without named inputs
		 */
		MParticleProperties merge(MParticleProperties parent) {
			MParticleProperties merged = new MParticleProperties();
			merged.setEnabled(parent.isEnabled());
			merged.setMode(orElse(this.mode, parent.getMode()));
			merged.setApiKey(this.apiKey);
			merged.setApiSecret(this.apiSecret);
			merged.setEnvironment(orElse(this.environment, parent.getEnvironment()));
			if (this.baseUrl != null || this.pod != null) {
				merged.setBaseUrl(this.baseUrl);
				merged.setPod(orElse(this.pod, parent.getPod()));
			}
			else {
				merged.setBaseUrl(parent.getBaseUrl());
				merged.setPod(parent.getPod());
			}
			merged.setAllowInsecureHttp(orElse(this.allowInsecureHttp, parent.isAllowInsecureHttp()));
			merged.setConnectTimeout(orElse(this.connectTimeout, parent.getConnectTimeout()));
			merged.setResponseTimeout(orElse(this.responseTimeout, parent.getResponseTimeout()));
			merged.setTimeout(orElse(this.timeout, parent.getTimeout()));
			Retry retry = parent.getRetry();
			merged.getRetry().setMaxAttempts(orElse(this.retry.getMaxAttempts(), retry.getMaxAttempts()));
			merged.getRetry().setInitialBackoff(orElse(this.retry.getInitialBackoff(), retry.getInitialBackoff()));
			merged.getRetry().setMaxBackoff(orElse(this.retry.getMaxBackoff(), retry.getMaxBackoff()));
			merged.getRetry().setMaxRetryAfter(orElse(this.retry.getMaxRetryAfter(), retry.getMaxRetryAfter()));
			merged.getLog().setIncludeData(parent.getLog().isIncludeData());
			this.dispatcher.merge(parent.getDispatcher(), merged.getDispatcher());
			return merged;
		}

		/**
		 * Returns whether this input sets a client setting itself.
		 * @param property the name of the setting relative to the input, such as
		 * {@code retry.max-backoff}
		 * @return whether the input sets it; {@code false} when it is inherited
		 */
		boolean sets(String property) {
			return switch (property) {
				case "base-url" -> this.baseUrl != null;
				case "connect-timeout" -> this.connectTimeout != null;
				case "response-timeout" -> this.responseTimeout != null;
				case "timeout" -> this.timeout != null;
				case "retry.max-attempts" -> this.retry.getMaxAttempts() != null;
				case "retry.initial-backoff" -> this.retry.getInitialBackoff() != null;
				case "retry.max-backoff" -> this.retry.getMaxBackoff() != null;
				case "retry.max-retry-after" -> this.retry.getMaxRetryAfter() != null;
				default -> !property.startsWith(DISPATCHER_PREFIX)
						|| this.dispatcher.sets(property.substring(DISPATCHER_PREFIX.length()));
			};
		}

		private static <T> T orElse(@Nullable T value, T inherited) {
			return (value != null) ? value : inherited;
		}

	}

	/**
	 * Retry settings of a named input, each inherited when not set.
	 */
	public static class InputRetry {

		/**
		 * Most requests that one upload may make, the first one included.
		 */
		private @Nullable Integer maxAttempts;

		/**
		 * Backoff before the first retry.
		 */
		private @Nullable Duration initialBackoff;

		/**
		 * Longest backoff between two attempts.
		 */
		private @Nullable Duration maxBackoff;

		/**
		 * Longest wait that a Retry-After response header can impose.
		 */
		private @Nullable Duration maxRetryAfter;

		public @Nullable Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(@Nullable Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public @Nullable Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(@Nullable Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public @Nullable Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(@Nullable Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public @Nullable Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(@Nullable Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Dispatcher settings of a named input, each inherited from
	 * {@code mparticle.dispatcher.*} when not set.
	 */
	public static class InputDispatcher {

		/**
		 * Whether to auto-configure an EventDispatcher for the input.
		 */
		private @Nullable Boolean enabled;

		/**
		 * How long an enqueued batch may wait to be merged and packed before it is sent.
		 */
		private @Nullable Duration flushInterval;

		/**
		 * Most batches that the queue holds, counting those being sent.
		 */
		private @Nullable Integer maxQueuedBatches;

		/**
		 * Most memory that the batches in the queue take, counting batches being sent:
		 * their serialized size plus 512 bytes each.
		 */
		private @Nullable DataSize maxQueuedBytes;

		/**
		 * What happens to a batch that is enqueued when the queue is full.
		 */
		private @Nullable OverflowPolicy overflowPolicy;

		/**
		 * Longest wait for room in a full queue with the block overflow policy.
		 */
		private @Nullable Duration blockTimeout;

		/**
		 * Most requests in flight at once.
		 */
		private @Nullable Integer maxRequestsInFlight;

		/**
		 * Most batches sent per second, after merging; 0 for no cap.
		 */
		private @Nullable Double maxBatchesPerSecond;

		/**
		 * Percentage of mParticle's rate limit above which the dispatcher slows down.
		 */
		private @Nullable Integer slowDownAt;

		/**
		 * How long to try to deliver what is queued when the application shuts down.
		 */
		private @Nullable Duration shutdownTimeout;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Duration getFlushInterval() {
			return this.flushInterval;
		}

		public void setFlushInterval(@Nullable Duration flushInterval) {
			this.flushInterval = flushInterval;
		}

		public @Nullable Integer getMaxQueuedBatches() {
			return this.maxQueuedBatches;
		}

		public void setMaxQueuedBatches(@Nullable Integer maxQueuedBatches) {
			this.maxQueuedBatches = maxQueuedBatches;
		}

		public @Nullable DataSize getMaxQueuedBytes() {
			return this.maxQueuedBytes;
		}

		public void setMaxQueuedBytes(@Nullable DataSize maxQueuedBytes) {
			this.maxQueuedBytes = maxQueuedBytes;
		}

		public @Nullable OverflowPolicy getOverflowPolicy() {
			return this.overflowPolicy;
		}

		public void setOverflowPolicy(@Nullable OverflowPolicy overflowPolicy) {
			this.overflowPolicy = overflowPolicy;
		}

		public @Nullable Duration getBlockTimeout() {
			return this.blockTimeout;
		}

		public void setBlockTimeout(@Nullable Duration blockTimeout) {
			this.blockTimeout = blockTimeout;
		}

		public @Nullable Integer getMaxRequestsInFlight() {
			return this.maxRequestsInFlight;
		}

		public void setMaxRequestsInFlight(@Nullable Integer maxRequestsInFlight) {
			this.maxRequestsInFlight = maxRequestsInFlight;
		}

		public @Nullable Double getMaxBatchesPerSecond() {
			return this.maxBatchesPerSecond;
		}

		public void setMaxBatchesPerSecond(@Nullable Double maxBatchesPerSecond) {
			this.maxBatchesPerSecond = maxBatchesPerSecond;
		}

		public @Nullable Integer getSlowDownAt() {
			return this.slowDownAt;
		}

		public void setSlowDownAt(@Nullable Integer slowDownAt) {
			this.slowDownAt = slowDownAt;
		}

		public @Nullable Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(@Nullable Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		/**
		 * Sets each setting of the given dispatcher settings to this input's own, or to
		 * the inherited one.
		 * @param parent the top-level settings
		 * @param merged the settings to set
		 */
		void merge(Dispatcher parent, Dispatcher merged) {
			merged.setEnabled(Input.orElse(this.enabled, parent.isEnabled()));
			merged.setFlushInterval(Input.orElse(this.flushInterval, parent.getFlushInterval()));
			merged.setMaxQueuedBatches(Input.orElse(this.maxQueuedBatches, parent.getMaxQueuedBatches()));
			merged.setMaxQueuedBytes(Input.orElse(this.maxQueuedBytes, parent.getMaxQueuedBytes()));
			merged.setOverflowPolicy(Input.orElse(this.overflowPolicy, parent.getOverflowPolicy()));
			merged.setBlockTimeout(Input.orElse(this.blockTimeout, parent.getBlockTimeout()));
			merged.setMaxRequestsInFlight(Input.orElse(this.maxRequestsInFlight, parent.getMaxRequestsInFlight()));
			merged.setMaxBatchesPerSecond(Input.orElse(this.maxBatchesPerSecond, parent.getMaxBatchesPerSecond()));
			merged.setSlowDownAt(Input.orElse(this.slowDownAt, parent.getSlowDownAt()));
			merged.setShutdownTimeout(
					(this.shutdownTimeout != null) ? this.shutdownTimeout : parent.getShutdownTimeout());
			merged.setHandleExecutor(parent.getHandleExecutor());
			merged.setRejectedCredentials(parent.getRejectedCredentials());
			merged.setMaxCredentialsBackoff(parent.getMaxCredentialsBackoff());
		}

		/**
		 * Returns whether this input sets a dispatcher setting itself.
		 * @param property the name of the setting relative to the input's
		 * {@code dispatcher.}, such as {@code flush-interval}
		 * @return whether the input sets it; {@code false} when it is inherited
		 */
		boolean sets(String property) {
			return switch (property) {
				case "enabled" -> this.enabled != null;
				case "flush-interval" -> this.flushInterval != null;
				case "max-queued-batches" -> this.maxQueuedBatches != null;
				case "max-queued-bytes" -> this.maxQueuedBytes != null;
				case "overflow-policy" -> this.overflowPolicy != null;
				case "block-timeout" -> this.blockTimeout != null;
				case "max-requests-in-flight" -> this.maxRequestsInFlight != null;
				case "max-batches-per-second" -> this.maxBatchesPerSecond != null;
				case "slow-down-at" -> this.slowDownAt != null;
				case "shutdown-timeout" -> this.shutdownTimeout != null;
				default -> true;
			};
		}

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

	/**
	 * Settings of the EventDispatcher, which sends enqueued batches in the background.
	 */
	public static class Dispatcher {

		/**
		 * Whether to auto-configure an EventDispatcher for each input.
		 */
		private boolean enabled = true;

		/**
		 * How long an enqueued batch may wait to be merged with others and packed into a
		 * bulk request before it is sent. A full request is sent at once.
		 */
		private Duration flushInterval = Duration.ofSeconds(1);

		/**
		 * Most batches that the queue holds, counting those being sent.
		 */
		private int maxQueuedBatches = 10000;

		/**
		 * Most memory that the batches in the queue take, counting batches being sent:
		 * their serialized size plus 512 bytes each.
		 */
		private DataSize maxQueuedBytes = DataSize.ofMegabytes(32);

		/**
		 * What happens to a batch that is enqueued when the queue is full: reject it,
		 * drop the oldest queued batch, or block the caller for up to the block timeout.
		 */
		private OverflowPolicy overflowPolicy = OverflowPolicy.REJECT_NEWEST;

		/**
		 * Longest wait for room in a full queue with the block overflow policy, after
		 * which the batch is rejected.
		 */
		private Duration blockTimeout = Duration.ofSeconds(1);

		/**
		 * Most requests in flight at once.
		 */
		private int maxRequestsInFlight = 4;

		/**
		 * Most batches sent per second, after merging; 0 for no cap.
		 */
		private double maxBatchesPerSecond = 0;

		/**
		 * Percentage of mParticle's rate limit (as reported in
		 * X-mp-rate-limit-percentage-used) above which the dispatcher slows down: one
		 * request at a time, spaced more widely as the usage nears 100.
		 */
		private int slowDownAt = 80;

		/**
		 * How long to try to deliver what is queued when the application shuts down; what
		 * is still queued then goes to the failure handler. When not set, 5/6 of
		 * spring.lifecycle.timeout-per-shutdown-phase, so that this happens before Spring
		 * stops waiting.
		 */
		private @Nullable Duration shutdownTimeout;

		/**
		 * Name of the Executor bean that completes the handles returned by enqueue and
		 * calls the failure handler; when not set, the common ForkJoinPool. Never the
		 * threads that do the HTTP.
		 */
		private @Nullable String handleExecutor;

		/**
		 * What happens when mParticle rejects the credentials (401 or 403) or a TLS
		 * certificate is not trusted: pause the input and keep its batches, trying again
		 * with backoff, or fail them at once.
		 */
		private RejectedCredentialsPolicy rejectedCredentials = RejectedCredentialsPolicy.PAUSE;

		/**
		 * Longest pause between tries while the credentials are rejected, with the pause
		 * policy.
		 */
		private Duration maxCredentialsBackoff = Duration.ofMinutes(5);

		public @Nullable String getHandleExecutor() {
			return this.handleExecutor;
		}

		public void setHandleExecutor(@Nullable String handleExecutor) {
			this.handleExecutor = handleExecutor;
		}

		public RejectedCredentialsPolicy getRejectedCredentials() {
			return this.rejectedCredentials;
		}

		public void setRejectedCredentials(RejectedCredentialsPolicy rejectedCredentials) {
			this.rejectedCredentials = rejectedCredentials;
		}

		public Duration getMaxCredentialsBackoff() {
			return this.maxCredentialsBackoff;
		}

		public void setMaxCredentialsBackoff(Duration maxCredentialsBackoff) {
			this.maxCredentialsBackoff = maxCredentialsBackoff;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getFlushInterval() {
			return this.flushInterval;
		}

		public void setFlushInterval(Duration flushInterval) {
			this.flushInterval = flushInterval;
		}

		public int getMaxQueuedBatches() {
			return this.maxQueuedBatches;
		}

		public void setMaxQueuedBatches(int maxQueuedBatches) {
			this.maxQueuedBatches = maxQueuedBatches;
		}

		public DataSize getMaxQueuedBytes() {
			return this.maxQueuedBytes;
		}

		public void setMaxQueuedBytes(DataSize maxQueuedBytes) {
			this.maxQueuedBytes = maxQueuedBytes;
		}

		public OverflowPolicy getOverflowPolicy() {
			return this.overflowPolicy;
		}

		public void setOverflowPolicy(OverflowPolicy overflowPolicy) {
			this.overflowPolicy = overflowPolicy;
		}

		public Duration getBlockTimeout() {
			return this.blockTimeout;
		}

		public void setBlockTimeout(Duration blockTimeout) {
			this.blockTimeout = blockTimeout;
		}

		public int getMaxRequestsInFlight() {
			return this.maxRequestsInFlight;
		}

		public void setMaxRequestsInFlight(int maxRequestsInFlight) {
			this.maxRequestsInFlight = maxRequestsInFlight;
		}

		public double getMaxBatchesPerSecond() {
			return this.maxBatchesPerSecond;
		}

		public void setMaxBatchesPerSecond(double maxBatchesPerSecond) {
			this.maxBatchesPerSecond = maxBatchesPerSecond;
		}

		public int getSlowDownAt() {
			return this.slowDownAt;
		}

		public void setSlowDownAt(int slowDownAt) {
			this.slowDownAt = slowDownAt;
		}

		public @Nullable Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(@Nullable Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

	}

}

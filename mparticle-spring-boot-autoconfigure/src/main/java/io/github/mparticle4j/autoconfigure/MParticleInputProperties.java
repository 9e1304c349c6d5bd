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
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.RejectedCredentialsPolicy;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one mParticle input, bound both at the top level ({@code mparticle.*},
 * the default input's settings and every named input's defaults) and for each named input
 * ({@code mparticle.inputs.<name>.*}). Every field is nullable: a setting that is not set
 * at either level keeps the default of the client's builder (or the starter's, for the
 * settings that only the starter has); one that a named input does not set is taken from
 * the top level.
 *
 * @author mparticle4j contributors
 * @see MParticleProperties
 */
public class MParticleInputProperties {

	/**
	 * What the client does with valid batches: send them to mParticle, or only log them
	 * (for local development).
	 */
	private @Nullable Mode mode;

	/**
	 * API key of the mParticle input (platform input or custom feed) that data is sent
	 * with. Never inherited by a named input.
	 */
	private @Nullable String apiKey;

	/**
	 * API secret of the mParticle input that data is sent with. Never inherited by a
	 * named input.
	 */
	private @Nullable String apiSecret;

	/**
	 * Environment of the batches that do not set one.
	 */
	private Batch.@Nullable Environment environment;

	/**
	 * Data center (pod) that hosts the mParticle organization.
	 */
	private @Nullable Pod pod;

	/**
	 * Base URL of the Events API, such as a proxy or a local stand-in. Overrides the pod
	 * set at the same level.
	 */
	private @Nullable URI baseUrl;

	/**
	 * Whether to allow a plain http base URL for a host other than a loopback one, which
	 * sends the API secret unencrypted.
	 */
	private @Nullable Boolean allowInsecureHttp;

	/**
	 * Timeout for establishing a connection.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Timeout for the response to one attempt.
	 */
	private @Nullable Duration responseTimeout;

	/**
	 * Timeout for a whole upload, including every retry and every wait.
	 */
	private @Nullable Duration timeout;

	private final Retry retry = new Retry();

	private final Log log = new Log();

	private final Dispatcher dispatcher = new Dispatcher();

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

	public Retry getRetry() {
		return this.retry;
	}

	public Log getLog() {
		return this.log;
	}

	public Dispatcher getDispatcher() {
		return this.dispatcher;
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
		private @Nullable Boolean includeData;

		public @Nullable Boolean getIncludeData() {
			return this.includeData;
		}

		public void setIncludeData(@Nullable Boolean includeData) {
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
		private @Nullable Integer maxAttempts;

		/**
		 * Backoff before the first retry. It doubles for each further retry, and the
		 * actual wait is a random share of it.
		 */
		private @Nullable Duration initialBackoff;

		/**
		 * Longest backoff between two attempts.
		 */
		private @Nullable Duration maxBackoff;

		/**
		 * Longest wait that a Retry-After response header can impose; a longer one is cut
		 * to this.
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
	 * Settings of the EventDispatcher, which sends enqueued batches in the background.
	 */
	public static class Dispatcher {

		/**
		 * Whether to auto-configure an EventDispatcher for the input.
		 */
		private @Nullable Boolean enabled;

		/**
		 * How long an enqueued batch may wait to be merged with others and packed into a
		 * bulk request before it is sent. A full request is sent at once.
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
		 * What happens to a batch that is enqueued when the queue is full: reject it,
		 * drop the oldest queued batch, or block the caller for up to the block timeout.
		 *
		 */
		private @Nullable OverflowPolicy overflowPolicy;

		/**
		 * Longest wait for room in a full queue with the block overflow policy, after
		 * which the batch is rejected.
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
		 * Percentage of mParticle's rate limit (as reported in
		 * X-mp-rate-limit-percentage-used) above which the dispatcher slows down: one
		 * request at a time, spaced more widely as the usage nears 100.
		 */
		private @Nullable Integer slowDownAt;

		/**
		 * How long to try to deliver what is queued when the application shuts down; what
		 * is still queued then goes to the failure handler. When not set, 5/6 of
		 * spring.lifecycle.timeout-per-shutdown-phase (at most one day), so that this
		 * happens before Spring stops waiting.
		 */
		private @Nullable Duration shutdownTimeout;

		/**
		 * Name of the Executor bean that completes the handles returned by enqueue and
		 * calls the failure handler; when not set, the common ForkJoinPool, or, where it
		 * has no parallelism (two cores), a shared pool of reused daemon threads. Never
		 * the threads that do the HTTP.
		 */
		private @Nullable String handleExecutor;

		/**
		 * What happens when mParticle rejects the credentials (401 or 403) or a TLS
		 * certificate is not trusted: pause the input and keep its batches, trying again
		 * with backoff, or fail them at once.
		 */
		private @Nullable RejectedCredentialsPolicy rejectedCredentials;

		/**
		 * Longest pause between tries while the credentials are rejected, with the pause
		 * policy.
		 */
		private @Nullable Duration maxCredentialsBackoff;

		/**
		 * Where enqueued batches are kept until mParticle accepts them: in memory, or in
		 * a table of the application's DataSource (the outbox), which survives restarts,
		 * joins the caller's transaction and is shared by every instance. The queue's
		 * bounds and overflow policy apply to either.
		 */
		private @Nullable Store store;

		private final Jdbc jdbc = new Jdbc();

		public @Nullable Store getStore() {
			return this.store;
		}

		public void setStore(@Nullable Store store) {
			this.store = store;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

		public @Nullable String getHandleExecutor() {
			return this.handleExecutor;
		}

		public void setHandleExecutor(@Nullable String handleExecutor) {
			this.handleExecutor = handleExecutor;
		}

		public @Nullable RejectedCredentialsPolicy getRejectedCredentials() {
			return this.rejectedCredentials;
		}

		public void setRejectedCredentials(@Nullable RejectedCredentialsPolicy rejectedCredentials) {
			this.rejectedCredentials = rejectedCredentials;
		}

		public @Nullable Duration getMaxCredentialsBackoff() {
			return this.maxCredentialsBackoff;
		}

		public void setMaxCredentialsBackoff(@Nullable Duration maxCredentialsBackoff) {
			this.maxCredentialsBackoff = maxCredentialsBackoff;
		}

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
		 * Where a dispatcher keeps its batches.
		 */
		public enum Store {

			/**
			 * In memory: lost if the application stops before they are delivered.
			 */
			MEMORY,

			/**
			 * In a table of the application's DataSource: see the jdbc settings.
			 */
			JDBC

		}

		/**
		 * Settings of the outbox table, with the jdbc store.
		 */
		public static class Jdbc {

			/**
			 * Name of the outbox table, shared by every input (a column tells them
			 * apart).
			 */
			private @Nullable String tableName;

			/**
			 * When to create the outbox table, if it does not exist, at start-up: for an
			 * embedded database only, always, or never (create it with Flyway, Liquibase
			 * or the scripts in the jar).
			 */
			private @Nullable InitializeSchema initializeSchema;

			/**
			 * How long the rows that an instance claimed stay its own; rows of an
			 * instance that died are sent by another once it passes. Must outlast a
			 * request and its handling.
			 */
			private @Nullable Duration leaseDuration;

			/**
			 * How often to look for rows that other instances appended or whose lease
			 * expired.
			 */
			private @Nullable Duration pollInterval;

			public @Nullable String getTableName() {
				return this.tableName;
			}

			public void setTableName(@Nullable String tableName) {
				this.tableName = tableName;
			}

			public @Nullable InitializeSchema getInitializeSchema() {
				return this.initializeSchema;
			}

			public void setInitializeSchema(@Nullable InitializeSchema initializeSchema) {
				this.initializeSchema = initializeSchema;
			}

			public @Nullable Duration getLeaseDuration() {
				return this.leaseDuration;
			}

			public void setLeaseDuration(@Nullable Duration leaseDuration) {
				this.leaseDuration = leaseDuration;
			}

			public @Nullable Duration getPollInterval() {
				return this.pollInterval;
			}

			public void setPollInterval(@Nullable Duration pollInterval) {
				this.pollInterval = pollInterval;
			}

		}

		/**
		 * When to create the outbox table, as Spring Boot's {@code spring.sql.init.mode}
		 * and {@code spring.batch.jdbc.initialize-schema} do.
		 */
		public enum InitializeSchema {

			/**
			 * Only in an embedded database, as Spring Boot counts one: in memory (H2 in a
			 * file needs {@code always}).
			 */
			EMBEDDED,

			/**
			 * Always, unless the table exists.
			 */
			ALWAYS,

			/**
			 * Never.
			 */
			NEVER

		}

	}

}

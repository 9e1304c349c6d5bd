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

package io.github.mparticle4j.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import io.github.mparticle4j.client.internal.SettingChecks;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds an {@link EventsApi} client. Only the credentials are required; everything else
 * has a default:
 * <table>
 * <caption>Defaults</caption>
 * <tr>
 * <th>Setting</th>
 * <th>Default</th>
 * </tr>
 * <tr>
 * <td>{@link #pod(Pod) pod}</td>
 * <td>{@link Pod#US1}</td>
 * </tr>
 * <tr>
 * <td>{@link #environment(Batch.Environment) environment}</td>
 * <td>none: every batch must set its own</td>
 * </tr>
 * <tr>
 * <td>{@link #connectTimeout(Duration) connectTimeout}</td>
 * <td>5 seconds</td>
 * </tr>
 * <tr>
 * <td>{@link #responseTimeout(Duration) responseTimeout}</td>
 * <td>10 seconds per attempt</td>
 * </tr>
 * <tr>
 * <td>{@link #timeout(Duration) timeout}</td>
 * <td>30 seconds for the whole upload, retries included</td>
 * </tr>
 * <tr>
 * <td>{@link #maxAttempts(int) maxAttempts}</td>
 * <td>5</td>
 * </tr>
 * <tr>
 * <td>{@link #initialBackoff(Duration) initialBackoff}</td>
 * <td>500 milliseconds</td>
 * </tr>
 * <tr>
 * <td>{@link #maxBackoff(Duration) maxBackoff}</td>
 * <td>10 seconds</td>
 * </tr>
 * <tr>
 * <td>{@link #maxRetryAfter(Duration) maxRetryAfter}</td>
 * <td>20 seconds</td>
 * </tr>
 * </table>
 *
 * @author mparticle4j contributors
 */
public final class EventsApiBuilder {

	/**
	 * The default {@link #connectTimeout(Duration) connect timeout}.
	 */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * The default {@link #responseTimeout(Duration) response timeout}.
	 */
	public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	static final int DEFAULT_MAX_ATTEMPTS = 5;

	static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);

	static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

	static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(20);

	private final ApiCredentials credentials;

	private URI baseUrl = Pod.US1.baseUrl();

	private boolean allowInsecureHttp;

	private Batch.@Nullable Environment environment;

	private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

	private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;

	private Duration timeout = DEFAULT_TIMEOUT;

	private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

	private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;

	private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

	private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

	private WebClient.@Nullable Builder webClientBuilder;

	private @Nullable ClientHttpConnector clientConnector;

	private @Nullable Scheduler scheduler;

	EventsApiBuilder(ApiCredentials credentials) {
		this.credentials = Objects.requireNonNull(credentials, "'credentials' must not be null");
	}

	/**
	 * Sends to the given pod.
	 * @param pod the pod
	 * @return this builder
	 */
	public EventsApiBuilder pod(Pod pod) {
		this.baseUrl = Objects.requireNonNull(pod, "'pod' must not be null").baseUrl();
		return this;
	}

	/**
	 * Sends to the given base URL instead of a pod, such as a proxy or a stand-in for
	 * tests. The paths {@code /events} and {@code /bulkevents} are appended to it. Plain
	 * {@code http} is accepted only for loopback hosts unless
	 * {@link #allowInsecureHttp(boolean)} is set. A port, if given, is from 1 to 65535.
	 * @param baseUrl the absolute base URL, such as
	 * {@code https://s2s.eu1.mparticle.com/v2}
	 * @return this builder
	 */
	public EventsApiBuilder baseUrl(String baseUrl) {
		Objects.requireNonNull(baseUrl, "'baseUrl' must not be null");
		try {
			return baseUrl(URI.create(baseUrl));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEventsApiSettingException("baseUrl", baseUrl, "is not a valid URL: " + ex.getMessage());
		}
	}

	/**
	 * Sends to the given base URL instead of a pod.
	 * @param baseUrl the absolute base URL
	 * @return this builder
	 * @see #baseUrl(String)
	 */
	public EventsApiBuilder baseUrl(URI baseUrl) {
		this.baseUrl = Objects.requireNonNull(baseUrl, "'baseUrl' must not be null");
		return this;
	}

	/**
	 * Allows a plain {@code http} base URL for hosts other than loopback ones. The API
	 * secret then travels unencrypted.
	 * @param allowInsecureHttp whether to allow plain http
	 * @return this builder
	 */
	public EventsApiBuilder allowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
		return this;
	}

	/**
	 * Sets the environment of batches that have none.
	 * @param environment the environment, or {@code null} to require one on every batch
	 * @return this builder
	 */
	public EventsApiBuilder environment(Batch.@Nullable Environment environment) {
		this.environment = environment;
		return this;
	}

	/**
	 * Sets how long to wait for a connection to be established. Has no effect with a
	 * {@link #clientConnector(ClientHttpConnector) given connector}, which has its own.
	 * @param connectTimeout the timeout, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder connectTimeout(Duration connectTimeout) {
		this.connectTimeout = Objects.requireNonNull(connectTimeout, "'connectTimeout' must not be null");
		return this;
	}

	/**
	 * Sets how long to wait for the response to one attempt.
	 * @param responseTimeout the timeout, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder responseTimeout(Duration responseTimeout) {
		this.responseTimeout = Objects.requireNonNull(responseTimeout, "'responseTimeout' must not be null");
		return this;
	}

	/**
	 * Sets how long a whole upload may take, including every retry and every wait.
	 * @param timeout the timeout, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder timeout(Duration timeout) {
		this.timeout = Objects.requireNonNull(timeout, "'timeout' must not be null");
		return this;
	}

	/**
	 * Sets how many requests an upload may make, the first one included. 1 disables
	 * retries.
	 * @param maxAttempts the number of attempts, at least 1
	 * @return this builder
	 */
	public EventsApiBuilder maxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
		return this;
	}

	/**
	 * Sets the backoff before the first retry; it doubles for each further retry, up to
	 * {@link #maxBackoff(Duration)}, and the actual wait is a random share of it (full
	 * jitter).
	 * @param initialBackoff the backoff, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder initialBackoff(Duration initialBackoff) {
		this.initialBackoff = Objects.requireNonNull(initialBackoff, "'initialBackoff' must not be null");
		return this;
	}

	/**
	 * Sets the longest backoff between two attempts.
	 * @param maxBackoff the backoff, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder maxBackoff(Duration maxBackoff) {
		this.maxBackoff = Objects.requireNonNull(maxBackoff, "'maxBackoff' must not be null");
		return this;
	}

	/**
	 * Sets the longest wait that a {@code Retry-After} header can impose; a longer one is
	 * cut to this.
	 * @param maxRetryAfter the wait, positive and at most one day
	 * @return this builder
	 */
	public EventsApiBuilder maxRetryAfter(Duration maxRetryAfter) {
		this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "'maxRetryAfter' must not be null");
		return this;
	}

	/**
	 * Starts from the given {@code WebClient.Builder}, so that its filters, codecs and
	 * observation registry apply. The builder is cloned, not changed.
	 * @param webClientBuilder the builder
	 * @return this builder
	 */
	public EventsApiBuilder webClientBuilder(WebClient.Builder webClientBuilder) {
		this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "'webClientBuilder' must not be null");
		return this;
	}

	/**
	 * Uses the given connector instead of the client's own Reactor Netty connector. The
	 * connector's own connect timeout applies, and {@link EventsApi#close()} leaves it
	 * open.
	 * @param clientConnector the connector
	 * @return this builder
	 */
	public EventsApiBuilder clientConnector(ClientHttpConnector clientConnector) {
		this.clientConnector = Objects.requireNonNull(clientConnector, "'clientConnector' must not be null");
		return this;
	}

	/**
	 * Takes the time for waits, backoff and deadlines from the given scheduler instead of
	 * Reactor's parallel scheduler: with a {@code VirtualTimeScheduler}, tests can move
	 * time forward instead of waiting.
	 * @param scheduler the scheduler
	 * @return this builder
	 */
	public EventsApiBuilder scheduler(Scheduler scheduler) {
		this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' must not be null");
		return this;
	}

	/**
	 * Builds the client.
	 * @return the client
	 * @throws InvalidEventsApiSettingException if a setting cannot be used, naming it
	 * @throws IllegalStateException if no connector was given and Reactor Netty is not on
	 * the class path
	 */
	public EventsApi build() {
		ClassLoader classLoader = EventsApiBuilder.class.getClassLoader();
		if (this.clientConnector == null && !ReactorNettyConnector.isPresent(classLoader)) {
			throw new IllegalStateException("EventsApi sends with Reactor Netty by default, but it is not on the class"
					+ " path: add io.projectreactor.netty:reactor-netty-http, or give a connector with"
					+ " clientConnector(..)");
		}
		SettingChecks.positive("connectTimeout", this.connectTimeout);
		SettingChecks.positive("responseTimeout", this.responseTimeout);
		SettingChecks.positive("timeout", this.timeout);
		if (this.maxAttempts < 1) {
			throw new InvalidEventsApiSettingException("maxAttempts", this.maxAttempts,
					"must be at least 1, was " + this.maxAttempts);
		}
		SettingChecks.positive("initialBackoff", this.initialBackoff);
		SettingChecks.positive("maxBackoff", this.maxBackoff);
		SettingChecks.positive("maxRetryAfter", this.maxRetryAfter);
		if (this.initialBackoff.compareTo(this.maxBackoff) > 0) {
			throw new InvalidEventsApiSettingException("initialBackoff", this.initialBackoff,
					"(" + this.initialBackoff + ") must not be longer than 'maxBackoff' (" + this.maxBackoff + ")");
		}
		ClientSettings settings = new ClientSettings(checkBaseUrl(this.baseUrl, this.allowInsecureHttp),
				this.credentials, this.environment, this.connectTimeout, this.responseTimeout, this.timeout,
				this.maxAttempts, this.initialBackoff, this.maxBackoff, this.maxRetryAfter,
				(this.scheduler != null) ? this.scheduler : Schedulers.parallel());
		WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
				: WebClient.builder();
		return new DefaultEventsApi(settings, builder, this.clientConnector);
	}

	/**
	 * Checks that a base URL can be used: absolute, {@code http} or {@code https}, with a
	 * host, without user info, query or fragment, and using {@code http} only for
	 * loopback hosts unless insecure http is allowed.
	 * @param url the base URL
	 * @param allowInsecureHttp whether plain http is allowed for any host
	 * @return the base URL without a trailing slash
	 * @throws InvalidEventsApiSettingException if the URL cannot be used, saying why
	 */
	private static URI checkBaseUrl(URI url, boolean allowInsecureHttp) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!url.isAbsolute() || url.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
			throw new InvalidEventsApiSettingException("baseUrl", url,
					"must be an absolute http or https URL with a host, was '" + url + "'");
		}
		if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new InvalidEventsApiSettingException("baseUrl", url,
					"must not contain user info, a query or a fragment; set the credentials separately");
		}
		if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(url.getHost())) {
			throw new InvalidEventsApiSettingException("baseUrl", url, "uses plain http for the non-loopback host '"
					+ url.getHost()
					+ "', which would send the API secret unencrypted; use https or allow insecure http explicitly");
		}
		if (url.getPort() != -1 && (url.getPort() < 1 || url.getPort() > 65535)) {
			throw new InvalidEventsApiSettingException("baseUrl", url,
					"must have a port from 1 to 65535 (or none), was " + url.getPort());
		}
		String text = url.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
	}

	private static boolean isLoopback(String host) {
		if ("localhost".equalsIgnoreCase(host)) {
			return true;
		}
		String literal = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}

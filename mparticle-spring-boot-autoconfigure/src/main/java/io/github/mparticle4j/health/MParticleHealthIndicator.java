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

package io.github.mparticle4j.health;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.Pod;
import io.github.mparticle4j.client.UploadStatus;
import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.dispatcher.DispatcherStatus;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * {@link org.springframework.boot.health.contributor.ReactiveHealthIndicator} for the
 * mParticle Events API.
 * <p>
 * The Events API has no endpoint that can be called without sending data: every accepted
 * POST is ingested. This indicator therefore never makes a request. It reports what the
 * {@link EventsApi} client has seen of its own uploads ({@link EventsApi#status()}):
 * <ul>
 * <li>{@code UNKNOWN} before any upload has succeeded or failed, and while uploads have
 * failed fewer times in a row than the threshold without any success yet;</li>
 * <li>{@code UP} once an upload has succeeded, as long as the last uploads did not fail
 * too often in a row;</li>
 * <li>the <em>failure status</em> after mParticle rejected the credentials (401 or 403),
 * until an upload succeeds again, or after the given number of uploads in a row failed,
 * with the reason.</li>
 * </ul>
 * The failure status is {@link #DEGRADED} by default: a status that Spring Boot's default
 * status aggregation ignores and maps to HTTP 200, so that an analytics outage or a
 * rotated secret is visible in this component without taking the application out of
 * service. Applications that want such a problem to fail their health can choose
 * {@link Status#DOWN} instead.
 * <p>
 * Details: the pod (or base URL), the default environment, the number of successful and
 * failed uploads, the time of the last success and of the last failure with its reason
 * (status code and mParticle's error codes, never a response body), and the last reported
 * rate-limit usage. Requests that failed validation were never sent and do not count. The
 * details never contain the API key or secret.
 * <p>
 * When the input has an {@link EventDispatcher}, the details also hold
 * {@code dispatcher}: the batches and bytes it holds ({@code queuedBatches},
 * {@code queuedBytes}), its {@code requestsInFlight}, the {@code oldestPendingAge} of the
 * batches waiting to be sent (such as {@code 850ms} or {@code 1m 5s}), and how many
 * batches it has {@code delivered}, {@code failed} and {@code dropped} so far. They do
 * not change the status, which follows the uploads as above, with one exception: while
 * the dispatcher is paused because mParticle rejected the credentials or a TLS
 * certificate is not trusted ({@link DispatcherStatus#pauseReason()}), the status is the
 * failure status with that reason, and the details hold the {@code pauseReason}.
 *
 * @author mparticle4j contributors
 */
public class MParticleHealthIndicator extends AbstractReactiveHealthIndicator {

	/**
	 * The status of a client whose uploads fail, by default: shown in the component, but
	 * left out of the aggregate health by Spring Boot's default status order.
	 */
	public static final Status DEGRADED = new Status("DEGRADED",
			"mParticle uploads are failing; the application itself is not affected");

	private final EventsApi eventsApi;

	private final @Nullable EventDispatcher dispatcher;

	private final int failureThreshold;

	private final Status failureStatus;

	/**
	 * Creates an indicator that reports failures as {@link #DEGRADED}.
	 * @param eventsApi the client whose uploads are reported
	 * @param failureThreshold how many uploads in a row must fail for the failure status,
	 * at least 1
	 */
	public MParticleHealthIndicator(EventsApi eventsApi, int failureThreshold) {
		this(eventsApi, failureThreshold, DEGRADED);
	}

	/**
	 * Creates an indicator.
	 * @param eventsApi the client whose uploads are reported
	 * @param failureThreshold how many uploads in a row must fail for the failure status,
	 * at least 1
	 * @param failureStatus the status to report when uploads fail, such as
	 * {@link #DEGRADED} or {@link Status#DOWN}
	 */
	public MParticleHealthIndicator(EventsApi eventsApi, int failureThreshold, Status failureStatus) {
		this(eventsApi, null, failureThreshold, failureStatus);
	}

	/**
	 * Creates an indicator that also reports on the input's dispatcher.
	 * @param eventsApi the client whose uploads are reported
	 * @param dispatcher the dispatcher that sends through the client, whose state is
	 * added to the details, or {@code null}
	 * @param failureThreshold how many uploads in a row must fail for the failure status,
	 * at least 1
	 * @param failureStatus the status to report when uploads fail, such as
	 * {@link #DEGRADED} or {@link Status#DOWN}
	 */
	public MParticleHealthIndicator(EventsApi eventsApi, @Nullable EventDispatcher dispatcher, int failureThreshold,
			Status failureStatus) {
		super("mParticle health check failed");
		Assert.notNull(eventsApi, "'eventsApi' must not be null");
		Assert.isTrue(failureThreshold >= 1, "'failureThreshold' must be at least 1");
		Assert.notNull(failureStatus, "'failureStatus' must not be null");
		this.eventsApi = eventsApi;
		this.dispatcher = dispatcher;
		this.failureThreshold = failureThreshold;
		this.failureStatus = failureStatus;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		UploadStatus status = this.eventsApi.status();
		if (status == null) {
			// a client that does not track its uploads, such as a mock
			status = UploadStatus.UNKNOWN;
		}
		DispatcherStatus dispatcherStatus = (this.dispatcher != null) ? this.dispatcher.status() : null;
		String pauseReason = (dispatcherStatus != null) ? dispatcherStatus.pauseReason() : null;
		if (pauseReason != null) {
			builder.status(this.failureStatus)
				.withDetail("reason", "the dispatcher is paused, keeping its batches: " + pauseReason);
		}
		else if (status.authenticationFailed()) {
			builder.status(this.failureStatus).withDetail("reason", "mParticle rejected the credentials");
		}
		else if (status.consecutiveFailures() >= this.failureThreshold) {
			builder.status(this.failureStatus)
				.withDetail("reason",
						status.consecutiveFailures() + ((status.consecutiveFailures() != 1) ? " uploads" : " upload")
								+ " in a row failed (threshold " + this.failureThreshold + ")");
		}
		else if (status.lastSuccess() != null) {
			builder.up();
		}
		else {
			builder.unknown();
		}
		addDetails(builder, status);
		return Mono.just(builder.build());
	}

	private void addDetails(Health.Builder builder, UploadStatus status) {
		URI baseUrl = this.eventsApi.baseUrl();
		if (baseUrl != null) {
			Arrays.stream(Pod.values())
				.filter((pod) -> pod.baseUrl().equals(baseUrl))
				.findFirst()
				.ifPresentOrElse((pod) -> builder.withDetail("pod", pod.name()),
						() -> builder.withDetail("baseUrl", baseUrl.toString()));
		}
		Batch.Environment environment = this.eventsApi.defaultEnvironment();
		if (environment != null) {
			builder.withDetail("environment", environment.value());
		}
		builder.withDetail("successfulUploads", status.successfulUploads())
			.withDetail("failedUploads", status.failedUploads())
			.withDetail("consecutiveFailures", status.consecutiveFailures());
		if (status.lastSuccess() != null) {
			builder.withDetail("lastSuccess", status.lastSuccess().toString());
		}
		if (status.lastFailure() != null) {
			builder.withDetail("lastFailure", status.lastFailure().toString());
		}
		if (status.lastFailureReason() != null) {
			builder.withDetail("lastFailureReason", status.lastFailureReason());
		}
		if (status.rateLimitPercentageUsed() != null) {
			builder.withDetail("rateLimitPercentageUsed", status.rateLimitPercentageUsed());
		}
		DispatcherStatus dispatcherStatus = (this.dispatcher != null) ? this.dispatcher.status() : null;
		// null from a dispatcher that does not report, such as a mock
		if (dispatcherStatus != null) {
			builder.withDetail("dispatcher", dispatcherDetails(dispatcherStatus));
		}
	}

	private static Map<String, Object> dispatcherDetails(DispatcherStatus status) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("queuedBatches", status.queuedBatches());
		details.put("queuedBytes", status.queuedBytes());
		details.put("requestsInFlight", status.requestsInFlight());
		details.put("oldestPendingAge", Durations.format(status.oldestPendingAge()));
		details.put("delivered", status.delivered());
		details.put("failed", status.failed());
		details.put("dropped", status.dropped());
		if (status.pauseReason() != null) {
			details.put("pauseReason", status.pauseReason());
		}
		return details;
	}

}

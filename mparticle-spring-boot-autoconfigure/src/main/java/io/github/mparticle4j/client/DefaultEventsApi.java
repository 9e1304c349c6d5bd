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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.client.internal.AttemptOutcome;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.DispatchSender;
import io.github.mparticle4j.client.internal.Durations;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import io.github.mparticle4j.client.internal.ResponseBodies;
import io.github.mparticle4j.model.Batch;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;

/**
 * The {@link EventsApi} implementation: validates and serializes each request once, then
 * sends it through a {@link WebClient}, retrying as its {@link RetryPolicy} decides. All
 * waits and the deadline take their time from the client's {@link Scheduler}.
 *
 * @author mparticle4j contributors
 */
final class DefaultEventsApi implements EventsApi, DispatchSender {

	static final String EVENTS_PATH = "/events";

	static final String BULK_EVENTS_PATH = "/bulkevents";

	static final String USER_AGENT = "mparticle-spring-boot/" + version() + " (Java " + Runtime.version().feature()
			+ ")";

	private static final String RATE_LIMIT_PERCENTAGE_USED = "X-mp-rate-limit-percentage-used";

	private static final String RATE_LIMIT_EXCEEDED = "X-mp-rate-limit-exceeded";

	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

	private static final boolean NETTY_PRESENT = ReactorNettyConnector
		.isPresent(DefaultEventsApi.class.getClassLoader());

	private static final Log logger = LogFactory.getLog(DefaultEventsApi.class);

	private final ClientSettings settings;

	private final WebClient webClient;

	private final URI eventsUri;

	private final URI bulkEventsUri;

	private final @Nullable Disposable ownConnections;

	private final RequestWriter writer = new RequestWriter();

	private final BatchValidator validator = new BatchValidator();

	private final RetryPolicy retryPolicy;

	private final UploadFailures failures;

	private final Scheduler scheduler;

	private final RateLimitGate rateLimitGate;

	private final StatusTracker statusTracker;

	DefaultEventsApi(ClientSettings settings, WebClient.Builder builder, @Nullable ClientHttpConnector connector) {
		this.settings = settings;
		this.scheduler = settings.scheduler();
		this.retryPolicy = new RetryPolicy(settings.maxAttempts(),
				new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.maxRetryAfter()));
		this.failures = new UploadFailures(settings.baseUrl(), settings.timeout());
		this.rateLimitGate = new RateLimitGate(this::now);
		this.statusTracker = new StatusTracker(Clock.systemUTC(), settings.baseUrl().toString());
		this.eventsUri = URI.create(settings.baseUrl() + EVENTS_PATH);
		this.bulkEventsUri = URI.create(settings.baseUrl() + BULK_EVENTS_PATH);
		ReactorNettyConnector.Owned owned = (connector != null) ? null : ReactorNettyConnector.create(settings);
		this.ownConnections = (owned != null) ? owned.resources() : null;
		String authorization = HttpHeaders.encodeBasicAuth(settings.credentials().key(),
				settings.credentials().secret(), null);
		this.webClient = builder
			.clientConnector((owned != null) ? owned.connector() : Objects.requireNonNull(connector))
			.defaultHeaders((headers) -> {
				headers.set(HttpHeaders.AUTHORIZATION, "Basic " + authorization);
				headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			})
			.build();
	}

	@Override
	public Mono<UploadResult> uploadEvents(Batch batch) {
		return upload(false, List.of(Objects.requireNonNull(batch, "'batch' must not be null")));
	}

	@Override
	public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
		return upload(true, Objects.requireNonNull(batches, "'batches' must not be null"));
	}

	@Override
	public UploadStatus status() {
		return this.statusTracker.get();
	}

	@Override
	public URI baseUrl() {
		return this.settings.baseUrl();
	}

	@Override
	public Batch.@Nullable Environment defaultEnvironment() {
		return this.settings.environment();
	}

	@Override
	public Mono<AttemptOutcome> sendOnce(SerializedRequest request, List<String> sourceRequestIds) {
		return Mono.defer(() -> {
			Upload upload = new Upload(
					new Upload.Prepared(BULK_EVENTS_PATH, this.bulkEventsUri, request, sourceRequestIds),
					now() + this.settings.timeout().toNanos());
			int attempt = upload.nextAttempt();
			long startTime = now();
			return exchange(upload).timeout(this.settings.timeout(),
					Mono.fromSupplier(() -> new Outcome.TransportFailure(this.failures.timedOut(upload).getCause(),
							"no answer within the timeout of " + Durations.format(this.settings.timeout()))),
					this.scheduler)
				.map((outcome) -> attempted(upload, outcome, attempt, startTime));
		});
	}

	// one attempt for the dispatcher, which retries itself: the client's state learns
	// from it as from its own attempts
	private AttemptOutcome attempted(Upload upload, Outcome outcome, int attempt, long startTime) {
		if (outcome instanceof Outcome.Accepted accepted) {
			this.statusTracker.success(accepted(upload, accepted, attempt, startTime));
			return new AttemptOutcome(accepted.status(), accepted.rateLimitPercentageUsed(), null, null, null, null,
					accepted.describe());
		}
		// the gate closes before the failure shows in the status, as in the client's own
		// retries: whoever sees the failure finds the gate closed
		if (outcome instanceof Outcome.Rejected rejected && rejected.status() == 429 && rejected.retryAfter() != null) {
			this.rateLimitGate.closeFor(this.retryPolicy.backoff().cappedRetryAfter(rejected.retryAfter()));
		}
		this.statusTracker.failure(this.failures.failed(upload, outcome, false));
		if (outcome instanceof Outcome.Rejected rejected) {
			return new AttemptOutcome(rejected.status(), null, rejected.retryAfter(), rejected.rateLimitExceeded(),
					rejected.body(), null, rejected.describe());
		}
		Outcome.TransportFailure failure = (Outcome.TransportFailure) outcome;
		return new AttemptOutcome(0, null, null, null, null, failure.failure(), failure.describe());
	}

	@Override
	public @Nullable Duration retryDelay(int failedAttempts) {
		int inRound = failedAttempts % this.retryPolicy.maxAttempts();
		return (inRound != 0) ? this.retryPolicy.backoff().delay(inRound, null) : null;
	}

	@Override
	public Duration maxRetryAfter() {
		return this.settings.maxRetryAfter();
	}

	@Override
	public Duration rateLimitWait() {
		return this.rateLimitGate.remaining();
	}

	@Override
	public Scheduler scheduler() {
		return this.scheduler;
	}

	@Override
	public void close() {
		if (this.ownConnections != null) {
			this.ownConnections.dispose();
		}
	}

	private Mono<UploadResult> upload(boolean bulk, List<Batch> batches) {
		String root = bulk ? "batches" : "batch";
		List<Violation> violations = new ArrayList<>();
		this.validator.validateCount(batches, root, bulk, violations);
		List<Batch> prepared = new ArrayList<>(batches.size());
		List<String> sourceRequestIds = new ArrayList<>(batches.size());
		for (int i = 0; i < batches.size(); i++) {
			BatchValidator.Path batchPath = bulk ? BatchValidator.Path.root(root, i) : BatchValidator.Path.root(root);
			Batch batch = batches.get(i);
			if (batch == null) {
				violations.add(new Violation(batchPath.toString(), "must not be null"));
				continue;
			}
			batch = withDefaults(batch);
			this.validator.validate(batch, batchPath, violations);
			prepared.add(batch);
			sourceRequestIds.add(Objects.requireNonNull(batch.getSourceRequestId()));
		}
		if (prepared.size() < batches.size()) {
			return Mono.error(new MParticleValidationException(violations));
		}
		SerializedRequest request = bulk ? this.writer.writeBulk(prepared) : this.writer.writeSingle(prepared.get(0));
		this.validator.validateSizes(request.batchSizes(), request.size(), root, bulk, violations);
		if (!violations.isEmpty()) {
			return Mono.error(new MParticleValidationException(violations));
		}
		return send(new Upload.Prepared(bulk ? BULK_EVENTS_PATH : EVENTS_PATH,
				bulk ? this.bulkEventsUri : this.eventsUri, request, sourceRequestIds));
	}

	private Batch withDefaults(Batch batch) {
		boolean needsEnvironment = batch.getEnvironment() == null && this.settings.environment() != null;
		boolean needsId = batch.getSourceRequestId() == null;
		if (!needsEnvironment && !needsId) {
			return batch;
		}
		Batch copy = batch.copy();
		if (needsEnvironment) {
			copy.environment(this.settings.environment());
		}
		if (needsId) {
			copy.sourceRequestId(UUID.randomUUID().toString());
		}
		return copy;
	}

	private Mono<UploadResult> send(Upload.Prepared prepared) {
		return Mono.defer(() -> {
			Upload upload = new Upload(prepared, now() + this.settings.timeout().toNanos());
			return attempt(upload).timeout(this.settings.timeout(), Mono.error(() -> this.failures.timedOut(upload)),
					this.scheduler);
		}).doOnNext(this.statusTracker::success).doOnError(MParticleException.class, this.statusTracker::failure);
	}

	private Mono<UploadResult> attempt(Upload upload) {
		Duration wait = this.rateLimitGate.remaining();
		if (wait.isZero()) {
			return exchangeAndDecide(upload);
		}
		if (wait.compareTo(upload.timeLeft(now())) >= 0) {
			return Mono.error(this.failures.heldBack(upload, wait));
		}
		return Mono.delay(wait, this.scheduler).then(Mono.defer(() -> exchangeAndDecide(upload)));
	}

	private Mono<UploadResult> exchangeAndDecide(Upload upload) {
		int attempt = upload.nextAttempt();
		long startTime = now();
		return exchange(upload).flatMap((outcome) -> {
			if (outcome instanceof Outcome.Accepted accepted) {
				return Mono.just(accepted(upload, accepted, attempt, startTime));
			}
			if (outcome instanceof Outcome.Rejected rejected && rejected.status() == 429
					&& rejected.retryAfter() != null) {
				this.rateLimitGate.closeFor(this.retryPolicy.backoff().cappedRetryAfter(rejected.retryAfter()));
			}
			upload.lastFailure(outcome.describe());
			RetryPolicy.Decision decision = this.retryPolicy.decide(outcome, attempt, upload.timeLeft(now()));
			if (decision instanceof RetryPolicy.Decision.Retry retry) {
				if (logger.isDebugEnabled()) {
					logger.debug(upload.describe() + " failed (" + outcome.describe() + ", attempt " + attempt + " of "
							+ this.retryPolicy.maxAttempts() + "); retrying in " + Durations.format(retry.delay()));
				}
				return Mono.delay(retry.delay(), this.scheduler).then(Mono.defer(() -> attempt(upload)));
			}
			if (logger.isDebugEnabled()) {
				logger.debug(upload.describe() + " (" + upload.request().size() + " bytes, source_request_ids "
						+ upload.sourceRequestIds() + "): gave up after " + UploadFailures.attempts(attempt) + ": "
						+ outcome.describe());
			}
			return Mono
				.error(this.failures.failed(upload, outcome, ((RetryPolicy.Decision.GiveUp) decision).outOfTime()));
		});
	}

	/**
	 * Sends the request once. HTTP statuses come back as values; transport failures too,
	 * so that only defects travel as errors.
	 * @param upload the upload
	 * @return the outcome of this attempt
	 */
	private Mono<Outcome> exchange(Upload upload) {
		return this.webClient.post()
			.uri(upload.prepared().uri())
			// what uri(String) would have recorded, for the "uri" of http.client.requests
			.attribute(URI_TEMPLATE_ATTRIBUTE, upload.prepared().uri().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(upload.request().size())
			.body(BodyInserters.fromDataBuffers(Mono.fromSupplier(() -> body(upload))))
			.exchangeToMono(this::outcome)
			.onErrorResume(DefaultEventsApi::isTransportFailure,
					(failure) -> Mono.just(new Outcome.TransportFailure(failure,
							UploadFailures.describe(failure, this.settings.responseTimeout(),
									(cause) -> NETTY_PRESENT && ReactorNettyConnector.isResponseTimeout(cause)))));
	}

	private DataBuffer body(Upload upload) {
		return NETTY_PRESENT ? ReactorNettyConnector.body(upload.request()) : BUFFERS.wrap(upload.request().body());
	}

	private Mono<Outcome> outcome(ClientResponse response) {
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		if (response.statusCode().is2xxSuccessful()) {
			Integer percentage = parseInteger(headers.getFirst(RATE_LIMIT_PERCENTAGE_USED));
			return response.releaseBody().thenReturn(new Outcome.Accepted(status, percentage));
		}
		Duration retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER));
		String rateLimitExceeded = headers.getFirst(RATE_LIMIT_EXCEEDED);
		return response.bodyToMono(String.class)
			.mapNotNull(ResponseBodies::truncate)
			.onErrorResume((ex) -> Mono.empty())
			.<Outcome>map((body) -> new Outcome.Rejected(status, retryAfter, rateLimitExceeded, body))
			.defaultIfEmpty(new Outcome.Rejected(status, retryAfter, rateLimitExceeded, null));
	}

	private UploadResult accepted(Upload upload, Outcome.Accepted accepted, int attempt, long startTime) {
		UploadResult result = new UploadResult(accepted.status(), attempt, upload.sourceRequestIds(),
				upload.request().size(), accepted.rateLimitPercentageUsed());
		if (logger.isDebugEnabled()) {
			logger.debug(upload.describe() + " (" + upload.request().size() + " bytes, source_request_ids "
					+ upload.sourceRequestIds() + "): " + accepted.status() + " in "
					+ TimeUnit.NANOSECONDS.toMillis(now() - startTime) + " ms, attempt " + attempt
					+ ((accepted.rateLimitPercentageUsed() != null)
							? ", rate limit " + accepted.rateLimitPercentageUsed() + "% used" : ""));
		}
		return result;
	}

	private long now() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	private static boolean isTransportFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof WebClientException || cause instanceof IOException || cause instanceof TimeoutException
					|| (NETTY_PRESENT && ReactorNettyConnector.isTransportFailure(cause))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Integer parseInteger(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String version() {
		try (InputStream in = DefaultEventsApi.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}

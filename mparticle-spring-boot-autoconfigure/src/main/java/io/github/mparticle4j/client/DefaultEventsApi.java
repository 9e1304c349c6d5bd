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
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.client.RequestWriter.SerializedRequest;
import io.github.mparticle4j.model.Batch;

import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;

/**
 * The {@link EventsApi} implementation: validates and serializes each request once, then
 * sends it through a {@link WebClient}, retrying what may be retried.
 *
 * @author mparticle4j contributors
 */
final class DefaultEventsApi implements EventsApi {

	static final String EVENTS_PATH = "/events";

	static final String BULK_EVENTS_PATH = "/bulkevents";

	static final int MAX_BATCH_SIZE = 128 * 1024;

	static final int MAX_REQUEST_SIZE = 256 * 1024;

	static final String USER_AGENT = "mparticle-spring-boot/" + version() + " (Java " + Runtime.version().feature()
			+ ")";

	private static final String RATE_LIMIT_PERCENTAGE_USED = "X-mp-rate-limit-percentage-used";

	private static final String RATE_LIMIT_EXCEEDED = "X-mp-rate-limit-exceeded";

	private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

	private static final boolean NETTY_PRESENT = ReactorNettyConnector.isPresent(DefaultEventsApi.class.getClassLoader());

	private static final Log logger = LogFactory.getLog(DefaultEventsApi.class);

	private final ClientSettings settings;

	private final WebClient webClient;

	private final @Nullable Disposable ownConnections;

	private final RequestWriter writer = new RequestWriter();

	private final BatchValidator validator = new BatchValidator();

	private final Backoff backoff;

	private final RateLimitGate rateLimitGate = new RateLimitGate();

	private final StatusTracker statusTracker;

	DefaultEventsApi(ClientSettings settings, WebClient.Builder builder, @Nullable ClientHttpConnector connector) {
		this.settings = settings;
		this.statusTracker = new StatusTracker(Clock.systemUTC(), settings.baseUrl().toString());
		this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.maxRetryAfter());
		ReactorNettyConnector.Owned owned = (connector != null) ? null : ReactorNettyConnector.create(settings);
		this.ownConnections = (owned != null) ? owned.resources() : null;
		String authorization = HttpHeaders.encodeBasicAuth(settings.credentials().key(),
				settings.credentials().secret(), null);
		this.webClient = builder.baseUrl(settings.baseUrl().toString())
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
		return upload(EVENTS_PATH, "batch", List.of(Objects.requireNonNull(batch, "'batch' must not be null")), false);
	}

	@Override
	public Mono<UploadResult> bulkUploadEvents(List<Batch> batches) {
		return upload(BULK_EVENTS_PATH, "batches", Objects.requireNonNull(batches, "'batches' must not be null"),
				true);
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
	public void close() {
		if (this.ownConnections != null) {
			this.ownConnections.dispose();
		}
	}

	private Mono<UploadResult> upload(String path, String root, List<Batch> batches, boolean bulk) {
		List<Violation> violations = new ArrayList<>();
		if (bulk && batches.isEmpty()) {
			violations.add(new Violation(root, "must contain at least one batch"));
		}
		if (batches.size() > MAX_BATCHES_PER_REQUEST) {
			violations.add(new Violation(root, "must contain at most " + MAX_BATCHES_PER_REQUEST + " batches (has "
					+ batches.size() + "); split them across several requests"));
		}
		List<Batch> prepared = new ArrayList<>(batches.size());
		List<String> sourceRequestIds = new ArrayList<>(batches.size());
		for (int i = 0; i < batches.size(); i++) {
			String batchPath = bulk ? root + "[" + i + "]" : root;
			Batch batch = batches.get(i);
			if (batch == null) {
				violations.add(new Violation(batchPath, "must not be null"));
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
		checkSizes(request, root, bulk, violations);
		if (!violations.isEmpty()) {
			return Mono.error(new MParticleValidationException(violations));
		}
		return send(new PreparedUpload(path, request, sourceRequestIds));
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

	private static void checkSizes(SerializedRequest request, String root, boolean bulk, List<Violation> violations) {
		int[] sizes = request.batchSizes();
		for (int i = 0; i < sizes.length; i++) {
			if (sizes[i] > MAX_BATCH_SIZE) {
				violations.add(new Violation(bulk ? root + "[" + i + "]" : root, "must be at most 128 KB ("
						+ MAX_BATCH_SIZE + " bytes) when serialized (is " + sizes[i] + " bytes)"));
			}
		}
		// a single batch over 256 KB is already reported as over 128 KB
		if (request.size() >= MAX_REQUEST_SIZE && bulk) {
			violations.add(new Violation(root, "the request must be smaller than 256 KB (" + MAX_REQUEST_SIZE
					+ " bytes) when serialized (is " + request.size() + " bytes); split the batches across several"
					+ " requests"));
		}
	}

	private Mono<UploadResult> send(PreparedUpload prepared) {
		return Mono.defer(() -> {
			Upload upload = new Upload(prepared, System.nanoTime() + this.settings.timeout().toNanos());
			return attempt(upload).timeout(this.settings.timeout(), Mono.error(() -> overallTimeout(upload)));
		}).doOnNext(this.statusTracker::success).doOnError(MParticleException.class, this.statusTracker::failure);
	}

	private Mono<UploadResult> attempt(Upload upload) {
		Duration wait = this.rateLimitGate.remaining();
		if (wait.isZero()) {
			return exchange(upload);
		}
		if (upload.wouldMissDeadline(wait)) {
			return Mono.error(new MParticleRateLimitException("This client was asked by mParticle to wait another "
					+ format(wait) + " after a 429 response, longer than the time left for " + upload.describe(),
					wait, null, null, upload.attempts(), upload.sourceRequestIds));
		}
		return Mono.delay(wait).then(Mono.defer(() -> exchange(upload)));
	}

	private Mono<UploadResult> exchange(Upload upload) {
		int attempt = upload.nextAttempt();
		long startTime = System.nanoTime();
		return this.webClient.post()
			.uri(upload.path)
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(upload.request.size())
			.body(BodyInserters.fromDataBuffers(
					Mono.fromSupplier(() -> BUFFERS.wrap(upload.request.body()))))
			.exchangeToMono((response) -> handle(response, upload, attempt, startTime))
			.timeout(this.settings.responseTimeout())
			.onErrorResume((failure) -> retryOrFail(upload, attempt, failure));
	}

	private Mono<UploadResult> handle(ClientResponse response, Upload upload, int attempt, long startTime) {
		int status = response.statusCode().value();
		if (response.statusCode().is2xxSuccessful()) {
			Integer percentage = parseInteger(response.headers().asHttpHeaders().getFirst(RATE_LIMIT_PERCENTAGE_USED));
			UploadResult result = new UploadResult(status, attempt, upload.sourceRequestIds, upload.request.size(),
					percentage);
			if (logger.isDebugEnabled()) {
				logger.debug(upload.describe() + " (" + upload.request.size() + " bytes, source_request_ids "
						+ upload.sourceRequestIds + "): " + status + " in " + elapsedMillis(startTime)
						+ " ms, attempt " + attempt + ((percentage != null) ? ", rate limit " + percentage + "% used" : ""));
			}
			return response.releaseBody().thenReturn(result);
		}
		HttpHeaders headers = response.headers().asHttpHeaders();
		return response.bodyToMono(String.class)
			.mapNotNull(ResponseBodies::truncate)
			.onErrorResume((ex) -> Mono.empty())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((body) -> Mono.error(new ErrorStatus(status,
					RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER)), headers.getFirst(RATE_LIMIT_EXCEEDED),
					body.orElse(null))));
	}

	private Mono<UploadResult> retryOrFail(Upload upload, int attempt, Throwable failure) {
		ErrorStatus errorStatus = (failure instanceof ErrorStatus error) ? error : null;
		if (errorStatus != null && errorStatus.status == 429 && errorStatus.retryAfter != null) {
			this.rateLimitGate.closeFor(this.backoff.cappedRetryAfter(errorStatus.retryAfter));
		}
		upload.lastFailure = (errorStatus != null) ? errorStatus.describe() : describe(failure);
		boolean retryable = (errorStatus != null) ? errorStatus.isRetryable() : isTransportFailure(failure);
		if (!retryable || attempt >= this.settings.maxAttempts()) {
			return giveUp(upload, attempt, failure, errorStatus, "");
		}
		Duration delay = this.backoff.delay(attempt, (errorStatus != null) ? errorStatus.retryAfter : null);
		if (upload.wouldMissDeadline(delay)) {
			return giveUp(upload, attempt, failure, errorStatus,
					"; no time was left for another attempt within the timeout of " + format(this.settings.timeout()));
		}
		if (logger.isInfoEnabled()) {
			logger.info(upload.describe() + " failed (" + upload.lastFailure + ", attempt " + attempt + " of "
					+ this.settings.maxAttempts() + "); retrying in " + format(delay));
		}
		return Mono.delay(delay).then(Mono.defer(() -> attempt(upload)));
	}

	private Mono<UploadResult> giveUp(Upload upload, int attempts, Throwable failure, @Nullable ErrorStatus errorStatus,
			String note) {
		if (logger.isDebugEnabled()) {
			logger.debug(upload.describe() + " (" + upload.request.size() + " bytes, source_request_ids "
					+ upload.sourceRequestIds + "): gave up after " + attempts(attempts) + ": " + upload.lastFailure);
		}
		return Mono.error(toException(upload, attempts, failure, errorStatus, note));
	}

	private MParticleException toException(Upload upload, int attempts, Throwable failure,
			@Nullable ErrorStatus errorStatus, String note) {
		String after = " after " + attempts(attempts) + note;
		List<String> ids = upload.sourceRequestIds;
		if (errorStatus == null) {
			return new MParticleTransportException(upload.describe() + " failed" + after + ": " + upload.lastFailure,
					attempts, ids, failure);
		}
		int status = errorStatus.status;
		String body = errorStatus.body;
		if (status == 400) {
			List<MParticleBadRequestException.ApiError> errors = ResponseBodies.errors(body);
			return new MParticleBadRequestException("mParticle rejected " + upload.describe() + " as malformed ("
					+ errorStatus.describe() + ")" + ResponseBodies.summary(errors, body), errors, body, attempts, ids);
		}
		if (status == 401 || status == 403) {
			return new MParticleAuthenticationException("mParticle rejected the credentials of " + upload.describe()
					+ " (" + errorStatus.describe() + "): "
					+ ((status == 401) ? "the Authorization header is missing or unreadable"
							: "the API key or secret is wrong, or the input is disabled"),
					status, body, attempts, ids);
		}
		if (status == 429) {
			return new MParticleRateLimitException("mParticle rate-limited " + upload.describe() + " ("
					+ errorStatus.describe() + ")" + after, errorStatus.retryAfter, errorStatus.rateLimitExceeded, body,
					attempts, ids);
		}
		if (status >= 500) {
			return new MParticleServerException(
					"mParticle answered " + errorStatus.describe() + " to " + upload.describe() + after, status, body,
					attempts, ids);
		}
		return new MParticleResponseException("mParticle answered " + errorStatus.describe() + " to "
				+ upload.describe() + " at " + this.settings.baseUrl() + "; check the base URL", status, body, attempts,
				ids);
	}

	private MParticleTransportException overallTimeout(Upload upload) {
		String last = (upload.lastFailure != null) ? "; last failure: " + upload.lastFailure : "";
		return new MParticleTransportException(upload.describe() + " did not complete within the timeout of "
				+ format(this.settings.timeout()) + " (" + attempts(upload.attempts()) + ")" + last, upload.attempts(),
				upload.sourceRequestIds, new TimeoutException("Overall timeout of " + this.settings.timeout()));
	}

	private String describe(Throwable failure) {
		if (failure instanceof TimeoutException) {
			return "no response within " + format(this.settings.responseTimeout());
		}
		Throwable cause = failure;
		while (cause instanceof WebClientException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
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

	private static long elapsedMillis(long startTime) {
		return (System.nanoTime() - startTime) / 1_000_000;
	}

	private static String attempts(int attempts) {
		return attempts + ((attempts != 1) ? " attempts" : " attempt");
	}

	static String format(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
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

	/**
	 * An upload ready to be sent: its serialized request and batch ids, shared by every
	 * subscription to the upload's {@code Mono}.
	 */
	private record PreparedUpload(String path, SerializedRequest request, List<String> sourceRequestIds) {

		PreparedUpload {
			sourceRequestIds = List.copyOf(sourceRequestIds);
		}

	}

	/**
	 * One subscription to an upload: its attempts, deadline and last failure.
	 */
	private static final class Upload {

		private final String path;

		private final SerializedRequest request;

		private final List<String> sourceRequestIds;

		private final long deadline;

		private final AtomicInteger attempts = new AtomicInteger();

		private volatile @Nullable String lastFailure;

		Upload(PreparedUpload prepared, long deadline) {
			this.path = prepared.path();
			this.request = prepared.request();
			this.sourceRequestIds = prepared.sourceRequestIds();
			this.deadline = deadline;
		}

		int nextAttempt() {
			return this.attempts.incrementAndGet();
		}

		int attempts() {
			return this.attempts.get();
		}

		boolean wouldMissDeadline(Duration wait) {
			return System.nanoTime() + wait.toNanos() - this.deadline >= 0;
		}

		String describe() {
			int batches = this.sourceRequestIds.size();
			return "POST " + this.path + " (" + batches + ((batches != 1) ? " batches" : " batch") + ")";
		}

	}

	/**
	 * An error status of one attempt, before it is known whether it will be retried.
	 */
	private static final class ErrorStatus extends RuntimeException {

		private final int status;

		private final @Nullable Duration retryAfter;

		private final @Nullable String rateLimitExceeded;

		private final @Nullable String body;

		ErrorStatus(int status, @Nullable Duration retryAfter, @Nullable String rateLimitExceeded,
				@Nullable String body) {
			super(null, null, false, false);
			this.status = status;
			this.retryAfter = retryAfter;
			this.rateLimitExceeded = rateLimitExceeded;
			this.body = body;
		}

		boolean isRetryable() {
			return this.status == 429 || this.status >= 500;
		}

		String describe() {
			HttpStatus known = HttpStatus.resolve(this.status);
			StringBuilder description = new StringBuilder().append(this.status);
			if (known != null) {
				description.append(' ').append(known.getReasonPhrase());
			}
			if (this.rateLimitExceeded != null) {
				description.append(", limit '").append(this.rateLimitExceeded).append('\'');
			}
			if (this.retryAfter != null) {
				description.append(", Retry-After ").append(format(this.retryAfter));
			}
			return description.toString();
		}

	}

}

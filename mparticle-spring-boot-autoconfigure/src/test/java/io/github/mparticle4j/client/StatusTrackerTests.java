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
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StatusTracker}: the status it keeps, its safe reasons, and its logging
 * once per change between working and failing.
 *
 * @author mparticle4j contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class StatusTrackerTests {

	private final StatusTracker tracker = new StatusTracker(
			Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC), "https://s2s.us1.mparticle.com/v2");

	@Test
	void failuresAreLoggedOnceUntilAnUploadSucceeds(CapturedOutput output) {
		this.tracker.failure(serverError());
		this.tracker.failure(serverError());
		this.tracker.failure(serverError());
		assertThat(count(output, "WARN", "are failing (503 Service Unavailable after 5 attempts)")).isOne();
		this.tracker.success(accepted());
		assertThat(count(output, "INFO", "succeed again, after 3 failed uploads in a row")).isOne();
		this.tracker.failure(serverError());
		assertThat(count(output, "WARN", "are failing")).isEqualTo(2);
		assertThat(this.tracker.get().consecutiveFailures()).isOne();
		assertThat(this.tracker.get().failedUploads()).isEqualTo(4);
	}

	@Test
	void rejectedCredentialsAreLoggedOnce(CapturedOutput output) {
		MParticleAuthenticationException forbidden = new MParticleAuthenticationException(
				"mParticle rejected the credentials: body secret-echo", 403, "secret-echo", 1, List.of("id-1"));
		this.tracker.failure(forbidden);
		this.tracker.failure(forbidden);
		assertThat(count(output, "WARN",
				"rejected the credentials for https://s2s.us1.mparticle.com/v2 " + "(403 Forbidden after 1 attempt)"))
			.isOne();
		assertThat(output.getAll()).doesNotContain("secret-echo");
		assertThat(this.tracker.get().authenticationFailed()).isTrue();
	}

	@Test
	void reasonsNeverContainTheResponseBody() {
		MParticleBadRequestException badRequest = new MParticleBadRequestException("rejected: jane@example.com",
				List.of(new MParticleBadRequestException.ApiError("INVALID_IDENTITY", "jane@example.com")),
				"{\"errors\":[{\"code\":\"INVALID_IDENTITY\",\"message\":\"jane@example.com\"}]}", 1, List.of("id"));
		assertThat(StatusTracker.reason(badRequest))
			.isEqualTo("400 Bad Request, error codes [INVALID_IDENTITY] after 1 attempt");
		assertThat(StatusTracker.reason(new MParticleTransportException("failed: jane@example.com", 2, List.of("id"),
				new ConnectException("Connection refused: jane@example.com"))))
			.isEqualTo("no response (ConnectException) after 2 attempts");
		assertThat(StatusTracker
			.reason(new MParticleTransportException("timed out", 3, List.of("id"), new TimeoutException("30 s"))))
			.isEqualTo("no response (timeout) after 3 attempts");
	}

	@Test
	void reactorNettysResponseTimeoutAndAResetConnectionAreNamedForPeople() {
		assertThat(StatusTracker
			.reason(new MParticleTransportException("timed out", 2, List.of("id"), ReadTimeoutException.INSTANCE)))
			.isEqualTo("no response (timeout) after 2 attempts");
		assertThat(StatusTracker.reason(new MParticleTransportException("reset", 2, List.of("id"),
				new IOException("recvAddress(..) failed with error(-104): Connection reset by peer"))))
			.isEqualTo("no response (connection reset) after 2 attempts");
		assertThat(StatusTracker.reason(new MParticleTransportException("broken", 1, List.of("id"),
				new IOException("writevAddresses(..) failed: Broken pipe"))))
			.isEqualTo("no response (connection reset) after 1 attempt");
	}

	private static MParticleServerException serverError() {
		return new MParticleServerException("mParticle answered 503", 503, "<html>down</html>", 5, List.of("id"));
	}

	private static UploadResult accepted() {
		return new UploadResult(202, 1, List.of("id"), 100, null);
	}

	private static long count(CapturedOutput output, String level, String text) {
		return output.getAll().lines().filter((line) -> line.contains(level) && line.contains(text)).count();
	}

}

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

package io.github.mparticle4j.dispatcher;

import java.time.Duration;

import io.github.mparticle4j.client.internal.AttemptOutcome;
import io.github.mparticle4j.client.internal.DispatchSender;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The {@link DispatchTransport} over this library's own client: one attempt through the
 * client's connections, its credentials and its timeouts, which also keeps the client's
 * health and its rate-limit state up to date. Stateless; called on the dispatcher's
 * worker.
 *
 * @author mparticle4j contributors
 */
final class ClientDispatchTransport implements DispatchTransport {

	private final DispatchSender sender;

	ClientDispatchTransport(DispatchSender sender) {
		this.sender = sender;
	}

	@Override
	public Mono<SendOutcome> send(BulkRequest request) {
		return this.sender.sendOnce(request.serialized(), request.sourceRequestIds())
			.map(ClientDispatchTransport::outcomeOf);
	}

	/**
	 * Returns how long mParticle asked the client to wait after a {@code 429} that one of
	 * its own uploads got.
	 * @return the time left, zero if none
	 */
	Duration rateLimitWait() {
		return this.sender.rateLimitWait();
	}

	/**
	 * Returns how long the client's retry policy waits before another attempt.
	 * @param failedAttempts the attempts that failed so far
	 * @return the wait, or {@code null} once the client's attempts are used up
	 */
	@Nullable Duration retryDelay(int failedAttempts) {
		return this.sender.retryDelay(failedAttempts);
	}

	private static SendOutcome outcomeOf(AttemptOutcome outcome) {
		Throwable failure = outcome.failure();
		if (failure != null) {
			return new SendOutcome.TransportFailure(failure, outcome.description());
		}
		if (outcome.status() >= 200 && outcome.status() < 300) {
			return new SendOutcome.Accepted(outcome.status(), outcome.rateLimitPercentageUsed());
		}
		return new SendOutcome.Rejected(outcome.status(), outcome.retryAfter(), outcome.rateLimitExceeded(),
				outcome.body());
	}

}

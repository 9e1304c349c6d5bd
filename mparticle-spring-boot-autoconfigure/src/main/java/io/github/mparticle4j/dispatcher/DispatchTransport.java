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

import reactor.core.publisher.Mono;

/**
 * The seam between an {@link EventDispatcher} and HTTP: it sends a bulk request, as the
 * dispatcher wrote it, once, and tells what came of it. The dispatcher decides everything
 * else: when to send, what to send again and when, what to give up on.
 * <p>
 * By default the dispatcher sends through the client it was built with; set another
 * transport with {@link EventDispatcherBuilder#transport(DispatchTransport)}, for
 * instance to send through an HTTP client of your own, or to record requests in tests.
 * <h2>What a transport must do</h2>
 * <ul>
 * <li>Send the body {@linkplain BulkRequest#body() as given}, byte for byte, to
 * {@code POST /v2/bulkevents} with the input's credentials, once: no retries, which the
 * dispatcher makes itself with the same {@code source_request_id}s.</li>
 * <li>Complete the {@code Mono} with one {@link SendOutcome}:
 * {@link SendOutcome.Accepted} for a {@code 2xx}, {@link SendOutcome.Rejected} for any
 * other status, with the {@code Retry-After} and rate-limit headers, and
 * {@link SendOutcome.TransportFailure} when there was no usable answer (a connection
 * failure, a reset, a timeout). A status is never an error signal; an error signal is
 * treated as a transport failure.</li>
 * <li>Bound the attempt with its own timeouts, and never block the calling thread: the
 * dispatcher subscribes on its worker.</li>
 * </ul>
 * The dispatcher subscribes to the {@code Mono} once per attempt, and may cancel it when
 * it shuts down.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface DispatchTransport {

	/**
	 * Sends a bulk request once.
	 * @param request the request
	 * @return a {@code Mono} that sends when subscribed and emits the outcome
	 */
	Mono<SendOutcome> send(BulkRequest request);

}

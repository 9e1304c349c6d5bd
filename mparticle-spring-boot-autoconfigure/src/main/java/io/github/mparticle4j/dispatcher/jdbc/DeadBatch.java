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

package io.github.mparticle4j.dispatcher.jdbc;

import java.time.Instant;

import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A batch that mParticle refused or the dispatcher gave up on, kept in the outbox for
 * inspection and replay. It carries what happened, not the batch's data.
 *
 * @param sourceRequestId the batch's {@code source_request_id}, which a replay sends
 * again
 * @param input the dispatcher input that enqueued it
 * @param acceptedAt when the dispatcher accepted it
 * @param attempts the requests that carried it
 * @param size its size in bytes, sent on its own
 * @param mergedInto the id of the merged batch it was sent in, or {@code null}; a replay
 * sends the whole merged group again
 * @param reason why it is dead, or {@code null} if the store did not recognise the reason
 * written
 * @param message what happened, without data or secrets
 * @param deadAt when it was marked dead
 * @author mparticle4j contributors
 */
public record DeadBatch(String sourceRequestId, String input, Instant acceptedAt, int attempts, int size,
		@Nullable String mergedInto, @Nullable Reason reason, String message, Instant deadAt) {

}

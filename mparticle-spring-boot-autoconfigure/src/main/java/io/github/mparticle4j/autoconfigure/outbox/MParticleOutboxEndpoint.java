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

package io.github.mparticle4j.autoconfigure.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.mparticle4j.autoconfigure.MParticleOutbox;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import io.github.mparticle4j.dispatcher.jdbc.DeadBatch;
import io.github.mparticle4j.dispatcher.jdbc.DeadBatches;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@link Endpoint @Endpoint} {@code mparticleoutbox}: the dead batches of the inputs
 * whose dispatcher keeps its batches in the outbox table, to list, replay and purge. It
 * shows what happened to each batch (its id, reason, message, attempts, size and times),
 * never the batch's data. Like every endpoint but {@code health}, it is not exposed over
 * HTTP unless {@code management.endpoints.web.exposure.include} names it, and
 * {@code management.endpoint.mparticleoutbox.access=read-only} allows listing only.
 * <ul>
 * <li>{@code GET /actuator/mparticleoutbox}: the inputs and how many dead batches each
 * has;</li>
 * <li>{@code GET /actuator/mparticleoutbox/{input}?size=&after=}: a page of dead batches,
 * the most recently dead first, and the cursor of the next page;</li>
 * <li>{@code POST /actuator/mparticleoutbox/{input}} with {@code {"sourceRequestId":
 * ...}} or {@code {"all": true}}: sends them again;</li>
 * <li>{@code DELETE /actuator/mparticleoutbox/{input}?sourceRequestId=},
 * {@code ?olderThan=7d} or {@code ?all=true}: deletes them.</li>
 * </ul>
 * Stateless; every operation reads or changes the table.
 *
 * @author mparticle4j contributors
 */
@Endpoint(id = "mparticleoutbox")
public class MParticleOutboxEndpoint {

	/**
	 * The batches of a page when the request does not say.
	 */
	public static final int DEFAULT_PAGE_SIZE = 100;

	private final MParticleOutbox outbox;

	/**
	 * Creates the endpoint.
	 * @param outbox the outbox
	 */
	public MParticleOutboxEndpoint(MParticleOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Returns the inputs that use the outbox and their dead batches' count.
	 * @return the inputs
	 */
	@ReadOperation
	public OutboxDescriptor inputs() {
		Map<String, InputDescriptor> inputs = new LinkedHashMap<>();
		for (String input : this.outbox.inputs()) {
			inputs.put(input,
					new InputDescriptor(this.outbox.tableName(input), this.outbox.deadBatches(input).count()));
		}
		return new OutboxDescriptor(inputs);
	}

	/**
	 * Returns a page of an input's dead batches.
	 * @param input the input's name, {@code default} for the default input
	 * @param size the most batches to return, 1 to {@value DeadBatches#MAX_PAGE_SIZE};
	 * {@value #DEFAULT_PAGE_SIZE} if {@code null}
	 * @param after the {@code next} cursor of the previous page, or {@code null} for the
	 * first page
	 * @return the page, or {@code null} (not found) if the input does not use the outbox
	 */
	@ReadOperation
	public @Nullable DeadBatchesPage deadBatches(@Selector String input, @Nullable Integer size,
			@Nullable String after) {
		if (!this.outbox.inputs().contains(input)) {
			return null;
		}
		int pageSize = (size != null) ? size : DEFAULT_PAGE_SIZE;
		if (pageSize < 1 || pageSize > DeadBatches.MAX_PAGE_SIZE) {
			throw new InvalidEndpointRequestException(
					"'size' must be between 1 and " + DeadBatches.MAX_PAGE_SIZE + ", not " + pageSize,
					"Invalid page size");
		}
		DeadBatches dead = this.outbox.deadBatches(input);
		List<DeadBatch> page = (after != null) ? dead.listAfter(cursor(input, after), pageSize) : dead.list(pageSize);
		String next = (page.size() == pageSize) ? cursor(page.get(page.size() - 1)) : null;
		return new DeadBatchesPage(page.stream().map(DeadBatchDescriptor::of).toList(), next);
	}

	/**
	 * Makes dead batches of an input pending again: they are sent again, due at once,
	 * with the same ids.
	 * @param input the input's name, {@code default} for the default input
	 * @param sourceRequestId the id of the batch to replay, with the rest of its merged
	 * group
	 * @param all {@code true} to replay every dead batch of the input instead
	 * @return how many batches were replayed
	 */
	@WriteOperation
	public Changed replay(@Selector String input, @Nullable String sourceRequestId, @Nullable Boolean all) {
		DeadBatches dead = writable(input);
		if (Boolean.TRUE.equals(all) == (sourceRequestId != null)) {
			throw new InvalidEndpointRequestException("Give either 'sourceRequestId' or 'all': true",
					"Either 'sourceRequestId' or 'all'");
		}
		return new Changed((sourceRequestId != null) ? dead.replay(sourceRequestId) : dead.replayAll());
	}

	/**
	 * Deletes dead batches of an input.
	 * @param input the input's name, {@code default} for the default input
	 * @param sourceRequestId the id of the batch to delete, with the rest of its merged
	 * group
	 * @param olderThan to delete the batches dead for longer than this instead
	 * @param all {@code true} to delete every batch dead until now instead
	 * @return how many batches were deleted
	 */
	@DeleteOperation
	public Changed purge(@Selector String input, @Nullable String sourceRequestId, @Nullable Duration olderThan,
			@Nullable Boolean all) {
		DeadBatches dead = writable(input);
		int given = ((sourceRequestId != null) ? 1 : 0) + ((olderThan != null) ? 1 : 0)
				+ (Boolean.TRUE.equals(all) ? 1 : 0);
		if (given != 1) {
			throw new InvalidEndpointRequestException("Give one of 'sourceRequestId', 'olderThan' or 'all': true",
					"One of 'sourceRequestId', 'olderThan' or 'all'");
		}
		if (sourceRequestId != null) {
			return new Changed(dead.purge(sourceRequestId));
		}
		if (olderThan != null) {
			if (olderThan.isNegative()) {
				throw new InvalidEndpointRequestException("'olderThan' must not be negative", "Negative 'olderThan'");
			}
			return new Changed(dead.purgeOlderThan(olderThan));
		}
		return new Changed(dead.purgeOlderThan(Duration.ZERO));
	}

	private DeadBatches writable(String input) {
		if (!this.outbox.inputs().contains(input)) {
			throw new InvalidEndpointRequestException("The mParticle input '" + input
					+ "' does not keep its batches in the outbox; the inputs that do are " + this.outbox.inputs(),
					"No such input");
		}
		return this.outbox.deadBatches(input);
	}

	// a cursor is the dead time and the id of a page's last batch: what DeadBatches pages
	// by
	private static String cursor(DeadBatch last) {
		return last.deadAt() + "," + last.sourceRequestId();
	}

	private static DeadBatch cursor(String input, String cursor) {
		int comma = cursor.indexOf(',');
		try {
			if (comma > 0 && comma < cursor.length() - 1) {
				Instant deadAt = Instant.parse(cursor.substring(0, comma));
				return new DeadBatch(cursor.substring(comma + 1), input, deadAt, 0, 0, null, null, "", deadAt);
			}
		}
		catch (DateTimeParseException ex) {
			// invalid below
		}
		throw new InvalidEndpointRequestException("'after' must be the 'next' cursor of a page, not '" + cursor + "'",
				"Invalid cursor");
	}

	/**
	 * The inputs that use the outbox.
	 *
	 * @param inputs the inputs, by name
	 */
	public record OutboxDescriptor(Map<String, InputDescriptor> inputs) implements OperationResponseBody {

	}

	/**
	 * An input that uses the outbox.
	 *
	 * @param table its outbox table
	 * @param deadBatches how many of its batches are dead
	 */
	public record InputDescriptor(String table, long deadBatches) {

	}

	/**
	 * A page of dead batches.
	 *
	 * @param deadBatches the batches, the most recently dead first
	 * @param next the cursor to ask for the next page with ({@code after}), or
	 * {@code null} after the last page
	 */
	public record DeadBatchesPage(List<DeadBatchDescriptor> deadBatches,
			@Nullable String next) implements OperationResponseBody {

	}

	/**
	 * What happened to a dead batch, without its data.
	 *
	 * @param sourceRequestId its {@code source_request_id}
	 * @param reason why it is dead, or {@code null} if not recognised
	 * @param message what happened, without data or secrets
	 * @param attempts the requests that carried it
	 * @param size its size in bytes
	 * @param mergedInto the id of the merged batch it was sent in, or {@code null}
	 * @param acceptedAt when it was enqueued
	 * @param deadAt when it was marked dead
	 */
	public record DeadBatchDescriptor(String sourceRequestId, @Nullable Reason reason, String message, int attempts,
			int size, @Nullable String mergedInto, Instant acceptedAt, Instant deadAt) {

		static DeadBatchDescriptor of(DeadBatch batch) {
			return new DeadBatchDescriptor(batch.sourceRequestId(), batch.reason(), batch.message(), batch.attempts(),
					batch.size(), batch.mergedInto(), batch.acceptedAt(), batch.deadAt());
		}

	}

	/**
	 * What a replay or a purge changed.
	 *
	 * @param batches how many batches were replayed or deleted
	 */
	public record Changed(int batches) implements OperationResponseBody {

	}

}

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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import io.github.mparticle4j.dispatcher.BatchStoreException;
import io.github.mparticle4j.dispatcher.DispatchFailure.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * The batches of a {@link JdbcBatchStore}'s input that will never be delivered: mParticle
 * refused them or the dispatcher gave up on them. They stay in the table until they are
 * replayed or purged here; nothing else deletes them. Every method reads or changes the
 * table directly, without loading more than a page into memory, and may be called from
 * any thread.
 * <p>
 * A batch that was sent merged into another is replayed and purged with every member of
 * its merged group, since the group is only ever sent whole under its first batch's id.
 *
 * @author mparticle4j contributors
 */
public final class DeadBatches {

	/**
	 * The most batches a page may hold.
	 */
	public static final int MAX_PAGE_SIZE = 1000;

	private final JdbcClient jdbc;

	private final OutboxSql sql;

	private final String input;

	private final Clock clock;

	private final Runnable available;

	private final RowMapper<DeadBatch> rowMapper;

	DeadBatches(JdbcClient jdbc, OutboxSql sql, String input, Clock clock, Runnable available) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.input = input;
		this.clock = clock;
		this.available = available;
		this.rowMapper = (rs, rowNum) -> new DeadBatch(rs.getString("id"), rs.getString("input"),
				JdbcBatchStore.instant(rs, "accepted_at"), rs.getInt("attempts"), rs.getInt("size"),
				rs.getString("merged_into"), reason(rs.getString("dead_reason")),
				Objects.requireNonNullElse(rs.getString("dead_message"), ""), JdbcBatchStore.instant(rs, "dead_at"));
	}

	/**
	 * Returns the first page of dead batches, the most recently dead first.
	 * @param pageSize the most batches to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the batches
	 */
	public List<DeadBatch> list(int pageSize) {
		checkPageSize(pageSize);
		return query(() -> this.jdbc.sql(this.sql.deadPage)
			.param("input", this.input)
			.param("limit", pageSize)
			.query(this.rowMapper)
			.list(), "list dead batches");
	}

	/**
	 * Returns the page of dead batches after the last batch of a page.
	 * @param last the last batch of the previous page
	 * @param pageSize the most batches to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the batches, the most recently dead first; empty after the last page
	 */
	public List<DeadBatch> listAfter(DeadBatch last, int pageSize) {
		Objects.requireNonNull(last, "'last' must not be null");
		checkPageSize(pageSize);
		return query(() -> this.jdbc.sql(this.sql.deadPageAfter)
			.param("input", this.input)
			.param("deadAt", JdbcBatchStore.timestamp(last.deadAt()))
			.param("id", last.sourceRequestId())
			.param("limit", pageSize)
			.query(this.rowMapper)
			.list(), "list dead batches");
	}

	/**
	 * Returns how many batches are dead.
	 * @return the number of batches
	 */
	public long count() {
		return query(() -> this.jdbc.sql(this.sql.deadCount).param("input", this.input).query(Long.class).single(),
				"count dead batches");
	}

	/**
	 * Makes a dead batch, with the rest of its merged group, pending again: it is sent
	 * again, due at once, with the same id and its attempts so far.
	 * @param sourceRequestId the batch's id
	 * @return the batches replayed; 0 if no dead batch has the id
	 */
	public int replay(String sourceRequestId) {
		Assert.hasText(sourceRequestId, "'sourceRequestId' must not be empty");
		int replayed = update(
				() -> this.jdbc.sql(this.sql.replay).param("input", this.input).param("id", sourceRequestId).update(),
				"replay a dead batch");
		return notified(replayed);
	}

	/**
	 * Makes every dead batch pending again, as {@link #replay(String)} does, in one
	 * statement.
	 * @return the batches replayed
	 */
	public int replayAll() {
		int replayed = update(() -> this.jdbc.sql(this.sql.replayAll).param("input", this.input).update(),
				"replay dead batches");
		return notified(replayed);
	}

	/**
	 * Deletes a dead batch, with the rest of its merged group.
	 * @param sourceRequestId the batch's id
	 * @return the batches deleted; 0 if no dead batch has the id
	 */
	public int purge(String sourceRequestId) {
		Assert.hasText(sourceRequestId, "'sourceRequestId' must not be empty");
		return update(
				() -> this.jdbc.sql(this.sql.purge).param("input", this.input).param("id", sourceRequestId).update(),
				"purge a dead batch");
	}

	/**
	 * Deletes the batches that died before a time.
	 * @param before the time
	 * @return the batches deleted
	 */
	public int purgeDeadBefore(Instant before) {
		Objects.requireNonNull(before, "'before' must not be null");
		return update(() -> this.jdbc.sql(this.sql.purgeDeadBefore)
			.param("input", this.input)
			.param("before", JdbcBatchStore.timestamp(before))
			.update(), "purge dead batches");
	}

	/**
	 * Deletes the batches that have been dead for longer than a duration, by the store's
	 * clock.
	 * @param age the duration
	 * @return the batches deleted
	 */
	public int purgeOlderThan(Duration age) {
		Objects.requireNonNull(age, "'age' must not be null");
		return purgeDeadBefore(this.clock.instant().minus(age));
	}

	private int notified(int replayed) {
		if (replayed > 0) {
			this.available.run();
		}
		return replayed;
	}

	private void checkPageSize(int pageSize) {
		Assert.isTrue(pageSize > 0 && pageSize <= MAX_PAGE_SIZE,
				() -> "'pageSize' must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
	}

	private <T> T query(Supplier<T> query, String operation) {
		try {
			return query.get();
		}
		catch (DataAccessException ex) {
			throw new BatchStoreException("The JDBC batch store of input '" + this.input + "' could not " + operation,
					ex);
		}
	}

	private int update(IntSupplier update, String operation) {
		return query(update::getAsInt, operation);
	}

	private static @Nullable Reason reason(@Nullable String name) {
		if (name == null) {
			return null;
		}
		try {
			return Reason.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

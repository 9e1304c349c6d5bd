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

/**
 * The statements a {@link JdbcBatchStore} runs on its table, with named parameters. They
 * are the same on PostgreSQL and H2.
 *
 * @author mparticle4j contributors
 */
final class OutboxSql {

	static final String PENDING = "'pending'";

	static final String DEAD = "'dead'";

	private static final String BATCH_COLUMNS = "seq, id, merge_key, mergeable, envelope, events, size, accepted_at, "
			+ "attempts, next_attempt_at, merged_into, claimed_by";

	private static final String NOT_LEASED = "(lease_until IS NULL OR lease_until <= :leaseNow)";

	private static final String DUE = "(next_attempt_at IS NULL OR next_attempt_at <= :now)";

	final String exists;

	final String insert;

	/**
	 * Whether a row exists, with positional parameters: input, id.
	 */
	final String stored;

	final String claimCandidates;

	final String claimCandidatesExcept;

	final String groupMembers;

	final String groupSizes;

	final String lease;

	final Settle merge;

	/**
	 * Records batches as groups of their own ({@code merged_into} their own id).
	 */
	final Settle delete;

	final Settle release;

	final Settle markDead;

	final String count;

	final String oldestPending;

	/**
	 * The times of the pending rows, in one round trip: when the oldest row not leased
	 * was accepted ({@code oldest_waiting}), the same for rows never sent
	 * ({@code oldest_fresh}), and the earliest retry of the others
	 * ({@code earliest_retry}).
	 */
	final String times;

	final String whereabouts;

	final String dropCandidates;

	final String deleteBySeq;

	final String deadPage;

	final String deadPageAfter;

	final String deadCount;

	final String replay;

	final String replayAll;

	final String purge;

	final String purgeDeadBefore;

	OutboxSql(String table) {
		this.exists = "SELECT COUNT(*) FROM " + table + " WHERE 1 = 0";
		this.insert = "INSERT INTO " + table + " (input, id, merge_key, mergeable, envelope, events, size, "
				+ "accepted_at, attempts, next_attempt_at, merged_into, state) VALUES (:input, :id, :mergeKey, "
				+ ":mergeable, :envelope, :events, :size, :acceptedAt, :attempts, :nextAttemptAt, :mergedInto, "
				+ PENDING + ")";
		this.stored = "SELECT COUNT(*) FROM " + table + " WHERE input = ? AND id = ?";
		String candidates = "SELECT " + BATCH_COLUMNS + " FROM " + table + " WHERE input = :input AND state = "
				+ PENDING + " AND " + DUE + " AND " + NOT_LEASED;
		String oldestFirst = " ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED";
		this.claimCandidates = candidates + oldestFirst;
		// the busy keys as one array: a list would make a statement of its own for
		// each number of keys, parsed and planned at every claim
		this.claimCandidatesExcept = candidates + " AND NOT (merge_key = ANY (:busyKeys))" + oldestFirst;
		this.groupMembers = "SELECT " + BATCH_COLUMNS + " FROM " + table
				+ " WHERE input = :input AND merged_into IN (:groups) AND state = " + PENDING + " AND " + DUE + " AND "
				+ NOT_LEASED + " ORDER BY seq FOR UPDATE SKIP LOCKED";
		this.groupSizes = "SELECT merged_into, COUNT(*) FROM " + table
				+ " WHERE input = :input AND merged_into IN (:groups) GROUP BY merged_into";
		this.lease = "UPDATE " + table
				+ " SET claimed_by = :instance, lease_until = :leaseUntil WHERE seq = ANY (:seqs)";
		this.merge = Settle.of("UPDATE " + table + " SET merged_into = :mergedInto WHERE ",
				" AND state = " + PENDING + " AND claimed_by = :instance");
		this.delete = Settle.of("DELETE FROM " + table + " WHERE ", "");
		this.release = Settle.of(
				"UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = :nextAttemptAt, "
						+ "claimed_by = NULL, lease_until = NULL WHERE ",
				" AND state = " + PENDING + " AND claimed_by = :instance");
		this.markDead = Settle.of(
				"UPDATE " + table + " SET state = " + DEAD + ", dead_reason = :reason, dead_message = "
						+ ":message, dead_at = :deadAt, claimed_by = NULL, lease_until = NULL WHERE ",
				" AND state = " + PENDING);
		this.count = "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM " + table + " WHERE input = :input AND state = "
				+ PENDING;
		String oldestWaiting = "SELECT accepted_at FROM " + table + " WHERE input = :input AND state = " + PENDING
				+ " AND " + NOT_LEASED + " ORDER BY seq LIMIT 1";
		this.oldestPending = "SELECT accepted_at FROM " + table + " WHERE input = :input AND state = " + PENDING
				+ " ORDER BY seq LIMIT 1";
		String oldestFresh = "SELECT accepted_at FROM " + table + " WHERE input = :input AND state = " + PENDING
				+ " AND next_attempt_at IS NULL AND " + NOT_LEASED + " ORDER BY seq LIMIT 1";
		String earliestRetry = "SELECT next_attempt_at FROM " + table + " WHERE input = :input AND state = " + PENDING
				+ " AND next_attempt_at IS NOT NULL AND " + NOT_LEASED + " ORDER BY next_attempt_at LIMIT 1";
		this.times = "SELECT (" + oldestWaiting + ") AS oldest_waiting, (" + oldestFresh + ") AS oldest_fresh, ("
				+ earliestRetry + ") AS earliest_retry";
		this.whereabouts = "SELECT id, state, dead_reason, dead_message FROM " + table
				+ " WHERE input = :input AND id IN (:ids)";
		this.dropCandidates = "SELECT " + BATCH_COLUMNS + " FROM " + table + " WHERE input = :input AND state = "
				+ PENDING + " AND " + NOT_LEASED + " AND merged_into IS NULL ORDER BY seq LIMIT :limit "
				+ "FOR UPDATE SKIP LOCKED";
		this.deleteBySeq = "DELETE FROM " + table + " WHERE seq = ANY (:seqs)";
		String deadColumns = "SELECT id, input, accepted_at, attempts, size, merged_into, dead_reason, "
				+ "dead_message, dead_at FROM " + table + " WHERE input = :input AND state = " + DEAD;
		String newestFirst = " ORDER BY dead_at DESC, id DESC LIMIT :limit";
		this.deadPage = deadColumns + newestFirst;
		this.deadPageAfter = deadColumns + " AND (dead_at < :deadAt OR (dead_at = :deadAt AND id < :id))" + newestFirst;
		this.deadCount = "SELECT COUNT(*) FROM " + table + " WHERE input = :input AND state = " + DEAD;
		String replayed = "UPDATE " + table + " SET state = " + PENDING
				+ ", next_attempt_at = NULL, claimed_by = NULL, "
				+ "lease_until = NULL, dead_reason = NULL, dead_message = NULL, dead_at = NULL WHERE input = :input "
				+ "AND state = " + DEAD;
		this.replay = replayed + " AND (id = :id OR merged_into = (SELECT merged_into FROM " + table
				+ " WHERE input = :input AND id = :id))";
		this.replayAll = replayed;
		this.purge = "DELETE FROM " + table + " WHERE input = :input AND state = " + DEAD
				+ " AND (id = :id OR merged_into = (SELECT merged_into FROM " + table
				+ " WHERE input = :input AND id = :id))";
		this.purgeDeadBefore = "DELETE FROM " + table + " WHERE input = :input AND state = " + DEAD
				+ " AND dead_at < :before";
	}

	/**
	 * A statement on claimed rows, in two forms: by the rows' primary keys, which the
	 * store knows for the rows it claimed, and by their ids.
	 *
	 * @param bySeq the statement with a {@code :seqs} array
	 * @param byId the statement with {@code :input} and an {@code :ids} list
	 */
	record Settle(String bySeq, String byId) {

		static Settle of(String head, String tail) {
			return new Settle(head + "seq = ANY (:seqs)" + tail, head + "input = :input AND id IN (:ids)" + tail);
		}

	}

}

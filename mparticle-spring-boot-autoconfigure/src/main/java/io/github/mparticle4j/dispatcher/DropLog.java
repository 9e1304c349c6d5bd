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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.github.mparticle4j.client.internal.Durations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Logs the batches that an {@link EventDispatcher} dropped at {@code WARN}, in aggregate:
 * one line per reporting interval with the count per reason and the first
 * {@value #IDS_PER_REASON} {@code source_request_id}s of each, never one line per batch
 * and never the data. Callers that drop at once (a full queue refuses every caller) share
 * no cache line they all write to: the counts are {@link LongAdder}s, the ids of an
 * interval a concurrent queue that callers add to only while its bound, an atomic read
 * first, is not reached, and the report is scheduled by the first caller that finds none
 * scheduled.
 *
 * @author mparticle4j contributors
 */
final class DropLog {

	static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	static final int IDS_PER_REASON = 10;

	private static final DispatchFailure.Reason[] REASONS = DispatchFailure.Reason.values();

	private final List<Queue<String>> ids = new ArrayList<>(REASONS.length);

	private final String name;

	private final Scheduler scheduler;

	private final LongAdder[] counts = new LongAdder[REASONS.length];

	// the ids taken into each queue in this interval, and some more that were not
	private final AtomicInteger[] idsTaken = new AtomicInteger[REASONS.length];

	private final AtomicBoolean scheduled = new AtomicBoolean();

	DropLog(String name, Scheduler scheduler) {
		this.name = name;
		this.scheduler = scheduler;
		for (int i = 0; i < REASONS.length; i++) {
			this.ids.add(new ConcurrentLinkedQueue<>());
			this.counts[i] = new LongAdder();
			this.idsTaken[i] = new AtomicInteger();
		}
	}

	void record(DispatchFailure.Reason reason, int batches, List<String> sourceRequestIds) {
		int index = reason.ordinal();
		this.counts[index].add(batches);
		Queue<String> ids = this.ids.get(index);
		AtomicInteger taken = this.idsTaken[index];
		for (int i = 0; i < sourceRequestIds.size() && taken.get() < IDS_PER_REASON; i++) {
			if (taken.getAndIncrement() < IDS_PER_REASON) {
				ids.add(sourceRequestIds.get(i));
			}
		}
		if (!this.scheduled.get() && this.scheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::report, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static List<String> drain(Queue<String> queue) {
		List<String> drained = new ArrayList<>();
		String id;
		while (drained.size() < IDS_PER_REASON && (id = queue.poll()) != null) {
			drained.add(id);
		}
		queue.clear();
		return drained;
	}

	/**
	 * Logs what was dropped since the last report, if anything.
	 */
	void report() {
		this.scheduled.set(false);
		Map<DispatchFailure.Reason, Long> dropped = new EnumMap<>(DispatchFailure.Reason.class);
		Map<DispatchFailure.Reason, List<String>> droppedIds = new EnumMap<>(DispatchFailure.Reason.class);
		long total = 0;
		for (DispatchFailure.Reason reason : REASONS) {
			long count = this.counts[reason.ordinal()].sumThenReset();
			List<String> ids = drain(this.ids.get(reason.ordinal()));
			this.idsTaken[reason.ordinal()].set(0);
			if (count > 0) {
				dropped.put(reason, count);
				droppedIds.put(reason, ids);
				total += count;
			}
		}
		if (total > 0 && logger.isWarnEnabled()) {
			StringBuilder message = new StringBuilder("Dispatcher '").append(this.name)
				.append("' dropped ")
				.append(total)
				.append((total != 1) ? " batches" : " batch")
				.append(" in the last ")
				.append(Durations.format(INTERVAL))
				.append(" or less:");
			dropped.forEach((reason, count) -> {
				List<String> ids = droppedIds.get(reason);
				message.append(' ').append(reason.tagValue()).append('=').append(count);
				message.append(" (source_request_ids ").append(ids);
				if (count > ids.size()) {
					message.append(" and ").append(count - ids.size()).append(" more");
				}
				message.append(')');
			});
			logger.warn(message);
		}
	}

}

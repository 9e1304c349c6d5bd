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

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Logs the batches that an {@link EventDispatcher} dropped at {@code WARN}, in aggregate:
 * one line per reporting interval with the count per reason, never one line per batch.
 *
 * @author mparticle4j contributors
 */
final class DropLog {

	static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	private static final DispatchFailure.Reason[] REASONS = DispatchFailure.Reason.values();

	private final String name;

	private final Scheduler scheduler;

	private final AtomicLongArray counts = new AtomicLongArray(REASONS.length);

	private final AtomicBoolean scheduled = new AtomicBoolean();

	DropLog(String name, Scheduler scheduler) {
		this.name = name;
		this.scheduler = scheduler;
	}

	void record(DispatchFailure.Reason reason, int batches) {
		this.counts.addAndGet(reason.ordinal(), batches);
		if (this.scheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(this::report, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Logs what was dropped since the last report, if anything.
	 */
	void report() {
		this.scheduled.set(false);
		Map<DispatchFailure.Reason, Long> dropped = new EnumMap<>(DispatchFailure.Reason.class);
		long total = 0;
		for (DispatchFailure.Reason reason : REASONS) {
			long count = this.counts.getAndSet(reason.ordinal(), 0);
			if (count > 0) {
				dropped.put(reason, count);
				total += count;
			}
		}
		if (total > 0 && logger.isWarnEnabled()) {
			StringBuilder message = new StringBuilder("Dispatcher '").append(this.name)
				.append("' dropped ")
				.append(total)
				.append((total != 1) ? " batches" : " batch")
				.append(" in the last ")
				.append(UploadFailures.format(INTERVAL))
				.append(" or less:");
			dropped.forEach((reason, count) -> message.append(' ').append(reason.tagValue()).append('=').append(count));
			logger.warn(message);
		}
	}

}

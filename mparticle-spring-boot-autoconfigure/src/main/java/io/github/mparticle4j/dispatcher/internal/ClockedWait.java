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

package io.github.mparticle4j.dispatcher.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Waits on a lock's condition for at most a timeout measured on a {@link Scheduler}'s
 * clock, so that the timeout holds with virtual time too: a task on the scheduler signals
 * the condition when the timeout has passed. The wait's own bound, in real time, only
 * guards against a scheduler that rejects that task.
 * <p>
 * Thread-safe: it holds no state of its own; {@link #await} is called with the lock held,
 * and the waker takes the lock to signal.
 *
 * @author mparticle4j contributors
 */
public final class ClockedWait {

	private final ReentrantLock lock;

	private final Condition condition;

	private final Scheduler clock;

	/**
	 * Creates a wait.
	 * @param lock the lock that guards what is waited for
	 * @param condition the condition of that lock that is signalled when it may have
	 * changed
	 * @param clock the scheduler whose clock measures the timeout, and that wakes the
	 * waiters when it has passed
	 */
	public ClockedWait(ReentrantLock lock, Condition condition, Scheduler clock) {
		this.lock = lock;
		this.condition = condition;
		this.clock = clock;
	}

	/**
	 * Waits, with the lock held, until {@code done} holds or the timeout has passed.
	 * @param done what is waited for, tested with the lock held
	 * @param timeoutNanos the longest wait, in nanoseconds of the scheduler's clock
	 * @return whether {@code done} holds
	 * @throws InterruptedException if the thread is interrupted while waiting
	 */
	public boolean await(BooleanSupplier done, long timeoutNanos) throws InterruptedException {
		long deadline = now() + timeoutNanos;
		@Nullable Disposable wakeUp = null;
		try {
			while (!done.getAsBoolean()) {
				long left = deadline - now();
				if (left <= 0) {
					return false;
				}
				if (wakeUp == null) {
					wakeUp = scheduleWakeUp(left);
				}
				this.condition.awaitNanos(left);
			}
			return true;
		}
		finally {
			if (wakeUp != null) {
				wakeUp.dispose();
			}
		}
	}

	private long now() {
		return this.clock.now(TimeUnit.NANOSECONDS);
	}

	private @Nullable Disposable scheduleWakeUp(long delayNanos) {
		try {
			return this.clock.schedule(this::wakeUp, delayNanos, TimeUnit.NANOSECONDS);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void wakeUp() {
		this.lock.lock();
		try {
			this.condition.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}

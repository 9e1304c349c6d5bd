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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default handle executor of an {@link EventDispatcher}: the common
 * {@link ForkJoinPool} where it has a parallelism of 2 or more, as
 * {@link CompletableFuture#defaultExecutor()} gives. Where it has less (on two cores),
 * Java 17's {@code CompletableFuture} starts a new thread for every task, one per
 * request, and later versions use the pool's one thread, which a blocking callback holds;
 * this gives instead threads that are kept for a minute and reused, and, like a thread
 * per task, a new one whenever all are busy, so that a callback that blocks holds up no
 * other handle.
 * <p>
 * The pool is created once, when first needed, and shared by the dispatchers; its threads
 * are daemon threads that end when idle. It guards itself.
 *
 * @author mparticle4j contributors
 */
final class HandleThreads {

	private HandleThreads() {
	}

	/**
	 * Returns the default handle executor.
	 * @return the executor
	 */
	static Executor defaultExecutor() {
		Executor executor = new CompletableFuture<Void>().defaultExecutor();
		// Java 17 gives a thread per task where the common pool has no parallelism, later
		// versions the common pool itself, whose one thread a blocking callback would
		// hold
		return (executor instanceof ForkJoinPool && ForkJoinPool.getCommonPoolParallelism() > 1) ? executor
				: Reused.POOL;
	}

	private static final class Reused {

		private static final AtomicInteger count = new AtomicInteger();

		static final Executor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), (task) -> {
					Thread thread = new Thread(task, "mparticle-handles-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});

	}

}

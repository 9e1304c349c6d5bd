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

package io.github.mparticle4j.smoketest.outboxcrash;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enqueues the events numbered from one past the highest number in the business table up
 * to {@code --crash.until}, one batch each with customer id {@code <prefix>-<n>} and a
 * custom attribute {@code n}; then waits until the outbox has no pending row. With
 * {@code --drain} it only waits. Every tenth event is enqueued in a transaction that
 * rolls back; the other odd ones in a transaction that also inserts the business row; the
 * even ones outside a transaction, after their business row is committed (so that a
 * restart never enqueues a number twice). Standard output says, one line each:
 * <ul>
 * <li>{@code committed <n>}: only after the transaction committed or, outside one,
 * {@code enqueue} returned;</li>
 * <li>{@code rolled-back <n>}: after a deliberate rollback;</li>
 * <li>{@code refused <n> <message>}: the dispatcher refused the batch at once;</li>
 * <li>{@code delivered <n> <source_request_id>}: the handle completed;</li>
 * <li>{@code enqueued-all}, then {@code drained <dead rows>}.</li>
 * </ul>
 * Runs on the main thread: the output lines of a run are the only state shared with the
 * handles' callbacks, and {@link #say(String)} serializes them.
 *
 * @author mparticle4j contributors
 */
@Component
class NumberedEvents implements ApplicationRunner {

	private static final String OUTBOX = "mparticle_outbox";

	private final EventDispatcher dispatcher;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	NumberedEvents(EventDispatcher dispatcher, DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.dispatcher = dispatcher;
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (!args.containsOption("drain")) {
			String prefix = option(args, "crash.prefix", "e");
			int until = Integer.parseInt(option(args, "crash.until", "0"));
			String table = "crash_orders_" + prefix;
			this.jdbc.sql("CREATE TABLE IF NOT EXISTS " + table + " (n INTEGER PRIMARY KEY, kind VARCHAR(20) NOT NULL)")
				.update();
			int last = this.jdbc.sql("SELECT COALESCE(MAX(n), 0) FROM " + table).query(Integer.class).single();
			for (int n = last + 1; n <= until; n++) {
				enqueue(table, prefix, n);
			}
			say("enqueued-all");
		}
		awaitEmptyOutbox();
	}

	private void enqueue(String table, String prefix, int n) {
		Batch batch = new Batch().userIdentities(new UserIdentities().customerId(prefix + "-" + n))
			.addEvent(new AppEvent(AppEvent.CustomEventType.TRANSACTION, "Order").customAttribute("n", n));
		if (n % 10 == 0) {
			this.transaction.executeWithoutResult((status) -> {
				insert(table, n, "rolled-back");
				watch(n, this.dispatcher.enqueue(batch));
				status.setRollbackOnly();
			});
			say("rolled-back " + n);
		}
		else if (n % 2 == 1) {
			CompletableFuture<Delivery> handle = this.transaction.execute((status) -> {
				insert(table, n, "transaction");
				CompletableFuture<Delivery> enqueued = this.dispatcher.enqueue(batch);
				if (enqueued.isCompletedExceptionally()) {
					status.setRollbackOnly();
				}
				return enqueued;
			});
			report(n, handle);
		}
		else {
			insert(table, n, "plain");
			report(n, this.dispatcher.enqueue(batch));
		}
	}

	private void report(int n, CompletableFuture<Delivery> handle) {
		if (handle.isCompletedExceptionally()) {
			try {
				handle.getNow(null);
			}
			catch (CompletionException ex) {
				say("refused " + n + " " + ex.getCause().getMessage());
			}
			return;
		}
		say("committed " + n);
		watch(n, handle);
	}

	private void watch(int n, CompletableFuture<Delivery> handle) {
		handle.thenAccept((delivery) -> say("delivered " + n + " " + delivery.sourceRequestId()));
	}

	private void insert(String table, int n, String kind) {
		this.jdbc.sql("INSERT INTO " + table + " (n, kind) VALUES (?, ?)").params(n, kind).update();
	}

	private void awaitEmptyOutbox() throws InterruptedException {
		while (this.jdbc.sql("SELECT COUNT(*) FROM " + OUTBOX + " WHERE state = 'pending'")
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(100);
		}
		long dead = this.jdbc.sql("SELECT COUNT(*) FROM " + OUTBOX + " WHERE state = 'dead'")
			.query(Long.class)
			.single();
		say("drained " + dead);
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		return (args.containsOption(name)) ? args.getOptionValues(name).get(0) : fallback;
	}

	private static synchronized void say(String line) {
		PrintStream out = System.out;
		out.println(line);
		out.flush();
	}

}

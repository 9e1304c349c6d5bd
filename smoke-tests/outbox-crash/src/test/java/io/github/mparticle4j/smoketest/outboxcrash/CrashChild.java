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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A run of {@link OutboxCrashApplication} in a JVM of its own, on this test's class path;
 * its output goes to a log file and its lines are kept to be waited on.
 * <p>
 * Thread safety: the lines are guarded by this object's monitor; a reader thread of its
 * own appends them and notifies waiters.
 *
 * @author mparticle4j contributors
 */
final class CrashChild {

	private final Process process;

	private final List<String> lines = new ArrayList<>();

	private final Thread reader;

	private final String prefix;

	private boolean ended;

	private CrashChild(Process process, Path log, String prefix) {
		this.process = process;
		this.prefix = prefix;
		this.reader = new Thread(() -> read(log), "crash-child-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static CrashChild start(Path log, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				OutboxCrashApplication.class.getName(), "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			String prefix = arguments.stream()
				.filter((argument) -> argument.startsWith("--crash.prefix="))
				.map((argument) -> argument.substring("--crash.prefix=".length()))
				.findFirst()
				.orElse("e");
			return new CrashChild(new ProcessBuilder(command).redirectErrorStream(true).start(), log, prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(Path log) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
			String line;
			while ((line = in.readLine()) != null) {
				out.println(line);
				synchronized (this) {
					this.lines.add(line);
					notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the pipe broke when the process was killed: what was read is kept
		}
		finally {
			synchronized (this) {
				this.ended = true;
				notifyAll();
			}
		}
	}

	/**
	 * Waits until {@code count} lines match, or the output ended, or the timeout passed.
	 * @param line which lines count
	 * @param count how many
	 * @param timeout how long to wait at most
	 * @return whether that many lines matched
	 * @throws InterruptedException if interrupted
	 */
	synchronized boolean awaitLines(Predicate<String> line, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (this.lines.stream().filter(line).count() >= count) {
				return true;
			}
			long left = deadline - System.nanoTime();
			if (this.ended || left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/**
	 * Returns the prefix of the customer ids of its events.
	 * @return the prefix
	 */
	String prefix() {
		return this.prefix;
	}

	synchronized List<String> lines() {
		return new ArrayList<>(this.lines);
	}

	/**
	 * Waits for the process to end by itself.
	 * @param timeout how long to wait at most
	 * @return whether it ended
	 * @throws InterruptedException if interrupted
	 */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	int exitValue() {
		return this.process.exitValue();
	}

	/**
	 * Kills the process with SIGKILL (on Linux) and waits until it is gone and its output
	 * is read.
	 * @throws InterruptedException if interrupted
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
		this.reader.join(TimeUnit.SECONDS.toMillis(30));
	}

	/**
	 * Waits until the output is read after the process ended by itself.
	 * @throws InterruptedException if interrupted
	 */
	void awaitOutput() throws InterruptedException {
		this.reader.join(TimeUnit.SECONDS.toMillis(30));
	}

}

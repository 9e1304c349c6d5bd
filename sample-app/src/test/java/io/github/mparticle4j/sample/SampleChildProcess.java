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

package io.github.mparticle4j.sample;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample application in a JVM of its own, on this test's class path, to be killed
 * with {@code kill -9}: its output goes to a log file, and its lines are kept to find the
 * port it listens on.
 * <p>
 * Thread safety: the lines are guarded by this object's monitor; a reader thread of its
 * own appends them and notifies waiters.
 *
 * @author mparticle4j contributors
 */
final class SampleChildProcess {

	private static final Pattern STARTED = Pattern.compile("Netty started on port (\\d+)");

	private final Process process;

	private final Thread reader;

	private final List<String> lines = new ArrayList<>();

	private boolean ended;

	private SampleChildProcess(Process process, Path log) {
		this.process = process;
		this.reader = new Thread(() -> read(log), "sample-child-" + process.pid());
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Starts {@link SampleApplication} with the given arguments.
	 * @param log where its output goes
	 * @param arguments its arguments, such as {@code --spring.datasource.url=...}
	 * @return the running process
	 */
	static SampleChildProcess start(Path log, List<String> arguments) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						SampleApplication.class.getName(), "--server.port=0", "--spring.main.banner-mode=off"));
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			return new SampleChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log);
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
	 * Waits until the application's web server started, and returns its port.
	 * @param timeout how long to wait at most
	 * @return the port
	 * @throws InterruptedException if interrupted
	 * @throws IllegalStateException if it ended or did not start in time
	 */
	synchronized int awaitPort(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (String line : this.lines) {
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					return Integer.parseInt(started.group(1));
				}
			}
			long left = deadline - System.nanoTime();
			if (this.ended || left <= 0) {
				throw new IllegalStateException("The sample application did not start" + (this.ended ? "" : " in time")
						+ "; its output:\n" + String.join("\n", this.lines));
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/**
	 * Kills the process with SIGKILL ({@code kill -9} on Linux) and waits until it is
	 * gone and its output is read.
	 * @throws InterruptedException if interrupted
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
		this.reader.join(TimeUnit.SECONDS.toMillis(30));
	}

}

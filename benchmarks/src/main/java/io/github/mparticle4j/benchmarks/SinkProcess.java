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

package io.github.mparticle4j.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import reactor.netty.http.client.HttpClient;

/**
 * A {@link LoopbackSink} running in a child JVM, so that its CPU time and allocations are
 * not counted against the clients under test.
 *
 * @author mparticle4j contributors
 */
final class SinkProcess implements AutoCloseable {

	private final Process process;

	private final String baseUrl;

	private final HttpClient stats;

	private SinkProcess(Process process, int port) {
		this.process = process;
		this.baseUrl = "http://127.0.0.1:" + port;
		this.stats = HttpClient.create().baseUrl(this.baseUrl);
	}

	/**
	 * Starts a sink and waits until it listens.
	 * @param delay how long the sink waits before it answers each upload, zero for no
	 * wait
	 * @return the sink
	 * @throws IOException if the child JVM cannot be started
	 */
	static SinkProcess start(Duration delay) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), LoopbackSink.class.getName(), "--delay=" + delay.toMillis())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try {
			return new SinkProcess(process, readPort(process));
		}
		catch (IOException | RuntimeException ex) {
			process.destroy();
			throw ex;
		}
	}

	/**
	 * Returns the URL of the sink, such as {@code http://127.0.0.1:40000}.
	 * @return the URL
	 */
	String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Returns the CPU time the sink's JVM has used so far, as the operating system
	 * reports it.
	 * @return the CPU time in nanoseconds, or {@code -1} where the platform does not say
	 */
	long cpuNanos() {
		return this.process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
	}

	/**
	 * Reads and resets the sink's counts.
	 * @return the requests and the body bytes received since the last call
	 */
	long[] readStats() {
		String text = this.stats.get()
			.uri("/stats")
			.responseContent()
			.aggregate()
			.asString()
			.block(Duration.ofSeconds(10));
		String[] parts = Objects.requireNonNull(text).trim().split(" ");
		return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroy();
		}
	}

	private static int readPort(Process sink) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(sink.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.startsWith("PORT ")) {
				return Integer.parseInt(line.substring(5).trim());
			}
		}
		throw new IllegalStateException("The loopback sink stopped before it listened");
	}

}

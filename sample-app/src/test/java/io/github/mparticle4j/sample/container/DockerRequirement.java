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

package io.github.mparticle4j.sample.container;

import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.dockerjava.api.exception.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the container tests where a Docker engine answers and has the JRE base image. In
 * CI ({@code CI=true}) a missing engine or image fails the tests instead of skipping
 * them, because CI provisions both with {@code .ci/docker-up}; elsewhere the tests are
 * skipped with a message saying how to run them, printed on the console (where Maven
 * shows it among the test output) as well as given to JUnit (where only the report files
 * show it). Outside CI, Testcontainers' own logging of the failed search for an engine (a
 * page of stack traces) is silenced during the check, so that the message is what the
 * reader sees; in CI it is kept, to diagnose the failure.
 *
 * @author mparticle4j contributors
 */
class DockerRequirement implements ExecutionCondition {

	private static final String HOW_TO_ENABLE = "run .ci/docker-up as root (Debian), which starts a Docker engine and"
			+ " builds the image " + SampleAppContainer.BASE_IMAGE + ", or, with any Docker engine that can pull"
			+ " images, build it with: docker build -t " + SampleAppContainer.BASE_IMAGE
			+ " - <<< 'FROM eclipse-temurin:17-jre'";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		String missing = ci ? missing() : quietly(DockerRequirement::missing);
		if (missing == null) {
			return ConditionEvaluationResult.enabled("a Docker engine answers and the base image exists");
		}
		if (ci) {
			throw new IllegalStateException("CI=true but " + missing + ", so the container tests cannot run;"
					+ " .ci/run should have provisioned it with .ci/docker-up");
		}
		String message = "Container tests skipped: " + missing + ". To run them, " + HOW_TO_ENABLE + ".";
		System.err.println();
		System.err.println("[WARNING] " + message);
		System.err.println();
		return ConditionEvaluationResult.disabled(message);
	}

	private static @Nullable String quietly(Supplier<@Nullable String> check) {
		if (!(LoggerFactory.getLogger("org.testcontainers") instanceof Logger logger)) {
			return check.get();
		}
		Level level = logger.getLevel();
		logger.setLevel(Level.OFF);
		try {
			return check.get();
		}
		finally {
			logger.setLevel(level);
		}
	}

	private static @Nullable String missing() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			return "no Docker engine answers";
		}
		try {
			DockerClientFactory.instance().client().inspectImageCmd(SampleAppContainer.BASE_IMAGE).exec();
			return null;
		}
		catch (NotFoundException ex) {
			return "the Docker engine has no image " + SampleAppContainer.BASE_IMAGE;
		}
	}

}

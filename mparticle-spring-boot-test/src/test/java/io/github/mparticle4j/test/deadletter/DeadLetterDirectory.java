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

package io.github.mparticle4j.test.deadletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.DispatchFailureHandler;
import io.github.mparticle4j.model.Batch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

// @formatter:off
// tag::dispatcher-dead-letter[]
@Component
public class DeadLetterDirectory implements DispatchFailureHandler, DisposableBean {

	private final Path directory;

	private final ExecutorService writer = Executors.newSingleThreadExecutor();   // never block the dispatcher

	public DeadLetterDirectory(@Value("${app.dead-letter-directory}") Path directory) {
		this.directory = directory;
	}

	@Override
	public void handle(DispatchFailure failure) {                  // replaces the default, logging handler
		DispatchFailureHandler.logging().handle(failure);          // and still log as it does
		if (failure.reason() == DispatchFailure.Reason.INVALID) {
			return;                                                // the caller was told; resending cannot help
		}
		for (DispatchFailure.FailedBatch batch : failure.batches()) {
			String name = failure.dispatcher() + "-" + batch.sourceRequestId() + ".json";
			this.writer.execute(() -> write(this.directory.resolve(name), batch.json()));
		}
	}

	public List<Batch> read() throws IOException {                // to send again later: with their ids,
		try (Stream<Path> files = Files.list(this.directory)) {   // so that mParticle drops duplicates
			return files.filter((file) -> file.toString().endsWith(".json"))
					.map((file) -> JsonMapper.shared().readValue(file.toFile(), Batch.class))
					.toList();
		}
	}

	@Override
	public void destroy() throws InterruptedException {           // at shutdown, after the dispatchers drained
		this.writer.shutdown();
		this.writer.awaitTermination(10, TimeUnit.SECONDS);
	}

	private static void write(Path file, byte[] json) {
		try {                                                      // readers never see half a file
			Path partial = Files.write(file.resolveSibling(file.getFileName() + ".partial"), json);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
// end::dispatcher-dead-letter[]
// @formatter:on

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.mparticle4j.dispatcher.Delivery;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;
import io.github.mparticle4j.dispatcher.DispatchFailure;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import io.github.mparticle4j.test.autoconfigure.AutoConfigureRecordingEventsApi;
import io.github.mparticle4j.test.recording.EventsApiRecorder;
import io.github.mparticle4j.test.recording.ScriptedResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the README's dead-letter {@link DeadLetterDirectory}: the auto-configured
 * dispatcher hands it what mParticle refused, it keeps the batches as JSON files, and
 * they can be sent again with their ids.
 *
 * @author mparticle4j contributors
 */
@SpringBootTest(properties = { "mparticle.retry.max-attempts=1", "mparticle.dispatcher.rejected-credentials=fail" })
@AutoConfigureRecordingEventsApi
class DeadLetterDirectoryTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	static Path directory;

	@Autowired
	private EventDispatcher dispatcher;

	@Autowired
	private DeadLetterDirectory deadLetters;

	@Autowired
	private EventsApiRecorder recorder;

	@DynamicPropertySource
	static void deadLetterDirectory(DynamicPropertyRegistry registry) {
		registry.add("app.dead-letter-directory", () -> directory.toString());
	}

	@BeforeEach
	void empty() throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void batchesThatMParticleRefusedAreKeptAndCanBeSentAgainWithTheirIds() throws Exception {
		String id;
		try (WatchService files = directory.getFileSystem().newWatchService()) {
			directory.register(files, StandardWatchEventKinds.ENTRY_CREATE);
			this.recorder.willRespond(ScriptedResponse.forbidden());
			CompletableFuture<Delivery> refused = this.dispatcher.enqueue(batch("1234"));
			assertThat(this.dispatcher.flush()).succeedsWithin(TIMEOUT);
			assertThat(refused).failsWithin(Duration.ZERO)
				.withThrowableThat()
				.havingCause()
				.isInstanceOfSatisfying(DeliveryFailedException.class,
						(ex) -> assertThat(ex.getReason()).isEqualTo(DispatchFailure.Reason.UNAUTHORIZED));
			id = ((DeliveryFailedException) refused.handle((delivery, ex) -> ex).join()).getSourceRequestId();
			// the handler writes on its own thread: the file system says when it is done
			awaitCreated(files, "default-" + id + ".json");
		}
		List<Batch> kept = this.deadLetters.read();
		assertThat(kept).singleElement().satisfies((batch) -> {
			assertThat(batch.getSourceRequestId()).isEqualTo(id);
			assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234");
		});
		Delivery resent = this.dispatcher.enqueue(kept.get(0)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(resent.sourceRequestId()).isEqualTo(id);
		assertThat(this.recorder.batches()).singleElement()
			.satisfies((batch) -> assertThat(batch.getSourceRequestId()).isEqualTo(id));
	}

	@Test
	void filesStillBeingWrittenAreNotRead() throws Exception {
		Files.write(directory.resolve("default-0c5d7c2e-3f0a-4b7e-9d3a-6a1f2b4c8e91.json.partial"), new byte[0]);
		assertThat(this.deadLetters.read()).isEmpty();
	}

	@Test
	void invalidBatchesAreNotKept() throws Exception {
		assertThat(this.dispatcher.enqueue(batch(""))).isCompletedExceptionally();
		assertThat(this.dispatcher.flush()).succeedsWithin(TIMEOUT);
		assertThat(this.deadLetters.read()).isEmpty();
	}

	private static void awaitCreated(WatchService files, String name) throws InterruptedException {
		Path file = directory.resolve(name);
		while (!Files.exists(file)) {
			WatchKey key = files.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(key).as("a file created in " + TIMEOUT + ", " + name + " expected").isNotNull();
			key.pollEvents();
			key.reset();
		}
	}

	private static Batch batch(String customerId) {
		return new Batch().userIdentities(new UserIdentities().customerId(customerId))
			.addEvent(new AppEvent(AppEvent.CustomEventType.NAVIGATION, "Button Clicked"));
	}

}

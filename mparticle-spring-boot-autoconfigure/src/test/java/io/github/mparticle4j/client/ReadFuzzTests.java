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

package io.github.mparticle4j.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.client.internal.BatchValidator;
import io.github.mparticle4j.client.internal.RequestWriter;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.DocumentedExamples;
import io.github.mparticle4j.model.Event;
import io.github.mparticle4j.model.Jackson2Mappers;
import io.github.mparticle4j.model.RandomModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generator of bad input: mutates valid batches as JSON trees, reads each mutant under
 * several mapper settings, and checks that every mutant is either refused by the read
 * with a Jackson error, or read into a batch that can be used: compared, copied,
 * validated (violations, never an exception), and, when valid, written and read back to
 * an equal batch. A bounded number of the batches read are then sent to a stand-in for
 * the Events API on 127.0.0.1, where each upload must end as a result or a failed
 * {@link Mono}, never an exception thrown by the call. The seed is fixed, so a failure
 * reproduces; {@code -Dmparticle4j.fuzz.seed} and {@code -Dmparticle4j.fuzz.mutants}
 * explore further.
 *
 * @author mparticle4j contributors
 */
class ReadFuzzTests {

	private static final long SEED = Long.getLong("mparticle4j.fuzz.seed", 20_261_206L);

	private static final int MUTANTS = Integer.getInteger("mparticle4j.fuzz.mutants", 2500);

	private static final int MAX_SENDS = 150;

	private static final int MAX_REPORTED = 5;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final JsonMapper TREES = JsonMapper.builder().build();

	private static final List<JsonMapper> JACKSON3 = List.of(JsonMapper.builder().build(),
			JsonMapper.builder().disable(DeserializationFeature.WRAP_EXCEPTIONS).build(),
			JsonMapper.builder()
				.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, DeserializationFeature.USE_LONG_FOR_INTS)
				.build(),
			JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build(),
			JsonMapper.builder()
				.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
						DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
						DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
				.build());

	private static final List<ObjectMapper> JACKSON2 = Jackson2Mappers.variants();

	private static MockEventsApi server;

	private static EventsApi api;

	private final RequestWriter writer = new RequestWriter();

	private final BatchValidator validator = new BatchValidator();

	private final List<String> failures = new ArrayList<>();

	private int reads;

	private int refused;

	private int uploaded;

	@BeforeAll
	static void startServer() {
		server = new MockEventsApi();
		server.accept("/events");
		server.accept("/bulkevents");
		api = server.builder().environment(Batch.Environment.DEVELOPMENT).maxAttempts(1).build();
	}

	@AfterAll
	static void stopServer() {
		api.close();
		server.close();
	}

	@Test
	void mutatedBatchesAreRefusedWhenReadOrCanBeUsedAndSent() {
		Random random = new Random(SEED);
		List<JsonNode> seeds = seeds(random);
		List<Batch> toSend = new ArrayList<>();
		for (int i = 0; i < MUTANTS && this.failures.size() < MAX_REPORTED; i++) {
			JsonNode mutant = seeds.get(random.nextInt(seeds.size())).deepCopy();
			int mutations = 1 + random.nextInt(3);
			for (int m = 0; m < mutations; m++) {
				mutant = mutate(mutant, random);
			}
			String json = TREES.writeValueAsString(mutant);
			for (int j = 0; j < JACKSON3.size(); j++) {
				JsonMapper mapper = JACKSON3.get(j);
				Batch batch = read(json, "Jackson 3 mapper " + j, () -> mapper.readValue(json, Batch.class),
						JacksonException.class);
				if (batch != null) {
					use(batch, json, "Jackson 3 mapper " + j, (bytes) -> mapper.readValue(bytes, Batch.class));
					if (j == 0 && toSend.size() < MAX_SENDS) {
						toSend.add(batch);
					}
				}
			}
			for (int j = 0; j < JACKSON2.size(); j++) {
				ObjectMapper mapper = JACKSON2.get(j);
				Batch batch = read(json, "Jackson 2 mapper " + j, () -> mapper.readValue(json, Batch.class),
						IOException.class);
				if (batch != null) {
					use(batch, json, "Jackson 2 mapper " + j, (bytes) -> {
						try {
							return mapper.readValue(bytes, Batch.class);
						}
						catch (IOException ex) {
							throw new IllegalStateException(ex);
						}
					});
				}
			}
		}
		send(toSend);
		assertThat(this.failures).as("seed %d", SEED).isEmpty();
		// the generator reaches both outcomes, or it tests nothing
		assertThat(this.refused).isGreaterThan(this.reads / 10);
		assertThat(this.reads - this.refused).isGreaterThan(this.reads / 10);
		assertThat(toSend).hasSize(MAX_SENDS);
		assertThat(this.uploaded).isGreaterThan(MAX_SENDS / 10);
	}

	private List<JsonNode> seeds(Random random) {
		List<Batch> batches = new ArrayList<>(
				List.of(DocumentedExamples.customEvent(), DocumentedExamples.commercePurchase(),
						DocumentedExamples.commercePromotion(), DocumentedExamples.commerceImpression(),
						DocumentedExamples.session(), DocumentedExamples.consent(), DocumentedExamples.minimal()));
		batches.addAll(DocumentedExamples.bulk());
		RandomModel model = new RandomModel(random.nextLong());
		for (int i = 0; i < 20; i++) {
			batches.add(model.next(Batch.class));
		}
		return batches.stream().map((batch) -> TREES.readTree(this.writer.toBytes(batch))).toList();
	}

	private <X extends Exception> Batch read(String json, String mapper, Reader reader, Class<X> refusal) {
		this.reads++;
		try {
			return reader.read();
		}
		catch (Exception ex) {
			if (!refusal.isInstance(ex)) {
				fail("read threw " + ex.getClass().getName() + " rather than a Jackson error", mapper, json, ex);
			}
			this.refused++;
			return null;
		}
	}

	private void use(Batch batch, String json, String mapper, Function<byte[], Batch> reread) {
		try {
			for (Event<?> event : batch.getEvents()) {
				assertThat(event.getEventType()).isNotNull();
			}
			assertThat(batch.toString()).isNotEmpty();
			assertThat(batch.copy()).isEqualTo(batch).hasSameHashCodeAs(batch);
			Batch prepared = batch.copy()
				.environment(Batch.Environment.DEVELOPMENT)
				.sourceRequestId(UUID.randomUUID().toString());
			List<Violation> violations = new ArrayList<>();
			this.validator.validate(prepared, BatchValidator.Path.root("batch"), violations);
			assertThat(violations).allSatisfy((violation) -> assertThat(violation.path()).startsWith("batch"));
			if (violations.isEmpty()) {
				byte[] written = this.writer.writeSingle(prepared).toByteArray();
				assertThat(reread.apply(written)).isEqualTo(prepared);
			}
		}
		catch (Throwable ex) {
			fail("using the batch read failed", mapper, json, ex);
		}
	}

	private void send(List<Batch> batches) {
		for (int i = 0; i < batches.size(); i++) {
			Batch batch = batches.get(i);
			Mono<UploadResult> upload;
			Mono<UploadResult> bulk;
			try {
				upload = api.uploadEvents(batch);
				bulk = api.bulkUploadEvents(batches.subList(i, Math.min(batches.size(), i + 3)));
			}
			catch (Throwable ex) {
				fail("the upload was thrown rather than failed", "Jackson 3 mapper 0", batch.toString(), ex);
				continue;
			}
			for (Mono<UploadResult> mono : List.of(upload, bulk)) {
				try {
					assertThat(mono.block(Duration.ofSeconds(30))).isNotNull();
					this.uploaded++;
				}
				catch (MParticleValidationException ex) {
					assertThat(ex.getViolations()).isNotEmpty();
				}
				catch (Throwable ex) {
					fail("the upload failed with something other than a validation error", "Jackson 3 mapper 0",
							batch.toString(), ex);
				}
			}
		}
	}

	private void fail(String what, String mapper, String json, Throwable ex) {
		StringWriter trace = new StringWriter();
		ex.printStackTrace(new PrintWriter(trace));
		String shortTrace = trace.toString().lines().limit(15).collect(Collectors.joining("\n"));
		this.failures.add(what + " (" + mapper + ", seed " + SEED + ")\n" + json + "\n" + shortTrace);
	}

	// replaces a random node, removes or duplicates one, or adds an unknown field
	private static JsonNode mutate(JsonNode root, Random random) {
		List<Location> locations = new ArrayList<>();
		collect(root, null, null, -1, locations);
		Location target = locations.get(random.nextInt(locations.size()));
		int kind = random.nextInt(10);
		if (target.parent == null) {
			return (kind < 2) ? strange(random) : root;
		}
		if (kind == 0) {
			target.remove();
		}
		else if (kind == 1 && target.parent instanceof ArrayNode array) {
			array.add(target.node.deepCopy());
		}
		else if (kind == 2 && target.node instanceof ObjectNode object) {
			object.set("unknown_" + random.nextInt(3), strange(random));
		}
		else if (kind == 3) {
			target.replace(NODES.arrayNode().add(target.node.deepCopy()));
		}
		else {
			target.replace(strange(random));
		}
		return root;
	}

	private static JsonNode strange(Random random) {
		return switch (random.nextInt(24)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.objectNode();
			case 2 -> NODES.arrayNode();
			case 3 -> NODES.arrayNode().addNull();
			case 4 -> NODES.arrayNode().add(NODES.objectNode());
			case 5 -> NODES.stringNode("NaN");
			case 6 -> NODES.stringNode("Infinity");
			case 7 -> NODES.stringNode("-Infinity");
			case 8 -> TREES.readTree("1e400");
			case 9 -> TREES.readTree("-1e400");
			case 10 -> NODES.numberNode(6);
			case 11 -> NODES.numberNode(-1);
			case 12 -> NODES.numberNode(BigInteger.TWO.pow(64));
			case 13 -> NODES.numberNode(1.5);
			case 14 -> NODES.stringNode("");
			case 15 -> NODES.stringNode("x");
			case 16 -> NODES.booleanNode(true);
			case 17 -> TREES.readTree("{\"x\":{\"y\":1}}");
			case 18 -> TREES.readTree("[1,2]");
			case 19 -> TREES.readTree("[\"a\"]");
			case 20 -> TREES.readTree("[[]]");
			case 21 -> TREES.readTree("{\"event_type\":\"custom_event\"}");
			case 22 -> TREES.readTree("{\"event_type\":\"session_start\",\"data\":null}");
			default -> NODES.numberNode(Long.MAX_VALUE);
		};
	}

	private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Location> into) {
		into.add(new Location(node, parent, name, index));
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				collect(property.getValue(), node, property.getKey(), -1, into);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				collect(array.get(i), node, null, i, into);
			}
		}
	}

	/**
	 * A node of a tree and where it hangs.
	 */
	private record Location(JsonNode node, JsonNode parent, String name, int index) {

		void replace(JsonNode replacement) {
			if (this.parent instanceof ObjectNode object) {
				object.set(this.name, replacement);
			}
			else {
				((ArrayNode) this.parent).set(this.index, replacement);
			}
		}

		void remove() {
			if (this.parent instanceof ObjectNode object) {
				object.remove(this.name);
			}
			else {
				((ArrayNode) this.parent).remove(this.index);
			}
		}

	}

	@FunctionalInterface
	private interface Reader {

		Batch read() throws Exception;

	}

}

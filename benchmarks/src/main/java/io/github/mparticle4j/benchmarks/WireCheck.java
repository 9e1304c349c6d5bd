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

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.mparticle4j.client.ApiCredentials;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.model.Batch;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that the {@link ReferenceWriter} writes what the client sends for the
 * {@link TypicalBatches}, so that comparing the two is fair: the same JSON structure for
 * the batches as users build them (whose random {@code source_request_id}s are set
 * aside), and the same bytes once the ids are fixed.
 *
 * @author mparticle4j contributors
 */
public final class WireCheck {

	/**
	 * The environment that the benchmarks configure on the client and the reference.
	 */
	public static final Batch.Environment ENVIRONMENT = Batch.Environment.PRODUCTION;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private WireCheck() {
	}

	/**
	 * Checks a single upload and a bulk upload of the typical batches.
	 * @return what was checked, for printing
	 * @throws IllegalStateException if the reference does not write what the client sends
	 */
	public static String verify() {
		ReferenceWriter reference = new ReferenceWriter(ENVIRONMENT);
		AtomicReference<byte[]> sent = new AtomicReference<>();
		InProcessConnector connector = new InProcessConnector((request) -> {
			sent.set(request.body());
			return Mono.just(InProcessConnector.Response.of(202));
		});
		try (EventsApi api = EventsApi.builder(new ApiCredentials("key", "secret"))
			.baseUrl("http://127.0.0.1:1/v2")
			.environment(ENVIRONMENT)
			.clientConnector(connector)
			.build()) {
			// as users build them: structurally equal apart from the random ids
			Batch single = TypicalBatches.typical(1);
			api.uploadEvents(single).block();
			byte[] clientSingle = sent.get();
			byte[] referenceSingle = write((out) -> reference.writeSingle(single, out));
			sameStructure("single upload", clientSingle, referenceSingle);
			List<Batch> bulk = TypicalBatches.bulk();
			api.bulkUploadEvents(bulk).block();
			byte[] clientBulk = sent.get();
			byte[] referenceBulk = write((out) -> reference.writeBulk(bulk, out));
			sameStructure("bulk upload", clientBulk, referenceBulk);
			// with fixed ids: the same bytes
			Batch fixedSingle = withFixedId(TypicalBatches.typical(1), 0);
			api.uploadEvents(fixedSingle).block();
			sameBytes("single upload", sent.get(), write((out) -> reference.writeSingle(fixedSingle, out)));
			List<Batch> fixedBulk = TypicalBatches.bulk();
			for (int i = 0; i < fixedBulk.size(); i++) {
				withFixedId(fixedBulk.get(i), i);
			}
			api.bulkUploadEvents(fixedBulk).block();
			sameBytes("bulk upload", sent.get(), write((out) -> reference.writeBulk(fixedBulk, out)));
			return "reference writes the client's bytes: single " + clientSingle.length + " B, bulk of " + bulk.size()
					+ " " + clientBulk.length + " B";
		}
	}

	private static Batch withFixedId(Batch batch, int n) {
		return batch.sourceRequestId(String.format("00000000-0000-4000-8000-%012d", n));
	}

	private static byte[] write(Consumer<ByteArrayOutputStream> writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.accept(out);
		return out.toByteArray();
	}

	private static void sameStructure(String what, byte[] client, byte[] reference) {
		JsonNode clientTree = withoutIds(MAPPER.readTree(client));
		JsonNode referenceTree = withoutIds(MAPPER.readTree(reference));
		if (!clientTree.equals(referenceTree)) {
			throw new IllegalStateException("The reference does not write the JSON of the client for a " + what
					+ ":\nclient:    " + clientTree + "\nreference: " + referenceTree);
		}
		if (client.length != reference.length) {
			throw new IllegalStateException("The reference writes " + reference.length + " bytes for a " + what
					+ ", the client " + client.length);
		}
	}

	private static JsonNode withoutIds(JsonNode tree) {
		Function<JsonNode, JsonNode> strip = (batch) -> {
			if (!batch.path("source_request_id").isString()) {
				throw new IllegalStateException("A batch has no source_request_id: " + batch);
			}
			((ObjectNode) batch).put("source_request_id", "*");
			return batch;
		};
		if (tree instanceof ArrayNode array) {
			array.forEach(strip::apply);
			return array;
		}
		return strip.apply(tree);
	}

	private static void sameBytes(String what, byte[] client, byte[] reference) {
		if (!Arrays.equals(client, reference)) {
			throw new IllegalStateException("The reference does not write the bytes of the client for a " + what
					+ " with fixed ids:\nclient:    " + new String(client) + "\nreference: " + new String(reference));
		}
	}

}

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

package io.github.mparticle4j.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * {@link ReactiveHealthIndicator} for several mParticle inputs: the health of each input
 * in the details, under the input's name, and the worst of their statuses as its own.
 * <p>
 * The worst status is the first of {@code DOWN}, {@code OUT_OF_SERVICE},
 * {@link MParticleHealthIndicator#DEGRADED DEGRADED}, {@code UP} and {@code UNKNOWN} that
 * an input has: Spring Boot's default status order with {@code DEGRADED} before
 * {@code UP}. An input that is {@code DEGRADED} therefore shows in this component even
 * when the others are {@code UP} or {@code UNKNOWN}, while the overall health, whose
 * status order leaves {@code DEGRADED} out, stays {@code UP}. A status outside that order
 * does not count, as in Spring Boot's aggregation.
 * <p>
 * Spring Boot computes the status of a composite contributor with the status order of the
 * whole health endpoint, which has no place for {@code DEGRADED}; that is why this is one
 * indicator with the inputs in its details rather than a composite. It holds no mutable
 * state.
 *
 * @author mparticle4j contributors
 */
public class MParticleInputsHealthIndicator implements ReactiveHealthIndicator {

	private static final List<Status> WORST_FIRST = List.of(Status.DOWN, Status.OUT_OF_SERVICE,
			MParticleHealthIndicator.DEGRADED, Status.UP, Status.UNKNOWN);

	private final Map<String, ReactiveHealthIndicator> inputs;

	/**
	 * Creates an indicator.
	 * @param inputs the indicator of each input, by the input's name, in the order in
	 * which the details show them
	 */
	public MParticleInputsHealthIndicator(Map<String, ? extends ReactiveHealthIndicator> inputs) {
		Assert.notEmpty(inputs, "'inputs' must not be empty");
		this.inputs = new LinkedHashMap<>(inputs);
	}

	/**
	 * Returns the names of the inputs.
	 * @return the names, in the order in which the details show them
	 */
	public Set<String> getInputNames() {
		return this.inputs.keySet();
	}

	/**
	 * Returns the indicator of one input.
	 * @param name the name of the input
	 * @return its indicator, or {@code null} if there is no input of that name
	 */
	public @Nullable ReactiveHealthIndicator getInput(String name) {
		return this.inputs.get(name);
	}

	@Override
	public Mono<Health> health() {
		return Flux.fromIterable(this.inputs.entrySet())
			.concatMap((input) -> input.getValue()
				.health()
				.onErrorResume((ex) -> Mono.just(Health.down(ex).build()))
				.map((health) -> Map.entry(input.getKey(), health)))
			.collectList()
			.map(MParticleInputsHealthIndicator::aggregate);
	}

	private static Health aggregate(List<Map.Entry<String, Health>> inputs) {
		Map<String, Object> details = new LinkedHashMap<>();
		@Nullable Status worst = null;
		for (Map.Entry<String, Health> input : inputs) {
			details.put(input.getKey(), input.getValue());
			worst = worse(worst, input.getValue().getStatus());
		}
		return Health.status((worst != null) ? worst : Status.UNKNOWN).withDetails(details).build();
	}

	/**
	 * Returns the worse of two statuses.
	 * @param current the worst so far, or {@code null}
	 * @param status another status
	 * @return the worse of the two, or {@code current} if {@code status} does not count
	 */
	static @Nullable Status worse(@Nullable Status current, Status status) {
		int rank = WORST_FIRST.indexOf(status);
		if (rank < 0) {
			return current;
		}
		return (current == null || rank < WORST_FIRST.indexOf(current)) ? status : current;
	}

}

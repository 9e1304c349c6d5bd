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

package io.github.mparticle4j.autoconfigure.health;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * The health of an input in log mode: that of its client, with {@code mode: log} first in
 * the details, so that nobody takes its {@code UP} for data that reached mParticle.
 *
 * @author mparticle4j contributors
 */
final class LogModeHealthIndicator implements ReactiveHealthIndicator {

	private final ReactiveHealthIndicator delegate;

	LogModeHealthIndicator(ReactiveHealthIndicator delegate) {
		this.delegate = delegate;
	}

	@Override
	public Mono<Health> health() {
		return this.delegate.health()
			.map((health) -> Health.status(health.getStatus())
				.withDetail("mode", "log")
				.withDetails(health.getDetails())
				.build());
	}

}

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

package io.github.mparticle4j.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the default input is configured: when there are no named inputs (then the
 * top-level key and secret are required, and their absence fails start-up with a clear
 * report), or when {@code mparticle.api-key} or {@code mparticle.api-secret} is set, even
 * blank or as an unresolved placeholder (then both are required).
 *
 * @author mparticle4j contributors
 */
class DefaultInputCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return outcome(context.getEnvironment());
	}

	/**
	 * Returns whether the default input is configured.
	 * @param environment the environment
	 * @return the outcome
	 */
	static ConditionOutcome outcome(Environment environment) {
		if (MParticleInputsRegistrar.names(environment).isEmpty()) {
			return ConditionOutcome.match("no named mParticle inputs (mparticle.inputs) are configured");
		}
		Binder binder = Binder.get(environment);
		if (binder.bind("mparticle.api-key", String.class).isBound()
				|| binder.bind("mparticle.api-secret", String.class).isBound()) {
			return ConditionOutcome.match("mparticle.api-key or mparticle.api-secret is set next to the named inputs");
		}
		return ConditionOutcome.noMatch("only named mParticle inputs (mparticle.inputs) are configured");
	}

}

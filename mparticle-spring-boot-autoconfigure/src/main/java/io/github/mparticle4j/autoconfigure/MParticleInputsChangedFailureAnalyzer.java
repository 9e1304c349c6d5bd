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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failure caused by inputs that differ from those of the
 * ahead-of-time processing: which ones, and how to configure them so that the build sees
 * them.
 *
 * @author mparticle4j contributors
 */
class MParticleInputsChangedFailureAnalyzer extends AbstractFailureAnalyzer<MParticleInputsChangedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MParticleInputsChangedException cause) {
		return new FailureAnalysis(MParticleInputsChangedException.description(cause.getChanges(), cause.getBuilt()),
				MParticleInputsChangedException.action(), cause);
	}

}

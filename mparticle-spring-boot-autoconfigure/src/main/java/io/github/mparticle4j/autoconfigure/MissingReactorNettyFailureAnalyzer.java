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
 * Explains a start-up failure caused by a class path without Reactor Netty: what to add,
 * and how to disable the starter instead.
 *
 * @author mparticle4j contributors
 */
class MissingReactorNettyFailureAnalyzer extends AbstractFailureAnalyzer<MissingReactorNettyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingReactorNettyException cause) {
		String description = "The mParticle Events API client sends its requests with Reactor Netty, but Reactor"
				+ " Netty (io.projectreactor.netty:reactor-netty-http) is not on the class path.";
		String action = """
				Add org.springframework.boot:spring-boot-starter-reactor-netty (or \
				io.projectreactor.netty:reactor-netty-http) to the application's dependencies, or stop excluding it \
				from io.github.mparticle4j:mparticle-spring-boot-starter. It is used only as an HTTP client: it \
				does not change the application's web server.
				If the application should not send data to mParticle, disable the starter with \
				mparticle.enabled=false.""";
		return new FailureAnalysis(description, action, cause);
	}

}

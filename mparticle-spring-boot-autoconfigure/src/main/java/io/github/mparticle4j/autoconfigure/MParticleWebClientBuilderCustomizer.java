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

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback that customizes the {@link WebClient.Builder} of the auto-configured
 * {@link io.github.mparticle4j.client.EventsApi} only, for example to add a filter. The
 * base URL, default headers and connector are set after the customizers have run.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface MParticleWebClientBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, a copy used only by the mParticle client
	 */
	void customize(WebClient.Builder builder);

}

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

import io.netty.channel.ChannelOption;

import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;

/**
 * Adjusts Spring Boot's Reactor Netty connector builder for the mParticle client. Kept
 * out of {@link MParticleAutoConfiguration} so that the auto-configuration's own methods
 * never name Reactor Netty types: Spring introspects them while the application starts.
 *
 * @author mparticle4j contributors
 */
final class ReactorNettyConnectorBuilders {

	private ReactorNettyConnectorBuilders() {
	}

	/**
	 * Turns on {@code TCP_NODELAY} if the builder is Reactor Netty's.
	 * @param builder the builder
	 * @return the adjusted builder, or the given one if it is not Reactor Netty's
	 */
	static ClientHttpConnectorBuilder<?> withTcpNoDelay(ClientHttpConnectorBuilder<?> builder) {
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			return reactor.withHttpClientCustomizer((httpClient) -> httpClient.option(ChannelOption.TCP_NODELAY, true));
		}
		return builder;
	}

}

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

package io.github.mparticle4j.sample.standin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.autoconfigure.MParticleInputProperties;
import io.github.mparticle4j.test.autoconfigure.LocalEventsApiAutoConfiguration;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Runs the sample against a {@link LocalEventsApi local stand-in} when no input has an
 * API key or secret: neither {@code mparticle.api-key}/{@code api-secret} nor those of a
 * named input, {@code mparticle.inputs.<name>.*}. The stand-in and the
 * {@link MParticleConnectionDetails} that point at it come from
 * {@link LocalEventsApiAutoConfiguration}, the same auto-configuration that
 * {@code @AutoConfigureLocalEventsApi} switches on in tests. With credentials, this
 * configuration is skipped and the starter sends to the configured mParticle pod.
 * <p>
 * {@code GET /stand-in/requests} shows what the stand-in accepted; {@code POST
 * /stand-in/outage} makes it answer {@code 503} to the next {@value #OUTAGE_REQUESTS}
 * requests, as mParticle does when it is down, so that batches wait in the dispatcher's
 * outbox: the stand-in runs in the application, so this lasts until it stops.
 *
 * @author mparticle4j contributors
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalEventsApiConfiguration.NoCredentialsCondition.class)
@ImportAutoConfiguration(LocalEventsApiAutoConfiguration.class)
class LocalEventsApiConfiguration {

	// enough for an outage of hours: after the first failures the dispatcher tries every
	// 30 s at most
	static final int OUTAGE_REQUESTS = 1000;

	private static final Log logger = LogFactory.getLog(LocalEventsApiConfiguration.class);

	@Bean
	RouterFunction<ServerResponse> localEventsApiRequestsRoute(LocalEventsApi standIn) {
		logger.info("No mParticle credentials are set (MPARTICLE_API_KEY, MPARTICLE_API_SECRET): sending to the local"
				+ " stand-in for the Events API at " + standIn.baseUrl() + "; see what it received at GET"
				+ " /stand-in/requests, and make it answer 503 with POST /stand-in/outage");
		return RouterFunctions.route()
			.GET("/stand-in/requests", (request) -> ServerResponse.ok().bodyValue(standIn.received()))
			.POST("/stand-in/outage", (request) -> {
				standIn.failNext(OUTAGE_REQUESTS, 503);
				logger.info("The local stand-in answers 503 to the next " + OUTAGE_REQUESTS
						+ " requests, as mParticle would when it is down");
				Map<String, Object> outage = new LinkedHashMap<>();
				outage.put("status", 503);
				outage.put("requests", OUTAGE_REQUESTS);
				return ServerResponse.ok().bodyValue(outage);
			})
			.build();
	}

	/**
	 * Matches when no input has an API key or an API secret: neither the default input
	 * ({@code mparticle.api-key}, {@code mparticle.api-secret}) nor a named one
	 * ({@code mparticle.inputs.<name>.api-key},
	 * {@code mparticle.inputs.<name>.api-secret}). A named input with only one of them
	 * fails start-up naming the other, instead of being sent to the stand-in.
	 */
	static class NoCredentialsCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			Map<String, MParticleInputProperties> inputs = binder
				.bind("mparticle.inputs", Bindable.mapOf(String.class, MParticleInputProperties.class))
				.orElse(Map.of());
			inputs.forEach(NoCredentialsCondition::checkBothOrNeither);
			MParticleInputProperties defaultInput = binder.bind("mparticle", MParticleInputProperties.class)
				.orElseGet(MParticleInputProperties::new);
			if (hasCredentials(defaultInput)) {
				return ConditionOutcome
					.noMatch("mParticle credentials are set (mparticle.api-key, mparticle.api-secret)");
			}
			for (Map.Entry<String, MParticleInputProperties> input : inputs.entrySet()) {
				if (hasCredentials(input.getValue())) {
					return ConditionOutcome
						.noMatch("mParticle credentials are set for the input '" + input.getKey() + "'");
				}
			}
			return ConditionOutcome.match("no mParticle credentials are set");
		}

		private static void checkBothOrNeither(String name, MParticleInputProperties input) {
			boolean key = StringUtils.hasText(input.getApiKey());
			boolean secret = StringUtils.hasText(input.getApiSecret());
			if (key != secret) {
				String missing = "mparticle.inputs." + name + (key ? ".api-secret" : ".api-key");
				throw new InvalidConfigurationPropertyValueException(missing, null,
						"The input '" + name + "' has an API " + (key ? "key" : "secret") + " but no API "
								+ (key ? "secret" : "key") + ": set both, or neither to run the sample against its "
								+ "local stand-in");
			}
		}

		private static boolean hasCredentials(MParticleInputProperties input) {
			return StringUtils.hasText(input.getApiKey()) || StringUtils.hasText(input.getApiSecret());
		}

	}

}

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

package io.github.mparticle4j.test.autoconfigure;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.test.standin.LocalEventsApi;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} that runs an application against a
 * {@link LocalEventsApi local stand-in} for the mParticle Events API when
 * {@code mparticle.local-stand-in.enabled=true}: the same stand-in as
 * {@link AutoConfigureLocalEventsApi @AutoConfigureLocalEventsApi} starts in tests, on a
 * free port of 127.0.0.1, which every input sends to instead of mParticle, with no
 * credentials needed. For local development only: it warns at start-up, and the stand-in
 * keeps the requests it accepted in memory.
 *
 * @author mparticle4j contributors
 */
@AutoConfiguration(before = MParticleAutoConfiguration.class)
@ConditionalOnBooleanProperty(LocalStandInAutoConfiguration.PROPERTY)
@Import(LocalEventsApiConfiguration.class)
public final class LocalStandInAutoConfiguration {

	/**
	 * The property that switches the stand-in on.
	 */
	public static final String PROPERTY = "mparticle.local-stand-in.enabled";

	private static final Log logger = LogFactory.getLog(LocalStandInAutoConfiguration.class);

	@Bean
	SmartInitializingSingleton localStandInWarning(LocalEventsApi localEventsApi) {
		return () -> logger.warn("mParticle: every input sends to the local stand-in for the Events API at "
				+ localEventsApi.baseUrl() + " (" + PROPERTY + "=true), not to mParticle; for local development only");
	}

}

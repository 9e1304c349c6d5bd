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

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for a {@link LocalEventsApi local
 * stand-in} for the mParticle Events API that the auto-configured {@code EventsApi} sends
 * to, the default input and every named input ({@code mparticle.inputs.<name>}) alike.
 * Imported by {@link AutoConfigureLocalEventsApi @AutoConfigureLocalEventsApi}.
 *
 * @author mparticle4j contributors
 * @see LocalStandInAutoConfiguration
 */
@AutoConfiguration(before = MParticleAutoConfiguration.class)
@Import(LocalEventsApiConfiguration.class)
public final class LocalEventsApiAutoConfiguration {

}

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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.mparticle4j.autoconfigure.MParticleConnectionDetails;
import io.github.mparticle4j.test.standin.LocalEventsApi;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Annotation for a test class that sends to a {@link LocalEventsApi local stand-in} for
 * the mParticle Events API instead of mParticle. A stand-in is started on 127.0.0.1 (on a
 * free port) as a bean, stopped when the application context closes, and a
 * {@link MParticleConnectionDetails} bean points the auto-configured {@code EventsApi} at
 * it with the stand-in's key and secret. No {@code mparticle.*} properties and no real
 * credentials are needed; credentials in the properties (even unresolved placeholders
 * such as <code>${MPARTICLE_API_KEY}</code>) and other {@link MParticleConnectionDetails}
 * beans are ignored.
 * <p>
 * Inject the {@link LocalEventsApi} bean to assert on what it received
 * ({@link LocalEventsApi#batches()}) or to make it fail
 * ({@link LocalEventsApi#failNext(int, int)}). The bean is shared by the tests that share
 * an application context: call {@link LocalEventsApi#clear()} before each test.
 *
 * @author mparticle4j contributors
 * @see LocalEventsApiAutoConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureLocalEventsApi {

}

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

import io.github.mparticle4j.test.recording.EventsApiRecorder;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Annotation on a test class that makes the auto-configured
 * {@link io.github.mparticle4j.client.EventsApi} record what it sends instead of sending
 * it. The client stays the real one (same validation, serialization, retries and
 * exceptions); an {@link EventsApiRecorder} bean holds the recorded requests and scripts
 * the answers, and is reset after each test method. No credentials are needed: test
 * credentials replace the configured ones.
 *
 * @author mparticle4j contributors
 * @see EventsApiRecorder
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureRecordingEventsApi {

}

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

package io.github.mparticle4j.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests how the sample chooses its local stand-in: only when no input has a credential. A
 * named input with a key and no secret must fail start-up rather than send to the
 * stand-in.
 *
 * @author mparticle4j contributors
 */
class StandInSelectionTests {

	@Test
	void aNamedInputWithAKeyAndNoSecretFailsStartupInsteadOfUsingTheStandIn() {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--mparticle.api-key=", "--mparticle.api-secret=",
					"--mparticle.inputs.ios.api-key=ios-key"))
			.withStackTraceContaining("Property mparticle.inputs.ios.api-secret with value 'null' is invalid");
	}

}

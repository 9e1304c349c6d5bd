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
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests how the sample starts with partial credentials: it uses its local stand-in only
 * when no input has any, and otherwise leaves the starter to fail start-up naming what is
 * missing.
 *
 * @author mparticle4j contributors
 */
class SampleCredentialsTests {

	@Test
	void aNamedInputWithAKeyAndNoSecretFailsStartupNamingTheSecret() {
		assertThatException().isThrownBy(() -> run("--mparticle.inputs.ios.api-key=ios-key"))
			.withStackTraceContaining("Property mparticle.inputs.ios.api-secret with value 'null' is invalid");
	}

	@Test
	void aNamedInputWithASecretAndNoKeyFailsStartupNamingTheKey() {
		assertThatException().isThrownBy(() -> run("--mparticle.inputs.ios.api-secret=ios-secret"))
			.withStackTraceContaining("Property mparticle.inputs.ios.api-key with value 'null' is invalid");
	}

	private static void run(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application
			.run(merge(args, "--mparticle.api-key=", "--mparticle.api-secret=", "--spring.main.banner-mode=off"))) {
			// started: the assertion fails
		}
	}

	private static String[] merge(String[] args, String... more) {
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return all;
	}

}

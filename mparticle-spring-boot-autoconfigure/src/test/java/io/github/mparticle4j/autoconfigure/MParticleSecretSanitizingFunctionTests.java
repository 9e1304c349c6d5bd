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

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MParticleSecretSanitizingFunction}: the secrets it finds in the
 * environment, and the values it masks whatever their names.
 *
 * @author mparticle4j contributors
 */
class MParticleSecretSanitizingFunctionTests {

	private static final PropertySource<?> SOURCE = new MapPropertySource("test", Map.of());

	@Test
	void theSecretsOfEveryInputAreFoundWithTheirPlaceholdersResolved() {
		MockEnvironment environment = new MockEnvironment().withProperty("vault.default", " default-secret ")
			.withProperty("mparticle.api-secret", "${vault.default}")
			.withProperty("mparticle.inputs.ios.api-secret", "ios-secret")
			.withProperty("mparticle.inputs.android.api-secret", "${UNSET_ANDROID_SECRET}")
			.withProperty("mparticle.inputs.web.api-secret", " ")
			.withProperty("mparticle.inputs.web.api-key", "web-key");
		assertThat(MParticleSecretSanitizingFunction.secrets(environment)).containsExactly("default-secret",
				"ios-secret");
	}

	@Test
	void anEntryWhoseValueHoldsASecretIsMaskedWhateverItsName() {
		MParticleSecretSanitizingFunction function = new MParticleSecretSanitizingFunction(() -> Set.of("ios-secret"));
		assertThat(mask(function, "MPARTICLE_IOS_API_SECRET", "ios-secret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(mask(function, "sun.java.command", "app.jar --mparticle.inputs.ios.api-secret=ios-secret"))
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(mask(function, "ios_secret", "ios-secret\n")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(mask(function, "MPARTICLE_IOS_API_KEY", "ios-key")).isEqualTo("ios-key");
		assertThat(mask(function, "empty", null)).isNull();
	}

	@Test
	void aSecretThatChangesIsMaskedInItsNewValue() {
		MockEnvironment environment = new MockEnvironment().withProperty("mparticle.api-secret", "first-secret");
		MParticleSecretSanitizingFunction function = new MParticleSecretSanitizingFunction(environment);
		assertThat(mask(function, "VAULT_VALUE", "first-secret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		environment.setProperty("mparticle.api-secret", "second-secret");
		assertThat(mask(function, "VAULT_VALUE", "second-secret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
		assertThat(mask(function, "VAULT_VALUE", "first-secret")).isEqualTo("first-secret");
	}

	private static Object mask(MParticleSecretSanitizingFunction function, String key, Object value) {
		return function.apply(new SanitizableData(SOURCE, key, value)).getValue();
	}

}

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

import java.time.Duration;

import io.github.mparticle4j.dispatcher.EventDispatcherBuilder;
import io.github.mparticle4j.dispatcher.OverflowPolicy;
import io.github.mparticle4j.dispatcher.RejectedCredentialsPolicy;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.InOrder;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link PropertiesEventDispatcherBuilderCustomizer}.
 *
 * @author mparticle4j contributors
 */
class PropertiesEventDispatcherBuilderCustomizerTests {

	@Test
	void everyPropertyIsCopiedToTheBuilder() {
		MParticleProperties top = new MParticleProperties();
		MParticleInputProperties.Dispatcher properties = top.getDispatcher();
		properties.setFlushInterval(Duration.ofMillis(300));
		properties.setMaxQueuedBatches(77);
		properties.setMaxQueuedBytes(DataSize.ofMegabytes(5));
		properties.setOverflowPolicy(OverflowPolicy.DROP_OLDEST);
		properties.setBlockTimeout(Duration.ofMillis(40));
		properties.setMaxRequestsInFlight(3);
		properties.setMaxBatchesPerSecond(12.5);
		properties.setSlowDownAt(60);
		properties.setRejectedCredentials(RejectedCredentialsPolicy.FAIL);
		properties.setMaxCredentialsBackoff(Duration.ofMinutes(2));
		EventDispatcherBuilder builder = mock(EventDispatcherBuilder.class, Answers.RETURNS_SELF);
		new PropertiesEventDispatcherBuilderCustomizer(top, Duration.ofSeconds(8)).customize(builder);
		then(builder).should().flushInterval(Duration.ofMillis(300));
		then(builder).should().maxQueuedBatches(77);
		then(builder).should().maxQueuedBytes(5L * 1024 * 1024);
		then(builder).should().overflowPolicy(OverflowPolicy.DROP_OLDEST);
		then(builder).should().blockTimeout(Duration.ofMillis(40));
		then(builder).should().maxRequestsInFlight(3);
		then(builder).should().maxBatchesPerSecond(12.5);
		then(builder).should().slowDownAt(60);
		then(builder).should().shutdownTimeout(Duration.ofSeconds(8));
		then(builder).should().rejectedCredentials(RejectedCredentialsPolicy.FAIL);
		then(builder).should().maxCredentialsBackoff(Duration.ofMinutes(2));
		then(builder).shouldHaveNoMoreInteractions();
	}

	@Test
	void aSettingThatNoLevelSetsIsLeftToTheBuilder() {
		EventDispatcherBuilder builder = mock(EventDispatcherBuilder.class, Answers.RETURNS_SELF);
		new PropertiesEventDispatcherBuilderCustomizer(new MParticleProperties(), Duration.ofSeconds(8))
			.customize(builder);
		then(builder).should().shutdownTimeout(Duration.ofSeconds(8));
		then(builder).shouldHaveNoMoreInteractions();
	}

	@Test
	void aNamedInputIsToldApartAndItsOwnSettingsApplyAfterTheTopLevelOnes() {
		MParticleProperties properties = new MParticleProperties();
		properties.getDispatcher().setFlushInterval(Duration.ofMillis(300));
		properties.getDispatcher().setSlowDownAt(60);
		MParticleInputProperties ios = new MParticleInputProperties();
		ios.getDispatcher().setFlushInterval(Duration.ofMillis(50));
		ios.getDispatcher().setShutdownTimeout(Duration.ofSeconds(3));
		properties.getInputs().put("ios", ios);
		EventDispatcherBuilder builder = mock(EventDispatcherBuilder.class, Answers.RETURNS_SELF);
		new PropertiesEventDispatcherBuilderCustomizer(properties, Duration.ofSeconds(8)).customize("ios", builder);
		InOrder inOrder = inOrder(builder);
		inOrder.verify(builder).shutdownTimeout(Duration.ofSeconds(8));
		inOrder.verify(builder).flushInterval(Duration.ofMillis(300));
		inOrder.verify(builder).flushInterval(Duration.ofMillis(50));
		inOrder.verify(builder).shutdownTimeout(Duration.ofSeconds(3));
		then(builder).should().slowDownAt(60);
		then(builder).shouldHaveNoMoreInteractions();
	}

	@Test
	void runsFirst() {
		assertThat(new PropertiesEventDispatcherBuilderCustomizer(new MParticleProperties(), Duration.ofSeconds(25))
			.getOrder()).isZero();
	}

}

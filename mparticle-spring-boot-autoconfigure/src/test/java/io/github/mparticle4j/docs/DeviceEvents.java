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

package io.github.mparticle4j.docs;

import io.github.mparticle4j.autoconfigure.MParticleInputs;
import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.Batch;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The README's example of an application that sends to several mParticle inputs, tested
 * by {@link SeveralInputsTests}.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::several-inputs[]
@Service
public class DeviceEvents {

	private final EventsApi eventsApi;     // the default input: the primary EventsApi

	private final EventsApi ios;           // mparticle.inputs.ios

	private final MParticleInputs inputs;  // every input, by name

	public DeviceEvents(EventsApi eventsApi, @Qualifier("ios") EventsApi ios, MParticleInputs inputs) {
		this.eventsApi = eventsApi;
		this.ios = ios;
		this.inputs = inputs;
	}

	public Mono<UploadResult> fromTheWeb(Batch batch) {
		return this.eventsApi.uploadEvents(batch);
	}

	public Mono<UploadResult> fromIos(Batch batch) {
		return this.ios.uploadEvents(batch);
	}

	public Mono<UploadResult> fromPlatform(String platform, Batch batch) {   // "ios", "android"
		return this.inputs.get(platform).uploadEvents(batch);
	}

}
// end::several-inputs[]

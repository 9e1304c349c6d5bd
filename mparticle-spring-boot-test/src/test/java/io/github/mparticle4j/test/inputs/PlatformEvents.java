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

package io.github.mparticle4j.test.inputs;

import io.github.mparticle4j.dispatcher.EventDispatcher;
import io.github.mparticle4j.model.Batch;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

// @formatter:off
// tag::dispatcher-several-inputs[]
@Service
public class PlatformEvents {

	private final EventDispatcher web;     // the default input's: the primary EventDispatcher

	private final EventDispatcher ios;     // mparticle.inputs.ios

	public PlatformEvents(EventDispatcher web, @Qualifier("ios") EventDispatcher ios) {
		this.web = web;
		this.ios = ios;
	}

	public void fromTheWeb(Batch batch) {
		this.web.enqueue(batch);
	}

	public void fromIos(Batch batch) {
		this.ios.enqueue(batch);
	}

}
// end::dispatcher-several-inputs[]
// @formatter:on

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

package io.github.mparticle4j.sample.web;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.sample.web.SampleRequests.Bulk;
import io.github.mparticle4j.sample.web.SampleRequests.Purchase;
import io.github.mparticle4j.sample.web.SampleRequests.Session;
import io.github.mparticle4j.sample.web.SampleRequests.SignUp;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that each send one kind of data to mParticle with the auto-configured
 * {@link EventsApi} directly, and answer once mParticle accepted it, with the ids of the
 * batches sent. Bulk imports go to a second mParticle input, {@code feed}. Custom events
 * go through the dispatcher instead: see {@link CustomEventController}.
 *
 * @author mparticle4j contributors
 */
@RestController
class SampleController {

	private final EventsApi eventsApi;

	private final EventsApi feed;

	/**
	 * Creates the controller.
	 * @param eventsApi the client of the default input, for the web traffic
	 * @param feed the client of the {@code feed} input ({@code mparticle.inputs.feed}),
	 * for bulk imports
	 */
	SampleController(EventsApi eventsApi, @Qualifier("feed") EventsApi feed) {
		this.eventsApi = eventsApi;
		this.feed = feed;
	}

	@PostMapping("/users")
	Mono<SentResponse> signUp(@RequestBody SignUp request,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) @Nullable String userAgent) {
		return send(SampleBatches.signUp(request, userAgent));
	}

	@PostMapping("/purchases")
	Mono<SentResponse> purchase(@RequestBody Purchase request) {
		return send(SampleBatches.purchase(request));
	}

	@PostMapping("/sessions")
	Mono<SentResponse> session(@RequestBody Session request) {
		return send(SampleBatches.session(request));
	}

	@PostMapping("/bulk")
	Mono<SentResponse> bulk(@RequestBody Bulk request) {
		return this.feed.bulkUploadEvents(SampleBatches.bulk(request)).map(SentResponse::of);
	}

	private Mono<SentResponse> send(Batch batch) {
		return this.eventsApi.uploadEvents(batch).map(SentResponse::of);
	}

}

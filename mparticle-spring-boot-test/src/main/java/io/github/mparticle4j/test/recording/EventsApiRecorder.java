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

package io.github.mparticle4j.test.recording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.EventsApiBuilder;
import io.github.mparticle4j.client.InProcessConnector;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.Event;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Records what an {@link EventsApi} sends, instead of sending it, and answers as
 * scripted. The client is the real one, built on this recorder's {@link #connector()
 * connector}: it validates and serializes every batch exactly as in production (invalid
 * batches fail with the same {@code MParticleValidationException}), retries what it would
 * retry, and reports failures with the same exceptions. Only the network is missing.
 * <p>
 * Every request is recorded with its JSON and the answer it got. Requests are accepted
 * with {@code 202} unless {@link #willRespond(ScriptedResponse...) scripted} otherwise:
 * <pre class="code">
 * recorder.willRespond(ScriptedResponse.badRequest("BAD_REQUEST", "Invalid batch"));
 * assertThat(recorder.batches()).singleElement()
 *     .satisfies((batch) -&gt; assertThat(batch.getUserIdentities().getCustomerId()).isEqualTo("1234"));
 * assertThat(recorder.events(AppEvent.class)).extracting(AppEvent::getEventName).containsExactly("Sign Up");
 * </pre> With {@code @AutoConfigureRecordingEventsApi}, the auto-configured
 * {@code EventsApi} uses the recorder bean, which is reset after each test method.
 *
 * @author mparticle4j contributors
 */
public final class EventsApiRecorder {

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Deque<ScriptedResponse> script = new ArrayDeque<>();

	private @Nullable ScriptedResponse always;

	private final InProcessConnector connector = new InProcessConnector(this::answer);

	/**
	 * Returns the connector to build a client on, with
	 * {@link EventsApiBuilder#clientConnector(ClientHttpConnector)}.
	 * @return the connector
	 */
	public ClientHttpConnector connector() {
		return this.connector;
	}

	/**
	 * Gives the next requests these responses, one each, in order; the requests after
	 * them are accepted again.
	 * @param responses the responses
	 * @return this recorder
	 */
	public synchronized EventsApiRecorder willRespond(ScriptedResponse... responses) {
		for (ScriptedResponse response : responses) {
			this.script.addLast(Objects.requireNonNull(response, "'responses' must not contain null"));
		}
		return this;
	}

	/**
	 * Gives every request this response, after any scripted with
	 * {@link #willRespond(ScriptedResponse...)}, until {@link #reset()}.
	 * @param response the response
	 * @return this recorder
	 */
	public synchronized EventsApiRecorder willAlwaysRespond(ScriptedResponse response) {
		this.always = Objects.requireNonNull(response, "'response' must not be null");
		return this;
	}

	/**
	 * Returns every request received so far, including those answered with an error and
	 * the retries of an upload.
	 * @return the requests, oldest first
	 */
	public synchronized List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Returns the requests that were accepted: what mParticle would have ingested.
	 * @return the accepted requests, oldest first
	 */
	public List<RecordedRequest> acceptedRequests() {
		return requests().stream().filter(RecordedRequest::isAccepted).toList();
	}

	/**
	 * Returns the batches of the accepted requests, read back from the JSON that was
	 * sent.
	 * @return the batches, in the order they were sent
	 */
	public List<Batch> batches() {
		return acceptedRequests().stream().flatMap((request) -> request.batches().stream()).toList();
	}

	/**
	 * Returns the events of the accepted batches.
	 * @return the events, in the order they were sent
	 */
	public List<Event<?>> events() {
		return batches().stream().flatMap((batch) -> batch.getEvents().stream()).toList();
	}

	/**
	 * Returns the events of the accepted batches that are of the given type.
	 * @param <E> the event type
	 * @param type the event class, such as {@code AppEvent.class}
	 * @return the events of that type, in the order they were sent
	 */
	public <E extends Event<?>> List<E> events(Class<E> type) {
		return events().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * Forgets the recorded requests and the scripted responses.
	 */
	public synchronized void reset() {
		this.requests.clear();
		this.script.clear();
		this.always = null;
	}

	private Mono<InProcessConnector.Response> answer(InProcessConnector.Request request) {
		ScriptedResponse response;
		synchronized (this) {
			response = this.script.pollFirst();
			if (response == null) {
				response = (this.always != null) ? this.always : ScriptedResponse.accepted();
			}
			this.requests
				.add(new RecordedRequest(request.path(), request.headers(), request.body(), response.status()));
		}
		return response.toResponse();
	}

}

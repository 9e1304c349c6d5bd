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

package io.github.mparticle4j.client;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.AbstractClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A {@link ClientHttpConnector} that answers requests in the same process, without a
 * network: each request, with its headers and complete body, is handed to a function that
 * gives the response. A client built on it
 * ({@link EventsApiBuilder#clientConnector(ClientHttpConnector)}) validates, serializes,
 * retries and reports failures exactly as it does over HTTP. The log mode of the Spring
 * Boot starter and the test support use it.
 *
 * @author mparticle4j contributors
 */
public final class InProcessConnector implements ClientHttpConnector {

	private final Function<Request, Mono<Response>> handler;

	/**
	 * Creates a connector.
	 * @param handler gives the response to each request; a {@code Mono} that fails is a
	 * transport failure (use an {@link java.io.IOException} for one that the client
	 * retries)
	 */
	public InProcessConnector(Function<Request, Mono<Response>> handler) {
		this.handler = Objects.requireNonNull(handler, "'handler' must not be null");
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		CapturingRequest request = new CapturingRequest(method, uri);
		return requestCallback.apply(request)
			.then(Mono.defer(() -> this.handler.apply(request.toRequest())))
			.map(ResponseMessage::new);
	}

	/**
	 * A request as the client sent it.
	 *
	 * @param method the method
	 * @param uri the absolute URI
	 * @param headers the headers, read-only
	 * @param body the body
	 */
	public record Request(HttpMethod method, URI uri, HttpHeaders headers, byte[] body) {

		/**
		 * Returns the path of the URI, such as {@code /v2/events}.
		 * @return the path
		 */
		public String path() {
			return this.uri.getRawPath();
		}

	}

	/**
	 * A response to give to the client.
	 *
	 * @param status the status code
	 * @param headers the headers
	 * @param body the body, empty for none
	 */
	public record Response(int status, HttpHeaders headers, byte[] body) {

		/**
		 * Returns a response with the given status, no headers and no body.
		 * @param status the status code
		 * @return the response
		 */
		public static Response of(int status) {
			return new Response(status, new HttpHeaders(), new byte[0]);
		}

	}

	private static final class CapturingRequest extends AbstractClientHttpRequest {

		private final HttpMethod method;

		private final URI uri;

		private volatile byte[] body = new byte[0];

		CapturingRequest(HttpMethod method, URI uri) {
			this.method = method;
			this.uri = uri;
		}

		Request toRequest() {
			return new Request(this.method, this.uri, HttpHeaders.readOnlyHttpHeaders(getHeaders()), this.body);
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public DataBufferFactory bufferFactory() {
			return DefaultDataBufferFactory.sharedInstance;
		}

		@Override
		public <T> T getNativeRequest() {
			throw new UnsupportedOperationException("An in-process request has no native request");
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return doCommit(() -> DataBufferUtils.join(Flux.from(body)).doOnNext((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				this.body = bytes;
			}).then());
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return writeWith(Flux.from(body).flatMap(Flux::from));
		}

		@Override
		public Mono<Void> setComplete() {
			return doCommit();
		}

		@Override
		protected void applyHeaders() {
		}

		@Override
		protected void applyCookies() {
		}

	}

	private static final class ResponseMessage implements ClientHttpResponse {

		private final Response response;

		ResponseMessage(Response response) {
			this.response = response;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.status());
		}

		@Override
		public MultiValueMap<String, ResponseCookie> getCookies() {
			return new LinkedMultiValueMap<>();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.headers();
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return (this.response.body().length != 0)
					? Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(this.response.body())) : Flux.empty();
		}

	}

}

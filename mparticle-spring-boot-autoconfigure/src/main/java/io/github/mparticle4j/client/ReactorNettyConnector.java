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

import java.time.Duration;

import io.github.mparticle4j.client.internal.RequestWriter.SerializedRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.Disposable;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.ClassUtils;

/**
 * The connector of a client that was not given one: Reactor Netty with a connection pool
 * of its own. The only class of the client that names Reactor Netty types, so that the
 * others load without it.
 *
 * @author mparticle4j contributors
 */
final class ReactorNettyConnector {

	static final String HTTP_CLIENT_CLASS = "reactor.netty.http.client.HttpClient";

	private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);

	private ReactorNettyConnector() {
	}

	/**
	 * Whether Reactor Netty is on the class path.
	 * @param classLoader the class loader to look in, or {@code null} for the default
	 * @return whether it is present
	 */
	static boolean isPresent(ClassLoader classLoader) {
		return ClassUtils.isPresent(HTTP_CLIENT_CLASS, classLoader);
	}

	/**
	 * Creates a connector with its own connection pool.
	 * @param settings the client settings
	 * @return the connector and what releases its connections
	 */
	static Owned create(ClientSettings settings) {
		ConnectionProvider connections = ConnectionProvider.builder("mparticle-events-api")
			.maxConnections(64)
			.pendingAcquireMaxCount(1024)
			.pendingAcquireTimeout(settings.timeout())
			.maxIdleTime(Duration.ofSeconds(30))
			.maxLifeTime(Duration.ofMinutes(5))
			.evictInBackground(Duration.ofSeconds(30))
			.build();
		HttpClient httpClient = HttpClient.create(connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					(int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()))
			.option(ChannelOption.TCP_NODELAY, true)
			.option(ChannelOption.SO_KEEPALIVE, true)
			.responseTimeout(settings.responseTimeout());
		return new Owned(new ReactorClientHttpConnector(httpClient), connections);
	}

	/**
	 * Whether a failure is one of Netty's own transport failures: a channel that could
	 * not be used, or a response that could not be decoded.
	 * @param failure the failure
	 * @return whether it is a transport failure
	 */
	static boolean isTransportFailure(Throwable failure) {
		return failure instanceof DecoderException || failure instanceof ChannelException;
	}

	/**
	 * Returns the body of a request for Reactor Netty: its one array wrapped without
	 * copying (Spring's converter would copy every buffer that is not Netty's own), or
	 * its pieces written into pooled direct memory, into which Netty would otherwise copy
	 * them before writing them to the socket. Netty releases that memory once it has
	 * written it, or when the request ends without writing it.
	 * @param request the request
	 * @return a Netty data buffer with the body
	 */
	static DataBuffer body(SerializedRequest request) {
		if (request.pieces() == 1) {
			return BUFFERS
				.wrap(Unpooled.wrappedBuffer(request.pieceArray(0), request.pieceOffset(0), request.pieceLength(0)));
		}
		ByteBuf body = PooledByteBufAllocator.DEFAULT.directBuffer(request.size(), request.size());
		try {
			for (int i = 0; i < request.pieces(); i++) {
				body.writeBytes(request.pieceArray(i), request.pieceOffset(i), request.pieceLength(i));
			}
		}
		catch (RuntimeException ex) {
			body.release();
			throw ex;
		}
		return BUFFERS.wrap(body);
	}

	/**
	 * Whether a failure is Reactor Netty's response timeout.
	 * @param failure the failure
	 * @return whether no response came in time
	 */
	static boolean isResponseTimeout(Throwable failure) {
		return failure instanceof ReadTimeoutException;
	}

	/**
	 * Whether a failure is a connection that the server reset or closed while the request
	 * was sent, as Reactor Netty tells them.
	 * @param failure the failure
	 * @return whether the connection was reset
	 */
	static boolean isConnectionReset(Throwable failure) {
		return AbortedException.isConnectionReset(failure);
	}

	/**
	 * A connector and the resources it owns.
	 *
	 * @param connector the connector
	 * @param resources what to dispose of when the client closes
	 */
	record Owned(ClientHttpConnector connector, Disposable resources) {
	}

}

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

/**
 * An asynchronous dispatcher for the mParticle Events API:
 * {@link io.github.mparticle4j.dispatcher.EventDispatcher}, its builder, the
 * {@link io.github.mparticle4j.dispatcher.Delivery deliveries} and
 * {@link io.github.mparticle4j.dispatcher.DispatchFailure failures} it reports, its
 * policies, listener and status. Two seams are public: the
 * {@link io.github.mparticle4j.dispatcher.BatchStore store} that keeps the batches (in
 * memory by default) and the {@link io.github.mparticle4j.dispatcher.DispatchTransport
 * transport} that sends a request once (through the
 * {@link io.github.mparticle4j.client.EventsApi}'s connections by default). The engine
 * between them, one worker that owns all its state, is not public.
 */
@NullMarked
package io.github.mparticle4j.dispatcher;

import org.jspecify.annotations.NullMarked;

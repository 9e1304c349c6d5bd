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
 * Internal: not public API, and may change without notice, in any release. What the
 * dispatcher's own stores ({@code io.github.mparticle4j.dispatcher} and its {@code jdbc}
 * package) share. Types here are public only so that those packages can use them;
 * applications must not.
 */
@NullMarked
package io.github.mparticle4j.dispatcher.internal;

import org.jspecify.annotations.NullMarked;

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
 * A {@link io.github.mparticle4j.dispatcher.BatchStore} in the application's own
 * database: {@link io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStore}, the outbox
 * table it works on ({@link io.github.mparticle4j.dispatcher.jdbc.JdbcBatchStoreSchema})
 * and the batches mParticle refused
 * ({@link io.github.mparticle4j.dispatcher.jdbc.DeadBatches}). Needs {@code spring-jdbc},
 * an optional dependency of this module.
 */
@NullMarked
package io.github.mparticle4j.dispatcher.jdbc;

import org.jspecify.annotations.NullMarked;

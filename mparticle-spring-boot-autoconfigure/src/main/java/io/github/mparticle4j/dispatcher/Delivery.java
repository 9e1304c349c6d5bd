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

package io.github.mparticle4j.dispatcher;

import io.github.mparticle4j.client.UploadResult;

/**
 * The delivery of an enqueued batch: mParticle accepted the request that carried it.
 *
 * @param sourceRequestId the {@code source_request_id} of the batch that carried the
 * events: the batch's own, or the one the dispatcher gave to the merged batch
 * @param mergedBatches how many enqueued batches were merged into that batch, 1 if none
 * @param upload the result of the request that carried it
 * @author mparticle4j contributors
 */
public record Delivery(String sourceRequestId, int mergedBatches, UploadResult upload) {

}

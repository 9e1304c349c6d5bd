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

import io.github.mparticle4j.dispatcher.Delivery;

/**
 * What {@code POST /events/confirmed} answers once mParticle accepted the event.
 *
 * @param status the HTTP status mParticle answered
 * @param attempts how many times the request that carried the event was sent
 * @param sourceRequestId the {@code source_request_id} of the batch that carried the
 * event
 * @param mergedBatches how many events (batches) of the same user that batch carried
 * @author mparticle4j contributors
 */
public record DeliveredResponse(int status, int attempts, String sourceRequestId, int mergedBatches) {

	static DeliveredResponse of(Delivery delivery) {
		return new DeliveredResponse(delivery.upload().statusCode(), delivery.upload().attempts(),
				delivery.sourceRequestId(), delivery.mergedBatches());
	}

}

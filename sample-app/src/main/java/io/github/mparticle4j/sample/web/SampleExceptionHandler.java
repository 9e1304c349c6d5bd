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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.mparticle4j.client.MParticleException;
import io.github.mparticle4j.client.MParticleResponseException;
import io.github.mparticle4j.client.MParticleValidationException;
import io.github.mparticle4j.dispatcher.DeliveryFailedException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns failures into clear JSON answers: 400 for bad input (naming the field, or with
 * every violation of the Events API rules), 502 when mParticle could not be reached or
 * refused the data, 503 when the dispatcher has no room for an event or is shutting down,
 * 504 when an event was not confirmed in time; 500 for an order that failed (and rolled
 * back), 404 for an unknown order.
 *
 * @author mparticle4j contributors
 */
@RestControllerAdvice
class SampleExceptionHandler {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> invalidRequest(InvalidRequestException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		if (ex.getField() != null) {
			body.put("field", ex.getField());
		}
		return ResponseEntity.badRequest().body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadableRequest(ServerWebInputException ex) {
		InvalidRequestException fieldError = JsonBodyErrors.fieldError(ex);
		if (fieldError != null) {
			return invalidRequest(fieldError);
		}
		return ResponseEntity.badRequest().body(Map.of("error", "The request body is missing or is not valid JSON"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> invalidBatch(MParticleValidationException ex) {
		List<Map<String, String>> violations = ex.getViolations()
			.stream()
			.map((violation) -> Map.of("path", violation.path(), "rule", violation.rule()))
			.toList();
		return ResponseEntity.badRequest()
			.body(Map.of("error", "The data breaks the rules of the mParticle Events API; nothing was sent",
					"violations", violations));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> notDelivered(DeliveryFailedException ex) {
		if (ex.getCause() instanceof MParticleValidationException invalid) {
			return invalidBatch(invalid);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("reason", ex.getReason().tagValue());
		if (ex.getCause() instanceof MParticleResponseException response) {
			body.put("mparticleStatus", response.getStatusCode());
		}
		body.put("sourceRequestIds", ex.getSourceRequestIds());
		// dropped: the event never reached mParticle, and may be sent again later
		HttpStatus status = ex.getReason().isDrop() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
		return ResponseEntity.status(status).body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> orderFailed(OrderFailedException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("orderId", ex.getOrderId());
		return ResponseEntity.internalServerError().body(body);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> orderNotFound(OrderNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> notYetDelivered(NotYetDeliveredException ex) {
		return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> notSent(MParticleException ex) {
		Map<String, Object> body = (ex instanceof MParticleResponseException response)
				? Map.of("error", ex.getMessage(), "mparticleStatus", response.getStatusCode(), "sourceRequestIds",
						ex.getSourceRequestIds())
				: Map.of("error", ex.getMessage(), "sourceRequestIds", ex.getSourceRequestIds());
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
	}

}

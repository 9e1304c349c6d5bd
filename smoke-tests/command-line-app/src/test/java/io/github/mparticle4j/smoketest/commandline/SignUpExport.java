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

package io.github.mparticle4j.smoketest.commandline;

import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.UserIdentities;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Sends one batch per customer id given on the command line, in one bulk request, and
 * waits for mParticle to accept them.
 *
 * @author mparticle4j contributors
 */
// @formatter:off
// tag::boot-command-line[]
@Component
public class SignUpExport implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SignUpExport.class);

	private final EventsApi eventsApi;

	public SignUpExport(EventsApi eventsApi) {
		this.eventsApi = eventsApi;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Batch> batches = args.getNonOptionArgs().stream()      // customer ids, at most 100
			.map((customerId) -> new Batch()
				.userIdentities(new UserIdentities().customerId(customerId))
				.addEvent(new AppEvent(AppEvent.CustomEventType.USER_PREFERENCE, "Sign Up")))
			.toList();
		if (!batches.isEmpty()) {
			UploadResult result = this.eventsApi.bulkUploadEvents(batches).block();   // a batch job waits
			logger.info("mParticle accepted " + batches.size() + " batches: " + result.sourceRequestIds());
		}
	}

}
// end::boot-command-line[]
// @formatter:on

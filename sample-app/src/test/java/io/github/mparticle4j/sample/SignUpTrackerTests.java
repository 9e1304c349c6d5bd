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

package io.github.mparticle4j.sample;

import java.util.List;

import io.github.mparticle4j.client.EventsApi;
import io.github.mparticle4j.client.UploadResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

// @formatter:off
// tag::boot-test-mock[]
@SpringBootTest
class SignUpTrackerTests {

	@MockitoBean
	private EventsApi eventsApi;      // replaces the auto-configured client: nothing is sent

	@Autowired
	private SignUpTracker tracker;

	@Test
	void sendsASignUpEvent() {
		given(this.eventsApi.uploadEvents(any()))
			.willReturn(Mono.just(new UploadResult(202, 1, List.of("id-1"), 100, null)));
		assertThat(this.tracker.signedUpAndWait("1234").statusCode()).isEqualTo(202);
		then(this.eventsApi).should().uploadEvents(argThat((batch) -> batch.getEvents().size() == 1));
	}

}
// end::boot-test-mock[]
// @formatter:on

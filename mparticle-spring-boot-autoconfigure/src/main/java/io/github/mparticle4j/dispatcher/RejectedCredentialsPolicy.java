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

/**
 * What an {@link EventDispatcher} does when mParticle rejects the input's credentials
 * ({@code 401} or {@code 403}), or when a request cannot be made because of the
 * application's settings, such as a TLS certificate that is not trusted: problems that
 * sending again will not fix until someone fixes the settings.
 *
 * @author mparticle4j contributors
 * @see EventDispatcherBuilder#rejectedCredentials(RejectedCredentialsPolicy)
 */
public enum RejectedCredentialsPolicy {

	/**
	 * Pause the input and keep its batches, within the bounds of the queue and its
	 * overflow policy: try again after a pause that doubles with each failure up to
	 * {@link EventDispatcherBuilder#maxCredentialsBackoff(java.time.Duration) a maximum},
	 * so that nothing is lost once the credentials or settings are fixed. The default.
	 */
	PAUSE,

	/**
	 * Fail the batches of the request at once, with the reason
	 * {@link DispatchFailure.Reason#UNAUTHORIZED} (or
	 * {@link DispatchFailure.Reason#REJECTED} for a settings failure), handing them to
	 * the failure handler.
	 */
	FAIL

}

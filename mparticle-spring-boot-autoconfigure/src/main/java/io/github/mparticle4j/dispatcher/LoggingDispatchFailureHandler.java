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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The default {@link DispatchFailureHandler}: logs failures with the reason and ids, and
 * drops only at {@code DEBUG}, since the dispatcher logs drops in aggregate.
 *
 * @author mparticle4j contributors
 */
final class LoggingDispatchFailureHandler implements DispatchFailureHandler {

	static final LoggingDispatchFailureHandler INSTANCE = new LoggingDispatchFailureHandler();

	private static final Log logger = LogFactory.getLog(EventDispatcher.class);

	private LoggingDispatchFailureHandler() {
	}

	@Override
	public void handle(DispatchFailure failure) {
		if (failure.reason().isDrop()) {
			if (logger.isDebugEnabled()) {
				logger.debug(describe(failure));
			}
		}
		else if (logger.isWarnEnabled()) {
			logger.warn(describe(failure));
		}
	}

	private static String describe(DispatchFailure failure) {
		int count = failure.batches().size();
		return "Dispatcher '" + failure.dispatcher() + "': " + count + ((count != 1) ? " batches" : " batch")
				+ " not delivered (" + failure.reason().tagValue() + "): " + failure.message() + "; source_request_ids "
				+ failure.sourceRequestIds();
	}

}

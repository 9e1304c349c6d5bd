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

package io.github.mparticle4j.smoketest.outboxcrash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A non-web application that enqueues numbered events with the JDBC store
 * ({@code mparticle.dispatcher.store=jdbc}), some in transactions of its own business
 * table, and says on standard output which ones it committed; started, killed and
 * restarted by {@code OutboxCrashTests}. See {@link NumberedEvents} for its arguments and
 * its output.
 *
 * @author mparticle4j contributors
 */
@SpringBootApplication
public class OutboxCrashApplication {

	public static void main(String[] args) {
		// the dispatcher's threads must not keep a finished run alive
		System.exit(SpringApplication.exit(SpringApplication.run(OutboxCrashApplication.class, args)));
	}

}

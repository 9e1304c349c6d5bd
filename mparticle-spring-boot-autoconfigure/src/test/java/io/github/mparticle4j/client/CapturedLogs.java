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

package io.github.mparticle4j.client;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * A JUnit extension that captures what one logger logs during each test, from the given
 * level, as Logback events: register it with {@code @RegisterExtension} on a field.
 * <p>
 * Not thread-safe to configure; Logback's appender guards the events it records.
 *
 * @author mparticle4j contributors
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

	private final Logger logger;

	private final Level level;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private CapturedLogs(Class<?> loggerName, Level level) {
		this.logger = (Logger) LoggerFactory.getLogger(loggerName);
		this.level = level;
	}

	/**
	 * Captures a logger's events from a level.
	 * @param loggerName the class that names the logger
	 * @param level the level to set on the logger during each test
	 * @return the extension
	 */
	public static CapturedLogs of(Class<?> loggerName, Level level) {
		return new CapturedLogs(loggerName, level);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.appender.list.clear();
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(this.level);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.logger.detachAppender(this.appender);
		this.appender.stop();
		this.logger.setLevel(null);
	}

	/**
	 * Returns the events logged so far in this test, oldest first.
	 * @return the events
	 */
	public List<ILoggingEvent> events() {
		return this.appender.list;
	}

	/**
	 * Sets the logger's level for the rest of this test.
	 * @param level the level
	 */
	public void setLevel(Level level) {
		this.logger.setLevel(level);
	}

}

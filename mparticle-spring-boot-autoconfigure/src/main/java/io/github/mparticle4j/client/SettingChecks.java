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

import java.time.Duration;

/**
 * The checks of the duration settings of {@code EventsApiBuilder} and
 * {@code EventDispatcherBuilder}, and of durations given to their products. A duration is
 * at most {@link #MAX_DURATION one day}: a longer one would mean no limit at all, and
 * some overflow the clocks and transports that they are handed to (nanoseconds in a
 * {@code long}, milliseconds in an {@code int}), so that every send would fail instead of
 * the {@code build()}.
 *
 * @author mparticle4j contributors
 */
public final class SettingChecks {

	/**
	 * The longest duration a setting may have: one day.
	 */
	public static final Duration MAX_DURATION = Duration.ofDays(1);

	private SettingChecks() {
	}

	/**
	 * Checks that a duration is positive and at most {@link #MAX_DURATION}.
	 * @param name the name of the setting, as its builder method is named, or of the
	 * parameter
	 * @param duration the duration
	 * @throws InvalidEventsApiSettingException if it is not
	 */
	public static void positive(String name, Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new InvalidEventsApiSettingException(name, duration, "must be positive, was " + duration);
		}
		atMostMax(name, duration);
	}

	/**
	 * Checks that a duration is zero or positive, and at most {@link #MAX_DURATION}.
	 * @param name the name of the setting, as its builder method is named, or of the
	 * parameter
	 * @param duration the duration
	 * @throws InvalidEventsApiSettingException if it is not
	 */
	public static void notNegative(String name, Duration duration) {
		if (duration.isNegative()) {
			throw new InvalidEventsApiSettingException(name, duration, "must not be negative, was " + duration);
		}
		atMostMax(name, duration);
	}

	private static void atMostMax(String name, Duration duration) {
		if (duration.compareTo(MAX_DURATION) > 0) {
			throw new InvalidEventsApiSettingException(name, duration,
					"must be at most " + MAX_DURATION + " (one day), was " + duration);
		}
	}

}

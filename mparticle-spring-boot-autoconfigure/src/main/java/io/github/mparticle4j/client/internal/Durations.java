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

package io.github.mparticle4j.client.internal;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Formats durations for people, the one format of the starter's log lines, exception
 * messages and health details: {@code 0 s}, {@code 850 ms}, {@code 5 s}, {@code 12.5 s},
 * {@code 1 min 5 s}, {@code 2 h 0 min 3 s}. Precision stops at the millisecond.
 *
 * @author mparticle4j contributors
 */
public final class Durations {

	private static final long MILLIS_PER_MINUTE = 60_000;

	private static final long MILLIS_PER_HOUR = 60 * MILLIS_PER_MINUTE;

	private Durations() {
	}

	/**
	 * Formats a duration: under a second in milliseconds (none at all as {@code 0 s}),
	 * under a minute in seconds (with the milliseconds as decimals where there are any),
	 * longer in hours, minutes and seconds.
	 * @param duration the duration
	 * @return the text
	 */
	public static String format(Duration duration) {
		if (duration.isNegative()) {
			return "-" + format(duration.negated());
		}
		long millis = duration.toMillis();
		if (millis > 0 && millis < 1000) {
			return millis + " ms";
		}
		StringBuilder text = new StringBuilder();
		long hours = millis / MILLIS_PER_HOUR;
		long minutes = (millis % MILLIS_PER_HOUR) / MILLIS_PER_MINUTE;
		if (hours > 0) {
			text.append(hours).append(" h ");
		}
		if (hours > 0 || minutes > 0) {
			text.append(minutes).append(" min ");
		}
		BigDecimal seconds = BigDecimal.valueOf(millis % MILLIS_PER_MINUTE, 3).stripTrailingZeros();
		return text.append(seconds.toPlainString()).append(" s").toString();
	}

}

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

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link SendPacer}: the decisions on when the next request may start, as pure
 * functions of the time given.
 *
 * @author mparticle4j contributors
 */
class SendPacerTests {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	@Test
	void nothingHoldsBackAFreshPacer() {
		SendPacer pacer = new SendPacer(4, 0, 80);
		assertThat(pacer.waitBeforeNext(0)).isZero();
		assertThat(pacer.maxRequestsInFlight()).isEqualTo(4);
	}

	@Test
	void aHighShareOfTheRateLimitAllowsOneRequestAtATimeSpacedByTheShare() {
		SendPacer pacer = new SendPacer(4, 0, 80);
		pacer.started(0, 100);
		pacer.accepted(79);
		assertThat(pacer.maxRequestsInFlight()).isEqualTo(4);
		assertThat(pacer.waitBeforeNext(0)).isZero();
		pacer.accepted(80);
		assertThat(pacer.maxRequestsInFlight()).isEqualTo(1);
		assertThat(pacer.waitBeforeNext(0)).isEqualTo(SECOND / 21);
		pacer.accepted(90);
		assertThat(pacer.waitBeforeNext(0)).isEqualTo(SECOND * 11 / 21);
		pacer.accepted(100);
		assertThat(pacer.waitBeforeNext(0)).isEqualTo(SECOND);
		assertThat(pacer.waitBeforeNext(SECOND)).isZero();
		pacer.accepted(null);
		assertThat(pacer.maxRequestsInFlight()).isEqualTo(4);
		assertThat(pacer.waitBeforeNext(0)).isZero();
	}

	@Test
	void theBatchRateIsCappedInEveryWindowOfOneSecondCountingTheRequestAboutToStart() {
		SendPacer pacer = new SendPacer(4, 200, 80);
		assertThat(pacer.maxBatchesPerRequest()).isEqualTo(200);
		assertThat(pacer.waitBeforeNext(0, 100)).isZero();
		pacer.started(0, 100);
		assertThat(pacer.waitBeforeNext(0, 100)).isZero();
		pacer.started(0, 100);
		// the budget of the second is spent: the next request waits for the first to
		// leave the window
		assertThat(pacer.waitBeforeNext(0, 1)).isEqualTo(SECOND);
		assertThat(pacer.waitBeforeNext(SECOND / 2, 100)).isEqualTo(SECOND / 2);
		assertThat(pacer.waitBeforeNext(SECOND, 100)).isZero();
	}

	@Test
	void aRequestStartedLaterInTheWindowKeepsItsShareUntilItLeaves() {
		SendPacer pacer = new SendPacer(4, 10, 80);
		assertThat(pacer.maxBatchesPerRequest()).isEqualTo(10);
		pacer.started(0, 4);
		pacer.started(SECOND / 2, 6);
		assertThat(pacer.waitBeforeNext(SECOND / 2, 1)).isEqualTo(SECOND / 2);
		// at 1 s the first request's 4 batches leave the window, the second's 6 stay
		assertThat(pacer.waitBeforeNext(SECOND, 4)).isZero();
		assertThat(pacer.waitBeforeNext(SECOND, 5)).isEqualTo(SECOND / 2);
	}

	@Test
	void aCapBelowOneAllowsOneBatchInAWindowOfOneOverTheCap() {
		SendPacer pacer = new SendPacer(4, 0.5, 80);
		assertThat(pacer.maxBatchesPerRequest()).isEqualTo(1);
		pacer.started(0, 1);
		assertThat(pacer.waitBeforeNext(0, 1)).isEqualTo(2 * SECOND);
		assertThat(pacer.waitBeforeNext(2 * SECOND, 1)).isZero();
	}

	@Test
	void withoutACapNothingLimitsTheBatches() {
		SendPacer pacer = new SendPacer(4, 0, 80);
		pacer.started(0, 100);
		assertThat(pacer.maxBatchesPerRequest()).isEqualTo(Integer.MAX_VALUE);
		assertThat(pacer.waitBeforeNext(0, 100)).isZero();
	}

	@Test
	void failuresPauseForGrowingTimesWithJitterUpToThirtySeconds() {
		SendPacer pacer = new SendPacer(4, 0, 80);
		long[] ceilings = { 1, 2, 4, 8, 16, 30, 30, 30 };
		long now = 0;
		for (long ceiling : ceilings) {
			long pause = pacer.failed(now, now);
			assertThat(pause).isBetween(ceiling * SECOND / 2, ceiling * SECOND);
			assertThat(pacer.waitBeforeNext(now)).isEqualTo(pause);
			now += pause;
			assertThat(pacer.waitBeforeNext(now)).isZero();
		}
		pacer.accepted(null);
		assertThat(pacer.failed(now, now)).isBetween(SECOND / 2, SECOND);
	}

	@Test
	void requestsInFlightWhenAPauseBeganFailInTheSameRoundAndDoNotLengthenIt() {
		SendPacer pacer = new SendPacer(4, 0, 80);
		long first = pacer.failed(0, 10);
		assertThat(first).isBetween(SECOND / 2, SECOND);
		// three more requests, started with the first, fail a little later
		for (int i = 1; i <= 3; i++) {
			assertThat(pacer.failed(0, 10 + i)).isEqualTo(10 + first - (10 + i));
		}
		// one that failed long after the pause, but was sent before it began
		assertThat(pacer.failed(5, 20 * SECOND)).isZero();
		assertThat(pacer.waitBeforeNext(20 * SECOND)).isZero();
		// the next round, sent after the pause, doubles it
		long now = 10 + first;
		assertThat(pacer.failed(now, now + 1)).isBetween(SECOND, 2 * SECOND);
	}

}

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

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.github.mparticle4j.client.MParticleException;
import io.github.mparticle4j.client.UploadResult;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

/**
 * One request of an {@link EventDispatcher} and what became of its groups, including the
 * requests made to bisect it after a {@code 400}. Its outcome is applied all at once when
 * it finishes, so that the queue and the handles see one consistent settlement.
 * <p>
 * Confined to the dispatcher's worker: outcomes are published to it, and a shutdown
 * cancels the request there. Once the request is finished its outcomes are frozen, so
 * that what arrives after a cancel is ignored rather than settled a second time.
 *
 * @author mparticle4j contributors
 */
final class DispatchRequest {

	/**
	 * The most requests that bisecting one request may add.
	 */
	static final int BISECTION_BUDGET = 32;

	final List<BatchGroup> groups;

	/**
	 * When the request started, in the dispatcher's nanoseconds.
	 */
	final long startedAt;

	final List<Accepted> accepted = new ArrayList<>();

	final List<Failed> failed = new ArrayList<>();

	final List<BatchGroup> resend = new ArrayList<>();

	@Nullable MParticleException resendCause;

	/**
	 * Whether the groups to send again failed because of the credentials or settings.
	 */
	boolean resendForSettings;

	private boolean finished;

	private int bisectionBudget = BISECTION_BUDGET;

	private @Nullable Disposable subscription;

	DispatchRequest(List<BatchGroup> groups, long startedAt) {
		this.groups = groups;
		this.startedAt = startedAt;
	}

	void subscription(Disposable subscription) {
		this.subscription = subscription;
	}

	void cancel() {
		Disposable subscription = this.subscription;
		if (subscription != null) {
			subscription.dispose();
		}
	}

	boolean tryBisect() {
		if (this.bisectionBudget < 2) {
			return false;
		}
		this.bisectionBudget -= 2;
		return true;
	}

	/**
	 * Records groups that mParticle accepted, unless the request is finished.
	 * @param groups the groups
	 * @param result the result
	 */
	void accepted(List<BatchGroup> groups, UploadResult result) {
		if (!this.finished) {
			this.accepted.add(new Accepted(groups, result));
		}
	}

	/**
	 * Records groups that failed for good, unless the request is finished.
	 * @param groups the groups
	 * @param reason why
	 * @param cause the failure, or {@code null}
	 */
	void failed(List<BatchGroup> groups, DispatchFailure.Reason reason, @Nullable Throwable cause) {
		if (!this.finished) {
			this.failed.add(new Failed(groups, reason, cause));
		}
	}

	/**
	 * Records groups to send again, unless the request is finished.
	 * @param groups the groups
	 * @param cause the failure
	 * @param settings whether the credentials or settings caused the failure
	 */
	void resend(List<BatchGroup> groups, MParticleException cause, boolean settings) {
		if (!this.finished) {
			this.resend.addAll(groups);
			this.resendCause = cause;
			this.resendForSettings |= settings;
		}
	}

	/**
	 * Marks the request finished: from now on its outcomes do not change.
	 * @return whether this call finished it
	 */
	boolean finish() {
		if (this.finished) {
			return false;
		}
		this.finished = true;
		return true;
	}

	/**
	 * Returns the groups that have no outcome yet, for a request that was cancelled.
	 * @return the groups
	 */
	List<BatchGroup> unsettled() {
		Set<PendingBatch> settled = Collections.newSetFromMap(new IdentityHashMap<>());
		this.accepted.forEach((accepted) -> accepted.groups().forEach((group) -> settled.addAll(group.batches)));
		this.failed.forEach((failed) -> failed.groups().forEach((group) -> settled.addAll(group.batches)));
		this.resend.forEach((group) -> settled.addAll(group.batches));
		List<BatchGroup> unsettled = new ArrayList<>();
		for (BatchGroup group : this.groups) {
			List<PendingBatch> left = group.batches.stream().filter((batch) -> !settled.contains(batch)).toList();
			if (left.size() == group.batches.size()) {
				unsettled.add(group);
			}
			else {
				// only after a bisection split the group: each batch is reported on its
				// own
				left.forEach((batch) -> unsettled.add(new BatchGroup(batch)));
			}
		}
		return unsettled;
	}

	void addHandles(List<PendingBatch> handles) {
		this.groups.forEach((group) -> handles.addAll(group.batches));
	}

	/**
	 * Groups that mParticle accepted in one request.
	 *
	 * @param groups the groups
	 * @param result the result
	 */
	record Accepted(List<BatchGroup> groups, UploadResult result) {
	}

	/**
	 * Groups that failed for good.
	 *
	 * @param groups the groups
	 * @param reason why
	 * @param cause the failure, or {@code null}
	 */
	record Failed(List<BatchGroup> groups, DispatchFailure.Reason reason, @Nullable Throwable cause) {
	}

}

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

package io.github.mparticle4j.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of an event: {@code {"event_type": "...", "data": {...}}}. The type id is
 * written next to {@code data} and selects the {@link Event} subclass that {@code data}
 * is read into.
 *
 * @param <E> the event type
 * @author mparticle4j contributors
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class EventEnvelope<E extends Event<?>> {

	@JsonProperty("data")
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "event_type")
	private @Nullable E data;

	EventEnvelope(E data) {
		this.data = data;
	}

	@JsonCreator
	private EventEnvelope() {
	}

	boolean hasData() {
		return this.data != null;
	}

	E data() {
		return Objects.requireNonNull(this.data, "Event envelope has no data");
	}

	static <E extends Event<?>> @Nullable List<EventEnvelope<E>> wrap(@Nullable Collection<? extends E> events,
			String what) {
		if (events == null || events.isEmpty()) {
			return null;
		}
		List<EventEnvelope<E>> envelopes = new ArrayList<>(events.size());
		for (E event : events) {
			envelopes.add(new EventEnvelope<>(Objects.requireNonNull(event, () -> "A " + what + " must not be null")));
		}
		return envelopes;
	}

	static <E extends Event<?>> List<E> unwrap(@Nullable List<EventEnvelope<E>> envelopes) {
		if (envelopes == null) {
			return Collections.emptyList();
		}
		return new AbstractList<>() {

			@Override
			public E get(int index) {
				return envelopes.get(index).data();
			}

			@Override
			public int size() {
				return envelopes.size();
			}

		};
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof EventEnvelope<?> envelope) && Objects.equals(this.data, envelope.data);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.data);
	}

	@Override
	public String toString() {
		return String.valueOf(this.data);
	}

}

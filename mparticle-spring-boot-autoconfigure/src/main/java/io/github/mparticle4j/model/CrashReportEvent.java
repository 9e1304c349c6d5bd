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

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.jspecify.annotations.Nullable;

/**
 * A crash or handled exception in the app ({@code crash_report}).
 * <p>
 * Breadcrumbs are written as {@link BreadcrumbEvent} envelopes ({@code {"event_type":
 * "breadcrumb", "data": {...}}}), as the JSON reference and schema describe. Reading also
 * accepts the shapes that other mParticle SDKs send, so that no breadcrumb is lost: a
 * plain breadcrumb object ({@code {"label": "..."}}, the Node SDK's shape, or {@code {}},
 * read as a breadcrumb without a label) and a string (the Java SDK's and OpenAPI
 * specification's shape, read as the label). Each is written back as an envelope. An
 * envelope whose {@code event_type} is not {@code breadcrumb}, and any other JSON type,
 * fail the read.
 *
 * @author mparticle4j contributors
 */
@JsonTypeName("crash_report")
public final class CrashReportEvent extends Event<CrashReportEvent> {

	@JsonProperty("breadcrumbs")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	private @Nullable List<EventEnvelope<BreadcrumbEvent>> breadcrumbs;

	@JsonProperty("class_name")
	private @Nullable String className;

	@JsonProperty("severity")
	private @Nullable String severity;

	@JsonProperty("message")
	private @Nullable String message;

	@JsonProperty("stack_trace")
	private @Nullable String stackTrace;

	@JsonProperty("exception_handled")
	private @Nullable Boolean exceptionHandled;

	@JsonProperty("topmost_context")
	private @Nullable String topmostContext;

	@JsonProperty("pl_crash_report_file_base64")
	private @Nullable String plCrashReportFileBase64;

	@JsonProperty("ios_image_base_address")
	private @Nullable Long iosImageBaseAddress;

	@JsonProperty("ios_image_size")
	private @Nullable Long iosImageSize;

	@JsonProperty("session_number")
	private @Nullable Integer sessionNumber;

	/**
	 * Creates a new {@code crash_report} event.
	 */
	public CrashReportEvent() {
	}

	@Override
	public EventType getEventType() {
		return EventType.CRASH_REPORT;
	}

	/**
	 * Sets the class of the exception ({@code class_name}).
	 * @param className the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent className(@Nullable String className) {
		this.className = className;
		return this;
	}

	/**
	 * Returns the class of the exception ({@code class_name}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getClassName() {
		return this.className;
	}

	/**
	 * Sets the severity, such as {@code fatal} ({@code severity}).
	 * @param severity the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent severity(@Nullable String severity) {
		this.severity = severity;
		return this;
	}

	/**
	 * Returns the severity, such as {@code fatal} ({@code severity}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getSeverity() {
		return this.severity;
	}

	/**
	 * Sets the exception message ({@code message}).
	 * @param message the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent message(@Nullable String message) {
		this.message = message;
		return this;
	}

	/**
	 * Returns the exception message ({@code message}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getMessage() {
		return this.message;
	}

	/**
	 * Sets the stack trace ({@code stack_trace}).
	 * @param stackTrace the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent stackTrace(@Nullable String stackTrace) {
		this.stackTrace = stackTrace;
		return this;
	}

	/**
	 * Returns the stack trace ({@code stack_trace}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getStackTrace() {
		return this.stackTrace;
	}

	/**
	 * Sets whether the exception was handled ({@code exception_handled}).
	 * @param exceptionHandled the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent exceptionHandled(@Nullable Boolean exceptionHandled) {
		this.exceptionHandled = exceptionHandled;
		return this;
	}

	/**
	 * Returns whether the exception was handled ({@code exception_handled}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Boolean getExceptionHandled() {
		return this.exceptionHandled;
	}

	/**
	 * Sets the topmost context, such as the screen, when the crash happened
	 * ({@code topmost_context}).
	 * @param topmostContext the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent topmostContext(@Nullable String topmostContext) {
		this.topmostContext = topmostContext;
		return this;
	}

	/**
	 * Returns the topmost context, such as the screen, when the crash happened
	 * ({@code topmost_context}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getTopmostContext() {
		return this.topmostContext;
	}

	/**
	 * Sets the PLCrashReporter file, Base64-encoded
	 * ({@code pl_crash_report_file_base64}).
	 * @param plCrashReportFileBase64 the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent plCrashReportFileBase64(@Nullable String plCrashReportFileBase64) {
		this.plCrashReportFileBase64 = plCrashReportFileBase64;
		return this;
	}

	/**
	 * Returns the PLCrashReporter file, Base64-encoded
	 * ({@code pl_crash_report_file_base64}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable String getPlCrashReportFileBase64() {
		return this.plCrashReportFileBase64;
	}

	/**
	 * Sets the iOS image base address ({@code ios_image_base_address}).
	 * @param iosImageBaseAddress the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent iosImageBaseAddress(@Nullable Long iosImageBaseAddress) {
		this.iosImageBaseAddress = iosImageBaseAddress;
		return this;
	}

	/**
	 * Returns the iOS image base address ({@code ios_image_base_address}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getIosImageBaseAddress() {
		return this.iosImageBaseAddress;
	}

	/**
	 * Sets the iOS image size ({@code ios_image_size}).
	 * @param iosImageSize the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent iosImageSize(@Nullable Long iosImageSize) {
		this.iosImageSize = iosImageSize;
		return this;
	}

	/**
	 * Returns the iOS image size ({@code ios_image_size}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Long getIosImageSize() {
		return this.iosImageSize;
	}

	/**
	 * Sets the number of the session in which the crash happened
	 * ({@code session_number}).
	 * @param sessionNumber the value, or {@code null} to leave it unset
	 * @return this event
	 */
	public CrashReportEvent sessionNumber(@Nullable Integer sessionNumber) {
		this.sessionNumber = sessionNumber;
		return this;
	}

	/**
	 * Returns the number of the session in which the crash happened
	 * ({@code session_number}).
	 * @return the value, or {@code null} if unset
	 */
	public @Nullable Integer getSessionNumber() {
		return this.sessionNumber;
	}

	/**
	 * Adds a breadcrumb that led to the crash ({@code breadcrumbs}).
	 * @param breadcrumb the breadcrumb
	 * @return this event
	 */
	public CrashReportEvent addBreadcrumb(BreadcrumbEvent breadcrumb) {
		this.breadcrumbs = ModelCollections.add(this.breadcrumbs, "breadcrumb", new EventEnvelope<>(breadcrumb));
		return this;
	}

	/**
	 * Replaces the breadcrumbs that led to the crash ({@code breadcrumbs}).
	 * @param breadcrumbs the breadcrumbs, or {@code null} for none
	 * @return this event
	 */
	public CrashReportEvent breadcrumbs(@Nullable Collection<BreadcrumbEvent> breadcrumbs) {
		this.breadcrumbs = EventEnvelope.wrap(breadcrumbs, "breadcrumb");
		return this;
	}

	@JsonProperty("breadcrumbs")
	private void readBreadcrumbs(@Nullable List<BreadcrumbEvent> breadcrumbs) {
		ModelCollections.read(() -> this.breadcrumbs = EventEnvelope.wrap(breadcrumbs, "breadcrumb"));
	}

	/**
	 * Returns the breadcrumbs that led to the crash ({@code breadcrumbs}).
	 * @return an unmodifiable view, empty if there are none
	 */
	public List<BreadcrumbEvent> getBreadcrumbs() {
		return EventEnvelope.unwrap(this.breadcrumbs);
	}

}

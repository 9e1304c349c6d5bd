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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import io.github.mparticle4j.client.MParticleValidationException.Violation;
import io.github.mparticle4j.model.AppEvent;
import io.github.mparticle4j.model.Batch;
import io.github.mparticle4j.model.CommerceEvent;
import io.github.mparticle4j.model.ConsentState;
import io.github.mparticle4j.model.DeviceInformation;
import io.github.mparticle4j.model.DocumentedExamples;
import io.github.mparticle4j.model.GDPRConsentState;
import io.github.mparticle4j.model.ProductAction;
import io.github.mparticle4j.model.ProductImpression;
import io.github.mparticle4j.model.PromotionAction;
import io.github.mparticle4j.model.ScreenViewEvent;
import io.github.mparticle4j.model.UserIdentities;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link EventsApi} rejects batches that break the rules or limits of the
 * Events API before sending anything, reporting every violation with its path.
 *
 * @author mparticle4j contributors
 */
class EventsApiValidationTests {

	private static final String NO_IDENTITY = "must identify its user with a user identity, a device identity in"
			+ " device_info, an mpid or an mp_deviceid";

	private static final MockEventsApi mock = new MockEventsApi();

	private EventsApi api;

	@AfterAll
	static void stop() {
		mock.close();
	}

	@BeforeEach
	void setUp() {
		mock.reset();
		mock.accept("/events");
		mock.accept("/bulkevents");
		this.api = mock.builder().build();
	}

	@AfterEach
	void tearDown() {
		this.api.close();
	}

	@Test
	void batchesReadWithNullEventsAreSentWithoutEvents() {
		// "events": null used to make copy(), and so every upload, throw from the call
		JsonMapper mapper = JsonMapper.builder().build();
		Batch batch = mapper.readValue("{\"environment\":\"development\",\"mpid\":1,\"events\":null}", Batch.class);
		assertThat(this.api.uploadEvents(batch).block(Duration.ofSeconds(10))).isNotNull();
		assertThat(this.api.bulkUploadEvents(List.of(batch, batch.copy().mpid(2L))).block(Duration.ofSeconds(10)))
			.isNotNull();
		assertThat(mock.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.getBodyAsString()).contains("\"events\":[]"));
	}

	@Test
	void batchesReadWithWhatTheValidatorRefusesFailTheUploadWithPaths() {
		JsonMapper mapper = JsonMapper.builder().build();
		Batch batch = mapper.readValue("""
				{"environment":"development","events":[{"event_type":"crash_report","data":{"breadcrumbs":[{}]}}],\
				"consent_state":{"gdpr":{"marketing":{}}}}""", Batch.class);
		Mono<UploadResult> upload = this.api.uploadEvents(batch);
		assertViolations(upload, new Violation("batch", NO_IDENTITY),
				new Violation("batch.consent_state.gdpr[\"marketing\"].consented", "is required"),
				new Violation("batch.consent_state.gdpr[\"marketing\"].timestamp_unixtime_ms", "is required"),
				new Violation("batch.events[0].data.breadcrumbs[0].data.label", "is required"));
	}

	@Test
	void moreThan100BatchesAreRejected() {
		List<Batch> batches = Collections.nCopies(101, DocumentedExamples.minimal());
		assertViolations(this.api.bulkUploadEvents(batches), new Violation("batches",
				"must contain at most 100 batches (has 101); split them across several requests"));
	}

	@Test
	void exactly100BatchesAreSent() {
		List<Batch> batches = Collections.nCopies(100, DocumentedExamples.minimal());
		assertThat(this.api.bulkUploadEvents(batches).block(Duration.ofSeconds(10)).sourceRequestIds()).hasSize(100)
			.doesNotHaveDuplicates();
	}

	@Test
	void emptyBulkUploadIsRejected() {
		assertViolations(this.api.bulkUploadEvents(List.of()),
				new Violation("batches", "must contain at least one batch"));
	}

	@Test
	void nullBatchIsRejected() {
		assertViolations(this.api.bulkUploadEvents(Arrays.asList(DocumentedExamples.minimal(), null)),
				new Violation("batches[1]", "must not be null"));
	}

	@Test
	void requestOf256KilobytesOrMoreIsRejected() {
		List<Batch> batches = List.of(batchOfSize(100_000), batchOfSize(100_000), batchOfSize(62_142));
		int size = 1 + 100_000 + 1 + 100_000 + 1 + 62_142 + 1;
		assertThat(size).isEqualTo(262_146);
		assertViolations(this.api.bulkUploadEvents(batches),
				new Violation("batches", "the request must be smaller than"
						+ " 256 KB (262144 bytes) when serialized (is 262146 bytes); split the batches across several"
						+ " requests"));
	}

	@Test
	void requestJustUnder256KilobytesIsSent() {
		List<Batch> batches = List.of(batchOfSize(100_000), batchOfSize(100_000), batchOfSize(62_139));
		assertThat(this.api.bulkUploadEvents(batches).block(Duration.ofSeconds(10)).requestSize()).isEqualTo(262_143);
	}

	@Test
	void batchOver128KilobytesIsRejected() {
		assertViolations(this.api.uploadEvents(batchOfSize(131_073)),
				new Violation("batch", "must be at most 128 KB (131072 bytes) when serialized (is 131073 bytes)"));
		assertViolations(this.api.bulkUploadEvents(List.of(DocumentedExamples.minimal(), batchOfSize(131_073))),
				new Violation("batches[1]", "must be at most 128 KB (131072 bytes) when serialized (is 131073 bytes)"));
	}

	@Test
	void batchOfExactly128KilobytesIsSent() {
		assertThat(this.api.uploadEvents(batchOfSize(131_072)).block(Duration.ofSeconds(10)).requestSize())
			.isEqualTo(131_072);
	}

	@Test
	void missingEnvironmentWithoutADefaultIsRejected() {
		assertViolations(this.api.uploadEvents(new Batch().userIdentities(new UserIdentities().customerId("1"))),
				new Violation("batch.environment",
						"is required: set it on the batch or configure a default environment"));
	}

	@Test
	void batchWithoutAnyIdentityIsRejected() {
		assertViolations(this.api.uploadEvents(new Batch(Batch.Environment.DEVELOPMENT)),
				new Violation("batch", NO_IDENTITY));
	}

	@Test
	void blankIdentitiesDoNotIdentifyTheUser() {
		String noIdentity = "must identify its user with a user identity, a device identity in device_info, an mpid"
				+ " or an mp_deviceid";
		assertViolations(
				this.api.uploadEvents(
						new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().customerId(""))),
				new Violation("batch.user_identities.customer_id", "must not be blank; leave the identity out instead"),
				new Violation("batch", noIdentity));
		assertViolations(
				this.api.uploadEvents(
						new Batch(Batch.Environment.DEVELOPMENT).userIdentities(new UserIdentities().email("  "))),
				new Violation("batch.user_identities.email", "must not be blank; leave the identity out instead"),
				new Violation("batch", noIdentity));
		assertViolations(this.api.uploadEvents(new Batch(Batch.Environment.DEVELOPMENT).mpDeviceId(" ")),
				new Violation("batch.mp_deviceid", "must not be blank; leave it out instead"),
				new Violation("batch", noIdentity));
		assertViolations(
				this.api.uploadEvents(
						new Batch(Batch.Environment.DEVELOPMENT).deviceInfo(new DeviceInformation().iosIdfv(""))),
				new Violation("batch.device_info.ios_idfv", "must not be blank; leave it out instead"),
				new Violation("batch", noIdentity));
	}

	@Test
	void aBlankIdentityNextToAValidOneIsStillRejected() {
		assertViolations(
				this.api.uploadEvents(new Batch(Batch.Environment.DEVELOPMENT)
					.userIdentities(new UserIdentities().customerId("1234").email(""))),
				new Violation("batch.user_identities.email", "must not be blank; leave the identity out instead"));
	}

	@Test
	void aSingleBatchOver256KilobytesGetsOneViolation() {
		assertViolations(this.api.uploadEvents(batchOfSize(300_000)),
				new Violation("batch", "must be at most 128 KB (131072 bytes) when serialized (is 300000 bytes)"));
	}

	@Test
	void deviceIdentityMpidOrDeviceIdIdentifiesTheUser() {
		for (Batch batch : List.of(
				new Batch(Batch.Environment.DEVELOPMENT)
					.deviceInfo(new DeviceInformation().iosIdfv("613ff528-afd1-4c1b-9628-e6ed25ece9c0")),
				new Batch(Batch.Environment.DEVELOPMENT).mpid(-8_000_000_000_000_000_000L),
				new Batch(Batch.Environment.DEVELOPMENT).mpDeviceId("613ff528-afd1-4c1b-9628-e6ed25ece9c0"))) {
			assertThat(this.api.uploadEvents(batch).block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
		}
	}

	@Test
	void namesOver256CharactersAreRejectedWithTheirPath() {
		Batch batch = DocumentedExamples.minimal()
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "x".repeat(257)));
		List<Batch> batches = List.of(DocumentedExamples.minimal(), DocumentedExamples.minimal(),
				DocumentedExamples.minimal(), batch);
		assertViolations(this.api.bulkUploadEvents(batches),
				new Violation("batches[3].events[1].data.event_name", "must be at most 256 characters (is 257)"));
		assertViolations(
				this.api.uploadEvents(DocumentedExamples.minimal().addEvent(new ScreenViewEvent("s".repeat(300)))),
				new Violation("batch.events[1].data.screen_name", "must be at most 256 characters (is 300)"));
	}

	@Test
	void lengthsAreCountedInCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE00".repeat(256);
		Batch batch = DocumentedExamples.minimal().addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, emoji));
		assertThat(this.api.uploadEvents(batch).block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
	}

	@Test
	void attributeNamesAndValuesOverTheLimitsAreRejected() {
		Batch batch = DocumentedExamples.minimal()
			.userAttribute("n".repeat(257), "v")
			.userAttribute("long", "v".repeat(4097))
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e").customAttribute("a".repeat(300), "v")
				.customAttribute("big", "v".repeat(5000)));
		assertViolations(this.api.uploadEvents(batch),
				new Violation("batch.user_attributes[\"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…\"]",
						"name must be at most 256 characters (is 257)"),
				new Violation("batch.user_attributes[\"long\"]", "value must be at most 4096 characters (is 4097)"),
				new Violation("batch.events[1].data.custom_attributes[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\"]",
						"name must be at most 256 characters (is 300)"),
				new Violation("batch.events[1].data.custom_attributes[\"big\"]",
						"value must be at most 4096 characters (is 5000)"));
	}

	@Test
	void moreThan100UserAttributesAreRejected() {
		Batch batch = DocumentedExamples.minimal();
		IntStream.range(0, 101).forEach((i) -> batch.userAttribute("a" + i, i));
		assertViolations(this.api.uploadEvents(batch),
				new Violation("batch.user_attributes", "must have at most 100 attributes (has 101)"));
	}

	@Test
	void exactly100UserAttributesAreSent() {
		Batch batch = DocumentedExamples.minimal();
		IntStream.range(0, 100).forEach((i) -> batch.userAttribute("a" + i, i));
		assertThat(this.api.uploadEvents(batch).block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
	}

	@Test
	void moreThan100EventAttributesAreRejected() {
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "e");
		IntStream.range(0, 101).forEach((i) -> event.customAttribute("a" + i, i));
		assertViolations(this.api.uploadEvents(DocumentedExamples.minimal().addEvent(event)),
				new Violation("batch.events[1].data.custom_attributes", "must have at most 100 attributes (has 101)"));
	}

	@Test
	void listAttributesOverTheLimitsAreRejected() {
		List<String> tooMany = IntStream.range(0, 1001).mapToObj(String::valueOf).toList();
		List<String> tooLong = List.of("ok", "x".repeat(513));
		Batch batch = DocumentedExamples.minimal().userAttribute("many", tooMany).userAttribute("long", tooLong);
		assertViolations(this.api.uploadEvents(batch),
				new Violation("batch.user_attributes[\"many\"]", "list must have at most 1000 entries (has 1001)"),
				new Violation("batch.user_attributes[\"long\"][1]", "must be at most 512 characters (is 513)"));
	}

	@Test
	void commerceEventMustBeExactlyOneKind() {
		Batch none = DocumentedExamples.minimal().addEvent(new CommerceEvent().currencyCode("USD"));
		assertViolations(this.api.uploadEvents(none), new Violation("batch.events[1].data", "a commerce event must have"
				+ " exactly one of product_action, promotion_action or product_impressions (has none)"));
		Batch two = DocumentedExamples.minimal()
			.addEvent(new CommerceEvent().productAction(new ProductAction(ProductAction.Action.PURCHASE))
				.addProductImpression(new ProductImpression("list")));
		assertViolations(this.api.uploadEvents(two), new Violation("batch.events[1].data", "a commerce event must have"
				+ " exactly one of product_action, promotion_action or product_impressions (has product_action and"
				+ " product_impressions)"));
		Batch promotion = DocumentedExamples.minimal()
			.addEvent(new CommerceEvent().promotionAction(new PromotionAction(PromotionAction.Action.VIEW)));
		assertThat(this.api.uploadEvents(promotion).block(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
	}

	@Test
	void requiredFieldsAreChecked() {
		Batch batch = DocumentedExamples.minimal()
			.addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "e").eventName(null).customEventType(null))
			.consentState(
					new ConsentState().gdpr("marketing", new GDPRConsentState(true, 1).timestampUnixtimeMs(null)));
		assertViolations(this.api.uploadEvents(batch),
				new Violation("batch.consent_state.gdpr[\"marketing\"].timestamp_unixtime_ms", "is required"),
				new Violation("batch.events[1].data.event_name", "is required"),
				new Violation("batch.events[1].data.custom_event_type", "is required"));
	}

	@Test
	void allViolationsOfAllBatchesAreReportedTogether() {
		Batch first = new Batch().addEvent(new AppEvent(AppEvent.CustomEventType.OTHER, "x".repeat(257)));
		Batch second = DocumentedExamples.minimal().userAttribute("long", "v".repeat(4097));
		List<Batch> batches = new ArrayList<>(List.of(first, second));
		MParticleValidationException ex = validationFailure(this.api.bulkUploadEvents(batches));
		assertThat(ex.getViolations()).containsExactly(
				new Violation("batches[0].environment",
						"is required: set it on the batch or configure a default environment"),
				new Violation("batches[0]", NO_IDENTITY),
				new Violation("batches[0].events[0].data.event_name", "must be at most 256 characters (is 257)"),
				new Violation("batches[1].user_attributes[\"long\"]",
						"value must be at most 4096 characters (is 4097)"));
		assertThat(ex.getMessage()).isEqualTo(
				String.join(System.lineSeparator(), "Nothing was sent: 4 violations of the mParticle Events API rules:",
						"  batches[0].environment: is required: set it on the batch or configure a default environment",
						"  batches[0]: " + NO_IDENTITY,
						"  batches[0].events[0].data.event_name: must be at most 256 characters (is 257)",
						"  batches[1].user_attributes[\"long\"]: value must be at most 4096 characters (is 4097)"));
		assertThat(ex.getAttempts()).isZero();
	}

	@Test
	void validationFailuresDoNotCountAsFailedUploads() {
		validationFailure(this.api.uploadEvents(new Batch()));
		assertThat(this.api.status()).isEqualTo(UploadStatus.UNKNOWN);
	}

	private void assertViolations(Mono<UploadResult> upload, Violation... expected) {
		assertThat(validationFailure(upload).getViolations()).containsExactly(expected);
	}

	private MParticleValidationException validationFailure(Mono<UploadResult> upload) {
		MParticleValidationException ex = Assertions.catchThrowableOfType(MParticleValidationException.class,
				() -> upload.block(Duration.ofSeconds(10)));
		assertThat(ex).as("validation failure").isNotNull();
		assertThat(mock.requests()).as("requests sent").isEmpty();
		return ex;
	}

	/**
	 * Returns a valid batch whose JSON is exactly the given number of bytes, padded with
	 * event attributes of at most 4000 characters.
	 */
	static Batch batchOfSize(int bytes) {
		JsonMapper mapper = JsonMapper.builder().build();
		int padding = bytes;
		for (int i = 0; i < 5; i++) {
			Batch batch = DocumentedExamples.minimal().sourceRequestId("fixed-id").addEvent(padding(padding));
			int size = mapper.writeValueAsBytes(batch).length;
			if (size == bytes) {
				return batch;
			}
			padding += bytes - size;
		}
		throw new IllegalStateException("Could not pad a batch to " + bytes + " bytes");
	}

	private static AppEvent padding(int length) {
		AppEvent event = new AppEvent(AppEvent.CustomEventType.OTHER, "padding");
		for (int i = 0; i < length; i += 4000) {
			event.customAttribute("p" + (i / 4000), "p".repeat(Math.min(4000, length - i)));
		}
		return event;
	}

}

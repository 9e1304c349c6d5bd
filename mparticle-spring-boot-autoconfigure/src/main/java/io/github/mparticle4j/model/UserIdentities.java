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

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The identities of the one user a {@link Batch} is about ({@code user_identities}): a
 * customer id, an email address and so on, each a string keyed by its
 * {@link IdentityType}. A batch needs at least one user identity, a device identity in
 * its {@link DeviceInformation}, an mParticle id or an mParticle device id.
 * <p>
 * On the wire this is an object keyed by the identity types' wire names, such as
 * {@code {"customer_id": "1234", "email": "jane@example.com"}}. When reading, unknown
 * keys are ignored and the legacy key {@code customerid} is read as {@code customer_id}.
 *
 * @author mparticle4j contributors
 */
public final class UserIdentities extends ModelObject {

	private final Map<IdentityType, String> identities = new EnumMap<>(IdentityType.class);

	/**
	 * Creates an empty set of identities.
	 */
	public UserIdentities() {
	}

	/**
	 * Sets the identity of the given type.
	 * @param type the identity type
	 * @param identity the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities identity(IdentityType type, @Nullable String identity) {
		Objects.requireNonNull(type, "'type' must not be null");
		if (identity != null) {
			this.identities.put(type, identity);
		}
		else {
			this.identities.remove(type);
		}
		return this;
	}

	/**
	 * Returns the identity of the given type.
	 * @param type the identity type
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String get(IdentityType type) {
		return this.identities.get(type);
	}

	/**
	 * Returns all identities that are set, in the order of {@link IdentityType}.
	 * @return an unmodifiable view of the identities
	 */
	public Map<IdentityType, String> asMap() {
		return Collections.unmodifiableMap(this.identities);
	}

	/**
	 * Returns whether no identity is set.
	 * @return {@code true} if there are no identities
	 */
	public boolean isEmpty() {
		return this.identities.isEmpty();
	}

	/**
	 * Sets the other identity ({@code other}).
	 * @param other the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities other(@Nullable String other) {
		return identity(IdentityType.OTHER, other);
	}

	/**
	 * Returns the other identity ({@code other}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOther() {
		return get(IdentityType.OTHER);
	}

	/**
	 * Sets the Customer ID identity ({@code customer_id}).
	 * @param customerId the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities customerId(@Nullable String customerId) {
		return identity(IdentityType.CUSTOMER_ID, customerId);
	}

	/**
	 * Returns the Customer ID identity ({@code customer_id}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getCustomerId() {
		return get(IdentityType.CUSTOMER_ID);
	}

	/**
	 * Sets the Facebook identity ({@code facebook}).
	 * @param facebook the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities facebook(@Nullable String facebook) {
		return identity(IdentityType.FACEBOOK, facebook);
	}

	/**
	 * Returns the Facebook identity ({@code facebook}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getFacebook() {
		return get(IdentityType.FACEBOOK);
	}

	/**
	 * Sets the Twitter identity ({@code twitter}).
	 * @param twitter the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities twitter(@Nullable String twitter) {
		return identity(IdentityType.TWITTER, twitter);
	}

	/**
	 * Returns the Twitter identity ({@code twitter}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getTwitter() {
		return get(IdentityType.TWITTER);
	}

	/**
	 * Sets the Google identity ({@code google}).
	 * @param google the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities google(@Nullable String google) {
		return identity(IdentityType.GOOGLE, google);
	}

	/**
	 * Returns the Google identity ({@code google}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getGoogle() {
		return get(IdentityType.GOOGLE);
	}

	/**
	 * Sets the Microsoft identity ({@code microsoft}).
	 * @param microsoft the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities microsoft(@Nullable String microsoft) {
		return identity(IdentityType.MICROSOFT, microsoft);
	}

	/**
	 * Returns the Microsoft identity ({@code microsoft}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getMicrosoft() {
		return get(IdentityType.MICROSOFT);
	}

	/**
	 * Sets the Yahoo identity ({@code yahoo}).
	 * @param yahoo the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities yahoo(@Nullable String yahoo) {
		return identity(IdentityType.YAHOO, yahoo);
	}

	/**
	 * Returns the Yahoo identity ({@code yahoo}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getYahoo() {
		return get(IdentityType.YAHOO);
	}

	/**
	 * Sets the email address identity ({@code email}).
	 * @param email the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities email(@Nullable String email) {
		return identity(IdentityType.EMAIL, email);
	}

	/**
	 * Returns the email address identity ({@code email}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getEmail() {
		return get(IdentityType.EMAIL);
	}

	/**
	 * Sets the alias identity ({@code alias}).
	 * @param alias the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities alias(@Nullable String alias) {
		return identity(IdentityType.ALIAS, alias);
	}

	/**
	 * Returns the alias identity ({@code alias}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getAlias() {
		return get(IdentityType.ALIAS);
	}

	/**
	 * Sets the Facebook custom audience id identity
	 * ({@code facebook_custom_audience_id}).
	 * @param facebookCustomAudienceId the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities facebookCustomAudienceId(@Nullable String facebookCustomAudienceId) {
		return identity(IdentityType.FACEBOOK_CUSTOM_AUDIENCE_ID, facebookCustomAudienceId);
	}

	/**
	 * Returns the Facebook custom audience id identity
	 * ({@code facebook_custom_audience_id}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getFacebookCustomAudienceId() {
		return get(IdentityType.FACEBOOK_CUSTOM_AUDIENCE_ID);
	}

	/**
	 * Sets the other id 2 identity ({@code other_id_2}).
	 * @param otherId2 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId2(@Nullable String otherId2) {
		return identity(IdentityType.OTHER_ID_2, otherId2);
	}

	/**
	 * Returns the other id 2 identity ({@code other_id_2}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId2() {
		return get(IdentityType.OTHER_ID_2);
	}

	/**
	 * Sets the other id 3 identity ({@code other_id_3}).
	 * @param otherId3 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId3(@Nullable String otherId3) {
		return identity(IdentityType.OTHER_ID_3, otherId3);
	}

	/**
	 * Returns the other id 3 identity ({@code other_id_3}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId3() {
		return get(IdentityType.OTHER_ID_3);
	}

	/**
	 * Sets the other id 4 identity ({@code other_id_4}).
	 * @param otherId4 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId4(@Nullable String otherId4) {
		return identity(IdentityType.OTHER_ID_4, otherId4);
	}

	/**
	 * Returns the other id 4 identity ({@code other_id_4}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId4() {
		return get(IdentityType.OTHER_ID_4);
	}

	/**
	 * Sets the other id 5 identity ({@code other_id_5}).
	 * @param otherId5 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId5(@Nullable String otherId5) {
		return identity(IdentityType.OTHER_ID_5, otherId5);
	}

	/**
	 * Returns the other id 5 identity ({@code other_id_5}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId5() {
		return get(IdentityType.OTHER_ID_5);
	}

	/**
	 * Sets the other id 6 identity ({@code other_id_6}).
	 * @param otherId6 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId6(@Nullable String otherId6) {
		return identity(IdentityType.OTHER_ID_6, otherId6);
	}

	/**
	 * Returns the other id 6 identity ({@code other_id_6}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId6() {
		return get(IdentityType.OTHER_ID_6);
	}

	/**
	 * Sets the other id 7 identity ({@code other_id_7}).
	 * @param otherId7 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId7(@Nullable String otherId7) {
		return identity(IdentityType.OTHER_ID_7, otherId7);
	}

	/**
	 * Returns the other id 7 identity ({@code other_id_7}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId7() {
		return get(IdentityType.OTHER_ID_7);
	}

	/**
	 * Sets the other id 8 identity ({@code other_id_8}).
	 * @param otherId8 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId8(@Nullable String otherId8) {
		return identity(IdentityType.OTHER_ID_8, otherId8);
	}

	/**
	 * Returns the other id 8 identity ({@code other_id_8}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId8() {
		return get(IdentityType.OTHER_ID_8);
	}

	/**
	 * Sets the other id 9 identity ({@code other_id_9}).
	 * @param otherId9 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId9(@Nullable String otherId9) {
		return identity(IdentityType.OTHER_ID_9, otherId9);
	}

	/**
	 * Returns the other id 9 identity ({@code other_id_9}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId9() {
		return get(IdentityType.OTHER_ID_9);
	}

	/**
	 * Sets the other id 10 identity ({@code other_id_10}).
	 * @param otherId10 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities otherId10(@Nullable String otherId10) {
		return identity(IdentityType.OTHER_ID_10, otherId10);
	}

	/**
	 * Returns the other id 10 identity ({@code other_id_10}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getOtherId10() {
		return get(IdentityType.OTHER_ID_10);
	}

	/**
	 * Sets the mobile number identity ({@code mobile_number}).
	 * @param mobileNumber the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities mobileNumber(@Nullable String mobileNumber) {
		return identity(IdentityType.MOBILE_NUMBER, mobileNumber);
	}

	/**
	 * Returns the mobile number identity ({@code mobile_number}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getMobileNumber() {
		return get(IdentityType.MOBILE_NUMBER);
	}

	/**
	 * Sets the phone number 2 identity ({@code phone_number_2}).
	 * @param phoneNumber2 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities phoneNumber2(@Nullable String phoneNumber2) {
		return identity(IdentityType.PHONE_NUMBER_2, phoneNumber2);
	}

	/**
	 * Returns the phone number 2 identity ({@code phone_number_2}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getPhoneNumber2() {
		return get(IdentityType.PHONE_NUMBER_2);
	}

	/**
	 * Sets the phone number 3 identity ({@code phone_number_3}).
	 * @param phoneNumber3 the identity, or {@code null} to remove it
	 * @return these identities
	 */
	public UserIdentities phoneNumber3(@Nullable String phoneNumber3) {
		return identity(IdentityType.PHONE_NUMBER_3, phoneNumber3);
	}

	/**
	 * Returns the phone number 3 identity ({@code phone_number_3}).
	 * @return the identity, or {@code null} if unset
	 */
	public @Nullable String getPhoneNumber3() {
		return get(IdentityType.PHONE_NUMBER_3);
	}

	@JsonValue
	Map<String, String> toWire() {
		Map<String, String> wire = new LinkedHashMap<>();
		this.identities.forEach((type, identity) -> wire.put(type.value(), identity));
		return wire;
	}

	@JsonCreator
	static UserIdentities fromWire(Map<String, String> wire) {
		UserIdentities identities = new UserIdentities();
		wire.forEach((key, identity) -> {
			IdentityType type = IdentityType.fromValue(key);
			if (type != null && identity != null) {
				identities.identity(type, identity);
			}
		});
		return identities;
	}

}

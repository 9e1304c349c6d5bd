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

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The type of a user identity: a key of {@link UserIdentities} and the
 * {@code identity_type} of a {@link UserIdentity}. The customer id is
 * {@code customer_id}; the spelling {@code customerid} that some mParticle SDKs send is
 * read as {@link #CUSTOMER_ID} too.
 *
 * @author mparticle4j contributors
 */
public enum IdentityType {

	/** Other. */
	OTHER("other"),

	/** Customer ID. */
	CUSTOMER_ID("customer_id"),

	/** Facebook. */
	FACEBOOK("facebook"),

	/** Twitter. */
	TWITTER("twitter"),

	/** Google. */
	GOOGLE("google"),

	/** Microsoft. */
	MICROSOFT("microsoft"),

	/** Yahoo. */
	YAHOO("yahoo"),

	/** Email address. */
	EMAIL("email"),

	/** Alias. */
	ALIAS("alias"),

	/** Facebook custom audience id. */
	FACEBOOK_CUSTOM_AUDIENCE_ID("facebook_custom_audience_id"),

	/** Other id 2. */
	OTHER_ID_2("other_id_2"),

	/** Other id 3. */
	OTHER_ID_3("other_id_3"),

	/** Other id 4. */
	OTHER_ID_4("other_id_4"),

	/** Other id 5. */
	OTHER_ID_5("other_id_5"),

	/** Other id 6. */
	OTHER_ID_6("other_id_6"),

	/** Other id 7. */
	OTHER_ID_7("other_id_7"),

	/** Other id 8. */
	OTHER_ID_8("other_id_8"),

	/** Other id 9. */
	OTHER_ID_9("other_id_9"),

	/** Other id 10. */
	OTHER_ID_10("other_id_10"),

	/** Mobile number. */
	MOBILE_NUMBER("mobile_number"),

	/** Phone number 2. */
	PHONE_NUMBER_2("phone_number_2"),

	/** Phone number 3. */
	PHONE_NUMBER_3("phone_number_3");

	private final String value;

	IdentityType(String value) {
		this.value = value;
	}

	/**
	 * Returns the string that represents this constant on the wire.
	 * @return the wire value
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Returns the constant for a wire value, matching case-insensitively when there is no
	 * exact match.
	 * @param value the wire value
	 * @return the constant, or {@code null} if {@code value} is not one of the documented
	 * values (which is how unknown values in JSON input are read)
	 */
	@JsonCreator
	public static @Nullable IdentityType fromValue(@Nullable String value) {
		return "customerid".equals(value) ? CUSTOMER_ID : WireValues.find(values(), IdentityType::value, value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}

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

package io.github.mparticle4j.autoconfigure;

import io.github.mparticle4j.dispatcher.BatchStore;

/**
 * Makes the store of an input's dispatcher when its properties ask for one other than
 * memory. Implemented by configurations that the class path allows (the JDBC one needs
 * spring-jdbc), so that the dispatcher factory never refers to optional classes.
 *
 * @author mparticle4j contributors
 */
interface InputStores {

	/**
	 * Makes the store of an input.
	 * @param input the input, whose {@code dispatcher.store} names the kind of store
	 * @return the store, opened by the dispatcher that is given it
	 */
	BatchStore create(MParticleInput input);

}

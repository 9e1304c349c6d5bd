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

/**
 * Replaces the {@link MParticleConnectionDetails} of a named input
 * ({@code mparticle.inputs.<name>.*}), for example to read its key and secret from a
 * secret store, or to point every input at a local stand-in in tests. The default input
 * is configured by an {@link MParticleConnectionDetails} bean instead. Resolvers run in
 * order, each given the result of the previous one.
 *
 * @author mparticle4j contributors
 */
@FunctionalInterface
public interface MParticleInputConnectionDetailsResolver {

	/**
	 * Returns the connection details of a named input.
	 * @param input the name of the input, such as {@code ios}
	 * @param details the details so far, from the input's properties; their key and
	 * secret are only checked when read
	 * @return the details to use, which may be the given ones
	 */
	MParticleConnectionDetails resolve(String input, MParticleConnectionDetails details);

}

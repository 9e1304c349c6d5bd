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

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds model objects with random content through their public API only: a public
 * constructor, then each public fluent setter (a method returning the object itself) with
 * probability one half. Records which setters it has called so that tests can check that
 * every one of them was exercised.
 *
 * @author mparticle4j contributors
 */
public final class RandomModel {

	private static final int[] CODE_POINTS = "abcXYZ019 _-.:/\"\\\u00e9\u00df\u4e2d\ud83d\ude00\n\t\u0001".codePoints()
		.toArray();

	private final Random random;

	private final Set<String> calledSetters = new TreeSet<>();

	public RandomModel(long seed) {
		this.random = new Random(seed);
	}

	public Set<String> calledSetters() {
		return this.calledSetters;
	}

	public static Set<String> allSetters(Class<?>... roots) {
		Set<String> setters = new TreeSet<>();
		for (Class<?> type : modelClasses(roots)) {
			for (Method method : setters(type)) {
				setters.add(key(type, method));
			}
		}
		return setters;
	}

	/**
	 * Returns every concrete model class reachable from the given ones through setter
	 * parameters, including every event type.
	 */
	public static Set<Class<?>> modelClasses(Class<?>... roots) {
		Set<Class<?>> result = new LinkedHashSet<>();
		List<Class<?>> pending = new ArrayList<>(Arrays.asList(roots));
		pending.addAll(Arrays.asList(Event.class.getPermittedSubclasses()));
		while (!pending.isEmpty()) {
			Class<?> type = pending.remove(0);
			if (!result.add(type)) {
				continue;
			}
			for (Method method : setters(type)) {
				for (Type parameter : method.getGenericParameterTypes()) {
					collectModelTypes(parameter, pending);
				}
			}
		}
		return result;
	}

	private static void collectModelTypes(Type type, List<Class<?>> pending) {
		if (type instanceof Class<?> cls && ModelObject.class.isAssignableFrom(cls)
				&& !Modifier.isAbstract(cls.getModifiers())) {
			pending.add(cls);
		}
		else if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collectModelTypes(argument, pending);
			}
		}
		else if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				collectModelTypes(bound, pending);
			}
		}
	}

	/**
	 * Returns the public fluent setters of a model class: public instance methods with
	 * parameters that return the class itself (or, for inherited ones, a supertype).
	 */
	static List<Method> setters(Class<?> type) {
		return Arrays.stream(type.getMethods())
			.filter((method) -> !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() > 0)
			.filter((method) -> method.getReturnType().isAssignableFrom(type) && method.getReturnType() != Object.class)
			.sorted(Comparator.comparing(Method::toGenericString))
			.toList();
	}

	private static String key(Class<?> type, Method method) {
		String declaring = method.getDeclaringClass().getSimpleName();
		return declaring + "." + method.getName() + Arrays.toString(method.getParameterTypes());
	}

	public <T> T next(Class<T> type) {
		return next(type, 0);
	}

	Event<?> nextEvent(int depth) {
		Class<?>[] types = Event.class.getPermittedSubclasses();
		return (Event<?>) next(types[this.random.nextInt(types.length)], depth);
	}

	@SuppressWarnings("unchecked")
	private <T> T next(Class<T> type, int depth) {
		try {
			T instance = instantiate(type, depth);
			for (Method method : setters(type)) {
				if (this.random.nextBoolean()) {
					Type[] parameters = method.getGenericParameterTypes();
					Object[] arguments = new Object[parameters.length];
					for (int i = 0; i < parameters.length; i++) {
						arguments[i] = value(parameters[i], depth + 1);
					}
					method.invoke(instance, arguments);
					this.calledSetters.add(key(type, method));
				}
			}
			return instance;
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T instantiate(Class<T> type, int depth) throws ReflectiveOperationException {
		Constructor<?> constructor = Arrays.stream(type.getConstructors())
			.max(Comparator.comparingInt(Constructor::getParameterCount))
			.orElseThrow(() -> new IllegalStateException("No public constructor on " + type));
		Type[] parameters = constructor.getGenericParameterTypes();
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			arguments[i] = value(parameters[i], depth + 1);
		}
		return (T) constructor.newInstance(arguments);
	}

	private Object value(Type type, int depth) {
		if (type instanceof WildcardType wildcard) {
			return value(wildcard.getUpperBounds()[0], depth);
		}
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] arguments = parameterized.getActualTypeArguments();
			if (raw == Map.class) {
				Map<Object, Object> map = new LinkedHashMap<>();
				int size = 1 + this.random.nextInt(3);
				for (int i = 0; i < size; i++) {
					map.put(string(), value(arguments[1], depth + 1));
				}
				return map;
			}
			if (raw == List.class || raw == Collection.class) {
				List<Object> list = new ArrayList<>();
				int size = 1 + this.random.nextInt(3);
				for (int i = 0; i < size; i++) {
					list.add(value(arguments[0], depth + 1));
				}
				return list;
			}
			if (raw == Event.class) {
				return nextEvent(depth);
			}
			throw new IllegalStateException("Unsupported parameter type " + type);
		}
		Class<?> cls = (Class<?>) type;
		if (cls == String.class || cls == Object.class) {
			return string();
		}
		if (cls == Long.class || cls == long.class) {
			return this.random.nextLong();
		}
		if (cls == Integer.class || cls == int.class) {
			return this.random.nextInt();
		}
		if (cls == Boolean.class || cls == boolean.class) {
			return this.random.nextBoolean();
		}
		if (cls == Double.class || cls == double.class) {
			return (this.random.nextDouble() - 0.5) * Math.pow(10, this.random.nextInt(12));
		}
		if (cls == BigDecimal.class) {
			return BigDecimal.valueOf(this.random.nextLong() % 10_000_000, this.random.nextInt(5));
		}
		if (cls == Number.class) {
			return switch (this.random.nextInt(3)) {
				case 0 -> this.random.nextInt();
				case 1 -> this.random.nextLong();
				default -> this.random.nextDouble() * 1000;
			};
		}
		if (cls == Instant.class) {
			return Instant.ofEpochMilli(this.random.nextLong() >>> 20);
		}
		if (cls.isEnum()) {
			Object[] constants = cls.getEnumConstants();
			return constants[this.random.nextInt(constants.length)];
		}
		if (cls == Event.class) {
			return nextEvent(depth);
		}
		if (ModelObject.class.isAssignableFrom(cls)) {
			return next(cls, depth);
		}
		throw new IllegalStateException("Unsupported parameter type " + type);
	}

	private String string() {
		int length = this.random.nextInt(12);
		StringBuilder builder = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			builder.appendCodePoint(CODE_POINTS[this.random.nextInt(CODE_POINTS.length)]);
		}
		return builder.toString();
	}

}

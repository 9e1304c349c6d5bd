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

package io.github.mparticle4j.docs;

import java.math.BigDecimal;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.mparticle4j.autoconfigure.MParticleAutoConfiguration;
import io.github.mparticle4j.client.MockEventsApi;
import io.github.mparticle4j.dispatcher.EventDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OrderService}, the outbox example of docs/dispatcher.md, on an
 * embedded H2 database with {@code mparticle.dispatcher.store=jdbc}.
 *
 * @author mparticle4j contributors
 */
class OrderServiceTests {

	private static final MockEventsApi server = new MockEventsApi();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MParticleAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
		.withUserConfiguration(Orders.class)
		.withPropertyValues("mparticle.base-url=" + server.baseUrl(), "mparticle.api-key=key",
				"mparticle.api-secret=secret", "mparticle.dispatcher.flush-interval=10ms",
				"mparticle.dispatcher.store=jdbc");

	@AfterAll
	static void stop() {
		server.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
		server.accept("/bulkevents");
	}

	@Test
	void anOrderThatCommitsIsSavedAndItsPurchaseSent() {
		this.contextRunner.run((context) -> {
			context.getBean(OrderService.class).placeOrder("1", "customer-1", "sku-1", new BigDecimal("9.99"));
			assertThat(count(context.getBean(JdbcClient.class), "orders")).isOne();
			drain(context.getBean(EventDispatcher.class), context.getBean(JdbcClient.class));
		});
		assertThat(server.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getBodyAsString()).contains("\"order-1\"");
			assertThat(request.getBodyAsString()).contains("\"transaction_id\":\"1\"");
		});
	}

	@Test
	void anOrderThatRollsBackIsNotSavedAndItsPurchaseNeverSent() {
		this.contextRunner.run((context) -> {
			OrderService orders = context.getBean(OrderService.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> orders.placeOrder("2", "customer-2", "sku-2", BigDecimal.ZERO));
			assertThat(count(jdbc, "orders")).isZero();
			assertThat(count(jdbc, "mparticle_outbox")).isZero();
			orders.placeOrder("3", "customer-3", "sku-3", BigDecimal.TEN);
			drain(context.getBean(EventDispatcher.class), jdbc);
		});
		assertThat(server.requests()).singleElement().satisfies((request) -> {
			assertThat(request.getBodyAsString()).contains("\"order-3\"");
			assertThat(request.getBodyAsString()).doesNotContain("order-2");
		});
	}

	// the handle of an enqueue in a transaction is the caller's to keep; the table says
	// when the purchase was delivered
	private static void drain(EventDispatcher dispatcher, JdbcClient jdbc) {
		assertThat(dispatcher.flush()).succeedsWithin(Duration.ofSeconds(10));
		assertThat(count(jdbc, "mparticle_outbox")).isZero();
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	static class Orders {

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			JdbcClient jdbc = JdbcClient.create(dataSource);
			jdbc.sql("CREATE TABLE orders (id VARCHAR(36) PRIMARY KEY, customer_id VARCHAR(100), sku VARCHAR(100),"
					+ " price DECIMAL(10, 2))")
				.update();
			return jdbc;
		}

		@Bean
		OrderService orderService(JdbcClient jdbc, EventDispatcher dispatcher) {
			return new OrderService(jdbc, dispatcher);
		}

	}

}

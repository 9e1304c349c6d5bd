-- The sample's orders (POST /orders); run at every start (spring.sql.init.mode=always).
CREATE TABLE IF NOT EXISTS orders (
	id VARCHAR(36) PRIMARY KEY,
	customer_id VARCHAR(255) NOT NULL,
	currency VARCHAR(3) NOT NULL,
	total DECIMAL(38, 10) NOT NULL,
	created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

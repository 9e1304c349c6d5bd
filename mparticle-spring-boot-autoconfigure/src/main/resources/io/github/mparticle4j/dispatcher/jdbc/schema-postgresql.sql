-- The mParticle dispatcher's outbox on PostgreSQL: one row per batch that an application enqueued and mParticle has
-- not yet accepted. Every name below starts with mparticle_outbox; for another table name replace that word
-- everywhere (JdbcBatchStoreSchema does so for you).
CREATE TABLE IF NOT EXISTS mparticle_outbox (
	seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	input VARCHAR(100) NOT NULL,
	id VARCHAR(255) NOT NULL,
	merge_key BIGINT NOT NULL,
	mergeable BOOLEAN NOT NULL,
	envelope BYTEA NOT NULL,
	events BYTEA NOT NULL,
	size INTEGER NOT NULL,
	accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMP WITH TIME ZONE,
	merged_into VARCHAR(255),
	claimed_by VARCHAR(100),
	lease_until TIMESTAMP WITH TIME ZONE,
	state VARCHAR(10) NOT NULL DEFAULT 'pending',
	dead_reason VARCHAR(40),
	dead_message VARCHAR(1000),
	dead_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT mparticle_outbox_id_uk UNIQUE (input, id)
);
-- Claiming walks the pending rows of an input oldest first: its cost does not grow with the backlog.
CREATE INDEX IF NOT EXISTS mparticle_outbox_pending_idx ON mparticle_outbox (input, seq) WHERE state = 'pending';
-- The earliest retry time, for the dispatcher's next wake-up.
CREATE INDEX IF NOT EXISTS mparticle_outbox_due_idx ON mparticle_outbox (input, next_attempt_at)
	WHERE state = 'pending' AND next_attempt_at IS NOT NULL;
-- The members of a merged group, claimed together.
CREATE INDEX IF NOT EXISTS mparticle_outbox_merged_idx ON mparticle_outbox (input, merged_into)
	WHERE merged_into IS NOT NULL;
-- Dead rows, newest first, a page at a time.
CREATE INDEX IF NOT EXISTS mparticle_outbox_dead_idx ON mparticle_outbox (input, dead_at, id) WHERE state = 'dead';

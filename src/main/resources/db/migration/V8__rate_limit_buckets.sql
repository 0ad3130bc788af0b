-- Token buckets of the shared rate-limit backend (portico.rate-limits.backend=postgresql), one row
-- per credential, written by Bucket4j: its serialized state, and when the row may be deleted (epoch
-- milliseconds: once every window has refilled, as if the credential had never been seen).
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(100) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);

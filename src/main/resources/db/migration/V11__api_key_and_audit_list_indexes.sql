-- The API-key and audit-event lists page by created_at (and keys by name) like every other list;
-- each sort key is backed by an index, so a page starts at its cursor instead of scanning.
CREATE INDEX api_keys_by_created ON api_keys (organization_id, livemode, created_at, id);
CREATE INDEX api_keys_by_name ON api_keys (organization_id, livemode, name, id);
CREATE INDEX audit_events_by_created ON audit_events (organization_id, livemode, created_at, id);

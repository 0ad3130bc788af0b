-- Requests refused with 429 (by a rate limit or the quota), counted in the month's usage beside
-- the requests counted against the quota.
ALTER TABLE quota_usage ADD COLUMN refused BIGINT DEFAULT 0 NOT NULL;

-- The sandbox clock of each organization's test mode: test-mode time is real time plus offset_ms.
-- No row means no offset. It only moves forward; a sandbox reset puts it back to 0. Every sandbox
-- operation locks its organization's row, so they take turns.
CREATE TABLE sandbox_clocks (
    organization_id VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES organizations (id),
    offset_ms       BIGINT      NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    version         BIGINT      NOT NULL
);

-- The daily overdue check looks for the tenants that still have open invoices not yet flagged.
CREATE INDEX invoices_overdue_candidates ON invoices (status, overdue, organization_id, livemode);

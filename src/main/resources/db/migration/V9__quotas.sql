-- Monthly request quotas per organization plan. Each server counts requests in memory and adds
-- them here every few seconds, so the row holds every server's requests of the period ('YYYY-MM',
-- UTC) but those of the last few seconds.
CREATE TABLE quota_usage (
    organization_id VARCHAR(40) NOT NULL REFERENCES organizations (id),
    period          VARCHAR(7)  NOT NULL,
    used            BIGINT      NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    PRIMARY KEY (organization_id, period)
);

-- The 80 % ('warning') and 100 % ('exceeded') alerts: at most one of a kind per organization and
-- period, whichever server sees the count cross first.
CREATE TABLE quota_alerts (
    id              VARCHAR(40) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(40) NOT NULL REFERENCES organizations (id),
    period          VARCHAR(7)  NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    plan            VARCHAR(40) NOT NULL,
    quota           BIGINT      NOT NULL,
    used            BIGINT      NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    CONSTRAINT quota_alerts_once UNIQUE (organization_id, period, kind)
);

-- Jobs: the work done for a customer, and its state machine's timestamps. customer_id has no
-- foreign key on purpose: a customer whose jobs are all completed or cancelled may be deleted, and
-- those jobs keep its id (open jobs prevent the delete).

CREATE TABLE jobs (
    id                  VARCHAR(32)    NOT NULL PRIMARY KEY,
    organization_id     VARCHAR(32)    NOT NULL REFERENCES organizations (id),
    livemode            BOOLEAN        NOT NULL,
    customer_id         VARCHAR(32)    NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(5000),
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    address_city        VARCHAR(100),
    address_state       VARCHAR(100),
    address_postal_code VARCHAR(20),
    address_country     VARCHAR(2),
    status              VARCHAR(16)    NOT NULL,
    scheduled_start     TIMESTAMP,
    scheduled_end       TIMESTAMP,
    technician          VARCHAR(200),
    started_at          TIMESTAMP,
    completed_at        TIMESTAMP,
    cancelled_at        TIMESTAMP,
    metadata            VARCHAR(40000) NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL
);
CREATE INDEX jobs_by_created ON jobs (organization_id, livemode, created_at, id);
CREATE INDEX jobs_by_status ON jobs (organization_id, livemode, status, created_at, id);
CREATE INDEX jobs_by_customer ON jobs (organization_id, livemode, customer_id, status);
CREATE INDEX jobs_by_scheduled ON jobs (organization_id, livemode, scheduled_start);

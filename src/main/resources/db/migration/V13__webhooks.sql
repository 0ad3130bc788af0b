-- Events waiting to be relayed (to webhook endpoints and the JMS topic): written with the event in
-- the change's own transaction, deleted once relayed, so the relay never scans the events table.
-- No foreign key: a sandbox reset erases test events whether or not they were relayed.
CREATE TABLE event_relay (
    event_id   VARCHAR(32) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP   NOT NULL
);

-- A partner's webhook endpoint, in one organization and mode.
CREATE TABLE webhook_endpoints (
    id              VARCHAR(32)   NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)   NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN       NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    description     VARCHAR(500),
    enabled_events  VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    disabled_reason VARCHAR(32),
    failing_since   TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoints_by_created ON webhook_endpoints (organization_id, livemode, created_at, id);

-- An endpoint's signing secrets, encrypted (AES-GCM); a rotated-out one signs until expires_at.
CREATE TABLE webhook_endpoint_secrets (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    endpoint_id     VARCHAR(32)  NOT NULL REFERENCES webhook_endpoints (id),
    organization_id VARCHAR(32)  NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN      NOT NULL,
    sealed_secret   VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP
);
CREATE INDEX webhook_endpoint_secrets_by_endpoint ON webhook_endpoint_secrets (endpoint_id);

-- One event for one endpoint; its id is the webhook-id of every attempt. A pending message is due
-- at next_attempt_at; a claimed one has next_attempt_at moved past its attempt's deadline.
-- retry_base: the attempts made before the current round of retries (a resend starts a new one).
CREATE TABLE webhook_messages (
    id              VARCHAR(32)      NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)      NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN          NOT NULL,
    endpoint_id     VARCHAR(32)      NOT NULL REFERENCES webhook_endpoints (id),
    event_id        VARCHAR(32)      NOT NULL,
    event_type      VARCHAR(64)      NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    status          VARCHAR(16)      NOT NULL,
    attempts        INTEGER          NOT NULL,
    retry_base      INTEGER          NOT NULL,
    next_attempt_at TIMESTAMP,
    last_attempt_at TIMESTAMP,
    created_at      TIMESTAMP        NOT NULL,
    updated_at      TIMESTAMP        NOT NULL,
    CONSTRAINT webhook_messages_once UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_messages_due ON webhook_messages (status, next_attempt_at);
CREATE INDEX webhook_messages_by_endpoint ON webhook_messages (organization_id, livemode, endpoint_id, created_at, id);

-- Every attempt to deliver a message: what was sent when, and what came back.
CREATE TABLE webhook_attempts (
    id               VARCHAR(32)  NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(32)  NOT NULL REFERENCES organizations (id),
    livemode         BOOLEAN      NOT NULL,
    message_id       VARCHAR(32)  NOT NULL REFERENCES webhook_messages (id),
    endpoint_id      VARCHAR(32)  NOT NULL REFERENCES webhook_endpoints (id),
    attempt_number   INTEGER      NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    attempted_at     TIMESTAMP    NOT NULL,
    duration_ms      BIGINT       NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(8192),
    error_kind       VARCHAR(32),
    error_detail     VARCHAR(500),
    CONSTRAINT webhook_attempts_once UNIQUE (message_id, attempt_number)
);
CREATE INDEX webhook_attempts_by_message ON webhook_attempts (message_id, attempted_at);

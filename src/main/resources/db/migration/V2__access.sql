-- Access: portal users, API keys and their secrets, the audit log, and once-per-database markers.
-- Business tables carry organization_id and livemode; EclipseLink's multitenancy filters on both.

CREATE TABLE users (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)  NOT NULL REFERENCES organizations (id),
    email           VARCHAR(254) NOT NULL,
    name            VARCHAR(200),
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_organization ON users (organization_id);

CREATE TABLE api_keys (
    id                    VARCHAR(32)   NOT NULL PRIMARY KEY,
    organization_id       VARCHAR(32)   NOT NULL REFERENCES organizations (id),
    livemode              BOOLEAN       NOT NULL,
    name                  VARCHAR(100)  NOT NULL,
    prefix                VARCHAR(16)   NOT NULL,
    scopes                VARCHAR(1000) NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    expires_at            TIMESTAMP,
    allowed_ips           VARCHAR(5000) NOT NULL,
    rate_limit_tier       VARCHAR(16)   NOT NULL,
    rate_limit_per_minute INTEGER,
    rate_limit_per_hour   INTEGER,
    rate_limit_per_day    INTEGER,
    rate_limit_burst      INTEGER,
    owner_user_id         VARCHAR(32) REFERENCES users (id),
    last_used_at          TIMESTAMP,
    revoked_at            TIMESTAMP,
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    version               BIGINT        NOT NULL
);
CREATE INDEX api_keys_tenant ON api_keys (organization_id, livemode, id);

-- One row per secret a key has had; a rotated-out secret stays valid until its expires_at.
CREATE TABLE api_key_secrets (
    secret_hash     VARCHAR(64) NOT NULL PRIMARY KEY,
    api_key_id      VARCHAR(32) NOT NULL REFERENCES api_keys (id),
    organization_id VARCHAR(32) NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN     NOT NULL,
    prefix          VARCHAR(16) NOT NULL,
    expires_at      TIMESTAMP,
    created_at      TIMESTAMP   NOT NULL
);
CREATE INDEX api_key_secrets_key ON api_key_secrets (api_key_id);

CREATE TABLE audit_events (
    id              VARCHAR(32)    NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)    NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN        NOT NULL,
    action          VARCHAR(64)    NOT NULL,
    actor_type      VARCHAR(16)    NOT NULL,
    actor_id        VARCHAR(64)    NOT NULL,
    target_type     VARCHAR(32)    NOT NULL,
    target_id       VARCHAR(64)    NOT NULL,
    changes         VARCHAR(20000) NOT NULL,
    ip              VARCHAR(45),
    request_id      VARCHAR(64),
    created_at      TIMESTAMP      NOT NULL
);
CREATE INDEX audit_events_tenant ON audit_events (organization_id, livemode, id);
CREATE INDEX audit_events_action ON audit_events (organization_id, livemode, action, id);
CREATE INDEX audit_events_target ON audit_events (organization_id, livemode, target_id, id);

-- Work done once per database however many servers start together (the first-run bootstrap):
-- the first server to insert a name wins; the others block on the key, then see it taken.
CREATE TABLE platform_once (
    name         VARCHAR(64) NOT NULL PRIMARY KEY,
    completed_at TIMESTAMP   NOT NULL
);

-- Values every server of a cluster must share, such as the key that signs list cursors.
CREATE TABLE platform_settings (
    name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(512) NOT NULL
);

-- Portal accounts: invitations to join an organization, and failed sign-in counts for lock-out.

CREATE TABLE invitations (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)  NOT NULL REFERENCES organizations (id),
    email           VARCHAR(254) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    invited_by      VARCHAR(32)  REFERENCES users (id) ON DELETE SET NULL,
    expires_at      TIMESTAMP    NOT NULL,
    accepted_at     TIMESTAMP,
    revoked_at      TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE UNIQUE INDEX invitations_token ON invitations (token_hash);
CREATE INDEX invitations_organization ON invitations (organization_id, created_at);

-- Keyed by the e-mail address typed, whether or not a user has it, so a lock-out reveals nothing.
CREATE TABLE login_throttles (
    email         VARCHAR(254) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    locked_until  TIMESTAMP,
    updated_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL
);

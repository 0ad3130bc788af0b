-- Customers, the event outbox, and idempotency keys.
-- Every list index ends in id: keyset pages order by (sort field, id).

CREATE TABLE customers (
    id                  VARCHAR(32)   NOT NULL PRIMARY KEY,
    organization_id     VARCHAR(32)   NOT NULL REFERENCES organizations (id),
    livemode            BOOLEAN       NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    email               VARCHAR(254),
    phone               VARCHAR(40),
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    address_city        VARCHAR(100),
    address_state       VARCHAR(100),
    address_postal_code VARCHAR(20),
    address_country     VARCHAR(2),
    metadata            VARCHAR(40000) NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX customers_by_created ON customers (organization_id, livemode, created_at, id);
CREATE INDEX customers_by_name ON customers (organization_id, livemode, name, id);
CREATE INDEX customers_by_email ON customers (organization_id, livemode, email);

-- Every change to a business object, written in the transaction that made it (the outbox the
-- webhook deliveries read). data is the object after the change, as the API shows it.
CREATE TABLE events (
    id              VARCHAR(32)      NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)      NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN          NOT NULL,
    type            VARCHAR(64)      NOT NULL,
    object_type     VARCHAR(32)      NOT NULL,
    object_id       VARCHAR(32)      NOT NULL,
    data            VARCHAR(1000000) NOT NULL,
    created_at      TIMESTAMP        NOT NULL
);
CREATE INDEX events_by_created ON events (organization_id, livemode, created_at, id);
CREATE INDEX events_by_object ON events (organization_id, livemode, object_id);

-- A POST's Idempotency-Key: claimed before the operation runs, its answer kept until expires_at.
CREATE TABLE idempotency_keys (
    organization_id       VARCHAR(32)      NOT NULL REFERENCES organizations (id),
    livemode              BOOLEAN          NOT NULL,
    idempotency_key       VARCHAR(255)     NOT NULL,
    request_fingerprint   VARCHAR(64)      NOT NULL,
    response_status       INTEGER,
    response_content_type VARCHAR(200),
    response_location     VARCHAR(2000),
    response_etag         VARCHAR(200),
    response_body         VARCHAR(1000000),
    created_at            TIMESTAMP        NOT NULL,
    expires_at            TIMESTAMP        NOT NULL,
    PRIMARY KEY (organization_id, livemode, idempotency_key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);

-- Invoices and payments. Amounts are integer minor units; tax_rate is a percent.
-- customer_id and job_id have no foreign key: like jobs, invoices keep the ids of a customer or
-- job deleted after they were settled (unpaid invoices prevent a customer's delete).

CREATE TABLE invoices (
    id              VARCHAR(32)    NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32)    NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN        NOT NULL,
    customer_id     VARCHAR(32)    NOT NULL,
    job_id          VARCHAR(32),
    lines           VARCHAR(100000) NOT NULL,
    tax_rate        DECIMAL(7, 4)  NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    subtotal        BIGINT         NOT NULL,
    tax             BIGINT         NOT NULL,
    total           BIGINT         NOT NULL,
    amount_paid     BIGINT         NOT NULL,
    due_date        DATE,
    status          VARCHAR(16)    NOT NULL,
    overdue         BOOLEAN        NOT NULL,
    sent_at         TIMESTAMP,
    paid_at         TIMESTAMP,
    voided_at       TIMESTAMP,
    metadata        VARCHAR(40000) NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX invoices_by_created ON invoices (organization_id, livemode, created_at, id);
CREATE INDEX invoices_by_customer ON invoices (organization_id, livemode, customer_id, status);
CREATE INDEX invoices_by_status ON invoices (organization_id, livemode, status, due_date);

CREATE TABLE payments (
    id              VARCHAR(32) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(32) NOT NULL REFERENCES organizations (id),
    livemode        BOOLEAN     NOT NULL,
    invoice_id      VARCHAR(32) NOT NULL REFERENCES invoices (id),
    amount          BIGINT      NOT NULL,
    currency        VARCHAR(3)  NOT NULL,
    method          VARCHAR(32) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    failure_code    VARCHAR(32),
    amount_refunded BIGINT      NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    version         BIGINT      NOT NULL
);
CREATE INDEX payments_by_created ON payments (organization_id, livemode, created_at, id);
CREATE INDEX payments_by_invoice ON payments (organization_id, livemode, invoice_id);

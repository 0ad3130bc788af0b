-- Organizations own all business data; every tenant-scoped table refers to this one.
CREATE TABLE organizations (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    plan        VARCHAR(40)  NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL
);

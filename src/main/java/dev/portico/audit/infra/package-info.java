/** The audit log in the database, tenant-scoped. */
package dev.portico.audit.infra;

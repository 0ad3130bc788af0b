/** {@code /api/v1/audit-events}: reading the audit log. */
package dev.portico.audit.api;

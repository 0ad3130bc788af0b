/**
 * API keys in the database: the tenant-scoped repository, the credential lookup, last-used writes.
 */
package dev.portico.apikey.infra;

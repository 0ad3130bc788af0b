/**
 * Who is calling: credentials to callers, scopes, and the request-scoped caller every service
 * reads.
 */
package dev.portico.platform.security;

/** Deprecation (RFC 9745) and Sunset (RFC 8594) headers for operations marked deprecated. */
package dev.portico.platform.deprecation;

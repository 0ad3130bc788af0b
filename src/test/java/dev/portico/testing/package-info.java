/**
 * Test support: an HTTP client for the running server, assertions on problems, and a headless
 * browser with an accessibility check for the portal's pages.
 */
package dev.portico.testing;

/**
 * Test support: an HTTP client for the running server, assertions on problems, a headless browser
 * with an accessibility check for the portal's pages, and a webhook receiver with an independent
 * Standard Webhooks verifier.
 */
package dev.portico.testing;

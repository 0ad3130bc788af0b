/**
 * The sandbox of an organization's test mode: realistic test data on demand (seed), an empty test
 * mode on demand (reset), and the sandbox clock that moves test-mode time forward. Live data is
 * never touched.
 */
package dev.portico.sandbox;

/** Test support: an HTTP client for the running server and assertions on problems. */
package dev.portico.testing;

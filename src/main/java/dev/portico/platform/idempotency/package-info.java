/** {@code Idempotency-Key} on every POST: one execution per key, its answer replayed for 24 h. */
package dev.portico.platform.idempotency;

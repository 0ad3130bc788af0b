/** Prefixed, time-ordered identifiers such as {@code req_…} and {@code cus_…}. */
package dev.portico.platform.id;

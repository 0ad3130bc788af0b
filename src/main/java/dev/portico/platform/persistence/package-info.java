/** The database schema: Flyway migrations applied at start, before anything touches a table. */
package dev.portico.platform.persistence;

/** Readiness (database, messaging engine) and liveness (the JVM) checks for /health. */
package dev.portico.platform.health;

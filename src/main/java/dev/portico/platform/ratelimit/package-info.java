/**
 * Whose budget of requests a call counts against, and the limits of the tiers: named by every kind
 * of credential when it authenticates, and counted by the rate limiter.
 */
package dev.portico.platform.ratelimit;

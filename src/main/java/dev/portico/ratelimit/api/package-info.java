/** The rate-limit filter and headers, and the API that shows limits and tiers. */
package dev.portico.ratelimit.api;

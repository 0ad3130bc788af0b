/** Rate limits and quotas per key, OAuth client and organization. */
package dev.portico.ratelimit;

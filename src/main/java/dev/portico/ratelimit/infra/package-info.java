/** Where the token buckets live: Bucket4j's buckets, in this server's memory. */
package dev.portico.ratelimit.infra;

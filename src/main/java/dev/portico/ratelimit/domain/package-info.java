/** Rate limits: the tiers of SPEC and per-key overrides. */
package dev.portico.ratelimit.domain;

package dev.portico.platform.ratelimit;

/**
 * Where each organization's {@link RateLimitCeiling} comes from (its plan, which the operator
 * sets), so authentication and key management bound limits without knowing plans.
 */
public interface RateLimitCeilings {

  RateLimitCeiling of(String organizationId);
}

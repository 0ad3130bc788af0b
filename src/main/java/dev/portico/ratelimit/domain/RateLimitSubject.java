package dev.portico.ratelimit.domain;

import java.util.Objects;

/**
 * What one budget of requests belongs to (an API key, an OAuth client) and the limits it has.
 * {@code version} changes whenever the tier or override may have, so a stored bucket takes the new
 * limits.
 */
public record RateLimitSubject(
    String key, RateLimitTier tier, RateLimitOverride override, long version) {

  public RateLimitSubject {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(tier, "tier is required");
  }

  public static RateLimitSubject apiKey(
      String apiKeyId, RateLimitTier tier, RateLimitOverride override, long version) {
    return new RateLimitSubject("key:" + apiKeyId, tier, override, version);
  }

  public RateLimits limits() {
    return tier.limits().with(override);
  }
}

package dev.portico.platform.ratelimit;

import java.util.Objects;

/**
 * What one budget of requests belongs to (an API key, an OAuth client, or the client address of
 * requests without a credential) and the limits it has. {@code version} changes whenever the tier
 * or override may have, so a stored bucket takes the new limits.
 */
public record RateLimitSubject(
    String key, RateLimitTier tier, RateLimitOverride override, long version) {

  private static final String ANONYMOUS_PREFIX = "ip:";

  public RateLimitSubject {
    Objects.requireNonNull(key, "key is required");
    Objects.requireNonNull(tier, "tier is required");
  }

  public static RateLimitSubject apiKey(
      String apiKeyId, RateLimitTier tier, RateLimitOverride override, long version) {
    return new RateLimitSubject("key:" + apiKeyId, tier, override, version);
  }

  /**
   * The budget of requests made without a credential from one client address. Its version is the
   * tier's, so a bucket a shared backend keeps takes a newly configured tier's limits.
   */
  public static RateLimitSubject anonymous(String address, RateLimitTier tier) {
    return new RateLimitSubject(ANONYMOUS_PREFIX + address, tier, null, tier.ordinal());
  }

  /** Whether this budget is a client address's rather than a credential's. */
  public boolean anonymous() {
    return key.startsWith(ANONYMOUS_PREFIX);
  }

  public RateLimits limits() {
    return tier.limits().with(override);
  }
}

package dev.portico.quota.domain;

import dev.portico.platform.ratelimit.RateLimitCeiling;
import dev.portico.platform.ratelimit.RateLimitTier;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization plan: how many API requests a calendar month (UTC) includes, what happens after,
 * and the highest rate-limit tier the organization's keys may have ({@code null}: no ceiling).
 */
public record Plan(String name, long monthlyRequests, Overage overage, RateLimitTier maxTier) {

  public Plan {
    Objects.requireNonNull(name, "plan name is required");
    Objects.requireNonNull(overage, "overage is required");
    if (monthlyRequests < 1) {
      throw new IllegalArgumentException(
          "plan " + name + ": monthly requests must be at least 1, not " + monthlyRequests);
    }
  }

  public boolean blocks() {
    return overage == Overage.BLOCK;
  }

  public Optional<RateLimitTier> highestTier() {
    return Optional.ofNullable(maxTier);
  }

  public RateLimitCeiling ceiling() {
    return maxTier == null ? RateLimitCeiling.NONE : RateLimitCeiling.of(name, maxTier);
  }
}

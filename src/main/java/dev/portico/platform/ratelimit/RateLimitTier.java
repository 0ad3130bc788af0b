package dev.portico.platform.ratelimit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The rate-limit tiers of SPEC, assignable to a key or an OAuth client. */
public enum RateLimitTier {
  BASIC(new RateLimits(60, 1_000, 10_000, 10)),
  STANDARD(new RateLimits(120, 5_000, 50_000, 20)),
  PREMIUM(new RateLimits(300, 15_000, 150_000, 50)),
  ENTERPRISE(new RateLimits(600, 50_000, 500_000, 100));

  public static final RateLimitTier DEFAULT = STANDARD;

  private final RateLimits limits;

  RateLimitTier(RateLimits limits) {
    this.limits = limits;
  }

  public RateLimits limits() {
    return limits;
  }

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RateLimitTier> parse(String text) {
    return Arrays.stream(values()).filter(t -> t.text().equals(text)).findFirst();
  }
}

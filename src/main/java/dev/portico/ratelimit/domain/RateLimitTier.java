package dev.portico.ratelimit.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The rate-limit tiers of SPEC, assignable to a key or an OAuth client. */
public enum RateLimitTier {
  BASIC,
  STANDARD,
  PREMIUM,
  ENTERPRISE;

  public static final RateLimitTier DEFAULT = STANDARD;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RateLimitTier> parse(String text) {
    return Arrays.stream(values()).filter(t -> t.text().equals(text)).findFirst();
  }
}

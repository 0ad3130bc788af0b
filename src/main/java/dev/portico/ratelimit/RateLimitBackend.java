package dev.portico.ratelimit;

import java.util.Arrays;
import java.util.Locale;

/** Where the token buckets live. */
public enum RateLimitBackend {
  /** This server's memory: exact on one server; each server of several counts on its own. */
  LOCAL,
  /** Portico's PostgreSQL database: one budget per credential across every server. */
  POSTGRESQL,
  /** A Redis server: one budget per credential across every server, without database writes. */
  REDIS;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RateLimitBackend parse(String text) {
    return Arrays.stream(values())
        .filter(b -> b.text().equals(text.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "portico.rate-limits.backend must be local, postgresql or redis, not '"
                        + text
                        + "'"));
  }
}

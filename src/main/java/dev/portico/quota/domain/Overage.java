package dev.portico.quota.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a plan does with requests once the month's quota is used. */
public enum Overage {
  /** Refused with 429 {@code quota_exceeded} until the next month. */
  BLOCK,
  /** Let through and still counted. */
  ALLOW;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Overage> parse(String text) {
    return Arrays.stream(values())
        .filter(o -> o.text().equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}

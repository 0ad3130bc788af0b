package dev.portico.apikey.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a key can be used: {@code active}, {@code revoked}, or {@code expired} (past expiry). */
public enum ApiKeyStatus {
  ACTIVE,
  REVOKED,
  EXPIRED;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every status's text, as a filter accepts them. */
  public static Set<String> texts() {
    return Arrays.stream(values()).map(ApiKeyStatus::text).collect(Collectors.toUnmodifiableSet());
  }

  public static Optional<ApiKeyStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }
}

package dev.portico.apikey.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a key can be used: {@code active}, {@code revoked}, or {@code expired} (past expiry). */
public enum ApiKeyStatus {
  ACTIVE,
  REVOKED,
  EXPIRED;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ApiKeyStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text().equals(text)).findFirst();
  }
}

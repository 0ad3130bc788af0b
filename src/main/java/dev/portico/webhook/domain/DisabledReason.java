package dev.portico.webhook.domain;

import java.util.Locale;

/** Why an endpoint is disabled: by a caller, by a 410 Gone answer, or by failing for too long. */
public enum DisabledReason {
  MANUAL,
  GONE,
  FAILING;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DisabledReason parse(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT));
  }
}

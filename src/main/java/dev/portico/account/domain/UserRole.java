package dev.portico.account.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a portal user may do in their organization. */
public enum UserRole {
  /** Everything, including closing the organization; there is always at least one. */
  OWNER,
  /** Manages members, keys and settings. */
  ADMIN,
  /** Manages keys, webhooks and integrations. */
  DEVELOPER,
  /** Reads only. */
  VIEWER;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<UserRole> parse(String text) {
    return Arrays.stream(values()).filter(r -> r.text().equals(text)).findFirst();
  }
}

package dev.portico.account.domain;

import dev.portico.platform.security.Scope;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

  /** What the role may do through the API-facing services, as the scopes an API key would hold. */
  public Set<Scope> scopes() {
    if (this != VIEWER) {
      return Scope.all();
    }
    Set<Scope> reads = EnumSet.noneOf(Scope.class);
    Scope.all().stream().filter(Scope::isRead).forEach(reads::add);
    return reads;
  }

  public boolean managesMembers() {
    return this == OWNER || this == ADMIN;
  }

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<UserRole> parse(String text) {
    return Arrays.stream(values()).filter(r -> r.text().equals(text)).findFirst();
  }
}

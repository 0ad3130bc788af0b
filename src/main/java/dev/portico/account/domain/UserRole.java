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

  /**
   * What the role may do through the API-facing services, as the scopes an API key would hold. In
   * the operator organization the role also reads organizations, and an owner or admin sets their
   * plans.
   */
  public Set<Scope> scopes(boolean operatorOrganization) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Scope.partner().stream().filter(s -> this != VIEWER || s.isRead()).forEach(scopes::add);
    if (operatorOrganization) {
      scopes.add(Scope.ORGANIZATIONS_READ);
      if (managesMembers()) {
        scopes.add(Scope.ORGANIZATIONS_WRITE);
      }
    }
    return scopes;
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

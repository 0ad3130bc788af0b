package dev.portico.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A permission a credential carries, written as in SPEC: {@code customers:read}. The {@code
 * organizations} scopes are the operator's: only the operator organization's callers hold them.
 */
public enum Scope {
  CUSTOMERS_READ,
  CUSTOMERS_WRITE,
  JOBS_READ,
  JOBS_WRITE,
  INVOICES_READ,
  INVOICES_WRITE,
  PAYMENTS_READ,
  PAYMENTS_WRITE,
  WEBHOOKS_READ,
  WEBHOOKS_WRITE,
  USAGE_READ,
  API_KEYS_READ,
  API_KEYS_WRITE,
  INTEGRATIONS_READ,
  INTEGRATIONS_WRITE,
  AUDIT_READ,
  ORGANIZATIONS_READ,
  ORGANIZATIONS_WRITE;

  private final String text;

  Scope() {
    String name = name().toLowerCase(Locale.ROOT);
    int split = name.lastIndexOf('_');
    this.text = name.substring(0, split) + ":" + name.substring(split + 1);
  }

  /** The scope as clients write it, e.g. {@code api_keys:write}. */
  public String text() {
    return text;
  }

  public boolean isRead() {
    return text.endsWith(":read");
  }

  public static Optional<Scope> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.text.equals(text)).findFirst();
  }

  /** The known scopes of a space-separated list, as stored; unknown words are ignored. */
  public static Set<Scope> parseStored(String spaceSeparated) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(spaceSeparated.split(" ")).forEach(s -> parse(s).ifPresent(scopes::add));
    return scopes;
  }

  /** Whether only the operator, the business that runs Portico, may hold this scope. */
  public boolean isOperator() {
    return this == ORGANIZATIONS_READ || this == ORGANIZATIONS_WRITE;
  }

  /** Every scope, the operator's included. */
  public static Set<Scope> all() {
    return EnumSet.allOf(Scope.class);
  }

  /** Every scope a partner organization's caller may hold: all but the operator's. */
  public static Set<Scope> partner() {
    Set<Scope> partner = EnumSet.noneOf(Scope.class);
    all().stream().filter(s -> !s.isOperator()).forEach(partner::add);
    return partner;
  }

  @Override
  public String toString() {
    return text;
  }
}

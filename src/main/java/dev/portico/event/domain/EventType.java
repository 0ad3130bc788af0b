package dev.portico.event.domain;

import dev.portico.platform.security.Scope;
import java.util.Map;
import java.util.Optional;

/**
 * Event types are {@code <object type>.<what happened>}; reading an event needs the read scope of
 * its object, so events never show a key more than the objects themselves would.
 */
public final class EventType {

  private static final Map<String, Scope> READ_SCOPES =
      Map.of(
          "customer", Scope.CUSTOMERS_READ,
          "job", Scope.JOBS_READ,
          "invoice", Scope.INVOICES_READ,
          "payment", Scope.PAYMENTS_READ,
          "usage", Scope.USAGE_READ,
          "webhook_endpoint", Scope.WEBHOOKS_READ);

  private EventType() {}

  public static String objectTypeOf(String type) {
    int dot = type.indexOf('.');
    if (dot < 1) {
      throw new IllegalArgumentException("event type must be <object>.<change>: " + type);
    }
    return type.substring(0, dot);
  }

  /** The scope that reading events about {@code objectType} needs. */
  public static Optional<Scope> readScope(String objectType) {
    return Optional.ofNullable(READ_SCOPES.get(objectType));
  }

  public static Map<String, Scope> readScopes() {
    return READ_SCOPES;
  }
}

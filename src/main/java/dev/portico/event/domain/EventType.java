package dev.portico.event.domain;

import dev.portico.platform.security.Scope;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Every type Portico publishes (SPEC, "Webhooks"), which webhook endpoints may subscribe to;
   * {@code webhook.test} goes only to the endpoint a test is sent to.
   */
  public static final Set<String> PUBLISHED =
      Set.of(
          "customer.created",
          "customer.updated",
          "customer.deleted",
          "job.created",
          "job.updated",
          "job.scheduled",
          "job.assigned",
          "job.started",
          "job.completed",
          "job.cancelled",
          "invoice.created",
          "invoice.sent",
          "invoice.paid",
          "invoice.overdue",
          "invoice.voided",
          "payment.received",
          "payment.refunded",
          "payment.failed",
          "webhook_endpoint.disabled",
          "usage.quota_warning",
          "usage.quota_exceeded",
          "webhook.test");

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

package dev.portico.audit.api;

import dev.portico.audit.domain.AuditEvent;
import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import java.util.HashSet;
import java.util.Set;

/**
 * How the audit log is listed, like every other list: {@code action}, {@code target} and the
 * creation-time filters, newest first by {@code created_at}, with {@code fields}.
 */
public final class AuditEventListing {

  public static final ListSpec<AuditEvent> SPEC = spec();

  private AuditEventListing() {}

  private static ListSpec<AuditEvent> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("action");
    filters.add("target");
    return ListSpec.of(
        "audit_events",
        AuditEventResponse.class,
        AuditEvent::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", AuditEvent::createdAt));
  }
}

package dev.portico.audit.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** The audit log of the caller's organization and mode. */
public interface AuditEventRepository {

  void add(AuditEvent event);

  Optional<AuditEvent> find(String id);

  /** One page of {@code query}: {@code limit + 1} rows to tell if more follow. */
  List<AuditEvent> list(ListQuery<AuditEvent> query);
}

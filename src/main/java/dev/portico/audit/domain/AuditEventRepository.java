package dev.portico.audit.domain;

import java.util.List;
import java.util.Optional;

/** The audit log of the caller's organization and mode. */
public interface AuditEventRepository {

  void add(AuditEvent event);

  Optional<AuditEvent> find(String id);

  /** Newest first, after {@code afterId}; {@code limit + 1} rows to tell if more follow. */
  List<AuditEvent> list(String action, String targetId, String afterId, int limit);
}

package dev.portico.audit;

import dev.portico.audit.domain.AuditEvent;
import dev.portico.audit.domain.AuditEventRepository;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ErrorCode;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit log of the caller's organization and mode. */
@ApplicationScoped
@Transactional
public class AuditEventService {

  @Inject AuditEventRepository events;

  public List<AuditEvent> list(ListQuery<AuditEvent> query) {
    return events.list(query);
  }

  public AuditEvent get(String id) {
    return events
        .find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    ErrorCode.RESOURCE_NOT_FOUND, "No audit event with id '" + id + "'."));
  }
}

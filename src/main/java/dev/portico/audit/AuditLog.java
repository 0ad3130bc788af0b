package dev.portico.audit;

import dev.portico.audit.domain.AuditEvent;
import dev.portico.audit.domain.AuditEventRepository;
import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.RequestOrigin;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records an audited action in the caller's transaction, so the change and its record commit or
 * roll back together. Only fields whose value changed are kept.
 */
@ApplicationScoped
public class AuditLog {

  @Inject CallerContext callerContext;
  @Inject AuditEventRepository events;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, AuditTarget target, List<FieldChange> changes) {
    Caller caller = callerContext.current();
    add(TenantKey.of(caller), caller.actor(), action, target, changes, callerContext.origin());
  }

  /**
   * Records in another tenant's log what the caller did to it, as {@code actor}: the operator
   * changing a partner's plan shows in the partner's log too, with the request id but not the
   * operator's address.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFor(
      TenantKey tenant, Actor actor, String action, AuditTarget target, List<FieldChange> changes) {
    RequestOrigin origin = new RequestOrigin(null, callerContext.origin().requestId());
    add(tenant, actor, action, target, changes, origin);
  }

  private void add(
      TenantKey tenant,
      Actor actor,
      String action,
      AuditTarget target,
      List<FieldChange> changes,
      RequestOrigin origin) {
    events.add(
        AuditEvent.record(
            tenant,
            action,
            actor,
            target,
            changes.stream().filter(FieldChange::isChange).toList(),
            origin,
            clock));
  }
}

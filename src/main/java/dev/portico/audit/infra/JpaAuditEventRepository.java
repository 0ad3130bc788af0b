package dev.portico.audit.infra;

import dev.portico.audit.domain.AuditEvent;
import dev.portico.audit.domain.AuditEventRepository;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import dev.portico.platform.tenancy.TenantKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * {@link AuditEventRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}.
 */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(AuditEvent event) {
    // Usually the caller's own log; the operator also writes into the organization it changed.
    tenant.of(new TenantKey(event.organizationId(), event.livemode())).persist(event);
  }

  @Override
  public Optional<AuditEvent> find(String id) {
    return Optional.ofNullable(tenant.get().find(AuditEvent.class, id));
  }

  @Override
  public List<AuditEvent> list(ListQuery<AuditEvent> query) {
    ListJpql<AuditEvent> jpql = ListJpql.select(AuditEvent.class, "e", query);
    query.text("action").ifPresent(action -> jpql.where("e.action = :action", "action", action));
    query.text("target").ifPresent(target -> jpql.where("e.targetId = :target", "target", target));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }
}

package dev.portico.audit.infra;

import dev.portico.audit.domain.AuditEvent;
import dev.portico.audit.domain.AuditEventRepository;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
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
    tenant.get().persist(event);
  }

  @Override
  public Optional<AuditEvent> find(String id) {
    return Optional.ofNullable(tenant.get().find(AuditEvent.class, id));
  }

  @Override
  public List<AuditEvent> list(String action, String targetId, String afterId, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
    if (action != null) {
      jpql.append(" AND e.action = :action");
    }
    if (targetId != null) {
      jpql.append(" AND e.targetId = :target");
    }
    if (afterId != null) {
      jpql.append(" AND e.id < :afterId");
    }
    jpql.append(" ORDER BY e.id DESC");
    TypedQuery<AuditEvent> query = tenant.get().createQuery(jpql.toString(), AuditEvent.class);
    if (action != null) {
      query.setParameter("action", action);
    }
    if (targetId != null) {
      query.setParameter("target", targetId);
    }
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit + 1).getResultList();
  }
}

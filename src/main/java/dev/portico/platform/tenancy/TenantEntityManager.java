package dev.portico.platform.tenancy;

import dev.portico.platform.security.CallerContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The entity manager every repository uses: one per transaction, opened with the caller's
 * organization and mode as EclipseLink tenant properties, so that each query on a {@link
 * TenantScopedEntity} is confined to that tenant. Using it without a caller fails; it never falls
 * back to "all tenants".
 */
@TransactionScoped
public class TenantEntityManager implements Serializable {

  private static final long serialVersionUID = 1L;

  @PersistenceUnit(unitName = "portico")
  transient EntityManagerFactory factory;

  @Inject transient CallerContext callerContext;

  private transient EntityManager entityManager;
  private final transient Map<TenantKey, EntityManager> others = new HashMap<>();

  public EntityManager get() {
    if (entityManager == null) {
      entityManager = open(TenantKey.of(callerContext.current()));
    }
    return entityManager;
  }

  /**
   * Another tenant's persistence context in this same transaction, for the rare record a caller
   * writes into another organization's data: the operator's plan change in the partner's audit log.
   */
  public EntityManager of(TenantKey tenant) {
    if (tenant.equals(TenantKey.of(callerContext.current()))) {
      return get();
    }
    return others.computeIfAbsent(tenant, this::open);
  }

  private EntityManager open(TenantKey tenant) {
    EntityManager opened =
        factory.createEntityManager(
            SynchronizationType.SYNCHRONIZED,
            Map.of(
                Tenancy.ORGANIZATION,
                tenant.organizationId(),
                Tenancy.LIVEMODE,
                tenant.livemode()));
    opened.joinTransaction();
    return opened;
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
    others.values().stream().filter(EntityManager::isOpen).forEach(EntityManager::close);
  }
}

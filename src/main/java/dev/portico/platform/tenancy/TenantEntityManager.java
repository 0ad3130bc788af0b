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

  public EntityManager get() {
    if (entityManager == null) {
      TenantKey tenant = TenantKey.of(callerContext.current());
      entityManager =
          factory.createEntityManager(
              SynchronizationType.SYNCHRONIZED,
              Map.of(
                  Tenancy.ORGANIZATION,
                  tenant.organizationId(),
                  Tenancy.LIVEMODE,
                  tenant.livemode()));
      entityManager.joinTransaction();
    }
    return entityManager;
  }

  @PreDestroy
  void close() {
    if (entityManager != null && entityManager.isOpen()) {
      entityManager.close();
    }
  }
}

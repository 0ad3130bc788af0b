package dev.portico.webhook.infra;

import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import dev.portico.webhook.domain.EndpointStatus;
import dev.portico.webhook.domain.WebhookEndpoint;
import dev.portico.webhook.domain.WebhookEndpointRepository;
import dev.portico.webhook.domain.WebhookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** {@link WebhookEndpointRepository} on JPA; the tenant filter comes from TenantEntityManager. */
@ApplicationScoped
public class JpaWebhookEndpointRepository implements WebhookEndpointRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(WebhookEndpoint endpoint, WebhookSecret firstSecret) {
    EntityManager em = tenant.get();
    em.persist(endpoint);
    em.flush();
    em.persist(firstSecret);
  }

  @Override
  public Optional<WebhookEndpoint> find(String id) {
    return Optional.ofNullable(tenant.get().find(WebhookEndpoint.class, id));
  }

  @Override
  public List<WebhookEndpoint> list(ListQuery<WebhookEndpoint> query) {
    ListJpql<WebhookEndpoint> jpql = ListJpql.select(WebhookEndpoint.class, "w", query);
    query
        .oneOf("status", EndpointStatus.texts())
        .ifPresent(status -> jpql.where("w.status = :status", "status", status));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public List<WebhookSecret> secrets(String endpointId) {
    return tenant
        .get()
        .createQuery(
            "SELECT s FROM WebhookSecret s WHERE s.endpointId = :endpoint"
                + " ORDER BY s.createdAt DESC",
            WebhookSecret.class)
        .setParameter("endpoint", endpointId)
        .getResultList();
  }

  @Override
  public void addSecret(WebhookSecret secret) {
    tenant.get().persist(secret);
  }

  @Override
  public void remove(WebhookEndpoint endpoint) {
    EntityManager em = tenant.get();
    for (String entity : List.of("WebhookAttempt", "WebhookMessage", "WebhookSecret")) {
      em.createQuery("DELETE FROM " + entity + " x WHERE x.endpointId = :endpoint")
          .setParameter("endpoint", endpoint.id())
          .executeUpdate();
    }
    em.remove(endpoint);
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }
}

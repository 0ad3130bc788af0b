package dev.portico.apikey.infra;

import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeyRepository;
import dev.portico.apikey.domain.ApiKeySecret;
import dev.portico.apikey.domain.ApiKeyStatus;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ApiKeyRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(ApiKey key, ApiKeySecret firstSecret) {
    EntityManager em = tenant.get();
    em.persist(key);
    em.flush();
    em.persist(firstSecret);
  }

  @Override
  public Optional<ApiKey> find(String id) {
    return Optional.ofNullable(tenant.get().find(ApiKey.class, id));
  }

  @Override
  public List<ApiKey> list(ListQuery<ApiKey> query, Instant now) {
    ListJpql<ApiKey> jpql = ListJpql.select(ApiKey.class, "k", query);
    query
        .oneOf("status", ApiKeyStatus.texts())
        .flatMap(ApiKeyStatus::parse)
        .ifPresent(
            status -> {
              switch (status) {
                case REVOKED -> jpql.where("k.status = :status", "status", "revoked");
                case ACTIVE ->
                    jpql.where("k.status = :status", "status", "active")
                        .where("(k.expiresAt IS NULL OR k.expiresAt > :now)", "now", now);
                case EXPIRED ->
                    jpql.where("k.status = :status", "status", "active")
                        .where("k.expiresAt <= :now", "now", now);
              }
            });
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }

  @Override
  public List<ApiKeySecret> currentSecrets(String apiKeyId) {
    return tenant
        .get()
        .createQuery(
            "SELECT s FROM ApiKeySecret s WHERE s.apiKeyId = :key AND s.expiresAt IS NULL",
            ApiKeySecret.class)
        .setParameter("key", apiKeyId)
        .getResultList();
  }

  @Override
  public void addSecret(ApiKeySecret secret) {
    tenant.get().persist(secret);
  }
}

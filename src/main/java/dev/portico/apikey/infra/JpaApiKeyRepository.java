package dev.portico.apikey.infra;

import dev.portico.apikey.domain.ApiKey;
import dev.portico.apikey.domain.ApiKeyRepository;
import dev.portico.apikey.domain.ApiKeySecret;
import dev.portico.apikey.domain.ApiKeyStatus;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
  public List<ApiKey> list(ApiKeyStatus status, String afterId, int limit, Instant now) {
    StringBuilder jpql = new StringBuilder("SELECT k FROM ApiKey k WHERE 1 = 1");
    if (afterId != null) {
      jpql.append(" AND k.id < :afterId");
    }
    if (status == ApiKeyStatus.REVOKED) {
      jpql.append(" AND k.status = 'revoked'");
    } else if (status == ApiKeyStatus.ACTIVE) {
      jpql.append(" AND k.status = 'active' AND (k.expiresAt IS NULL OR k.expiresAt > :now)");
    } else if (status == ApiKeyStatus.EXPIRED) {
      jpql.append(" AND k.status = 'active' AND k.expiresAt <= :now");
    }
    jpql.append(" ORDER BY k.id DESC");
    TypedQuery<ApiKey> query = tenant.get().createQuery(jpql.toString(), ApiKey.class);
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    if (status == ApiKeyStatus.ACTIVE || status == ApiKeyStatus.EXPIRED) {
      query.setParameter("now", now);
    }
    return query.setMaxResults(limit + 1).getResultList();
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

package dev.portico.webhook.infra;

import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import dev.portico.webhook.domain.MessageStatus;
import dev.portico.webhook.domain.WebhookAttempt;
import dev.portico.webhook.domain.WebhookMessage;
import dev.portico.webhook.domain.WebhookMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link WebhookMessageRepository} on JPA; the tenant filter comes from TenantEntityManager. */
@ApplicationScoped
public class JpaWebhookMessageRepository implements WebhookMessageRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(WebhookMessage message) {
    tenant.get().persist(message);
  }

  @Override
  public Optional<WebhookMessage> find(String endpointId, String messageId) {
    return Optional.ofNullable(tenant.get().find(WebhookMessage.class, messageId))
        .filter(message -> message.endpointId().equals(endpointId));
  }

  @Override
  public List<WebhookMessage> list(String endpointId, ListQuery<WebhookMessage> query) {
    ListJpql<WebhookMessage> jpql =
        ListJpql.select(WebhookMessage.class, "m", query)
            .where("m.endpointId = :endpoint", "endpoint", endpointId);
    query
        .oneOf("status", MessageStatus.texts())
        .ifPresent(status -> jpql.where("m.status = :status", "status", status));
    query.text("event_type").ifPresent(type -> jpql.where("m.eventType = :type", "type", type));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }

  @Override
  public List<WebhookAttempt> attempts(String messageId, ListQuery<WebhookAttempt> query) {
    return ListJpql.select(WebhookAttempt.class, "a", query)
        .where("a.messageId = :message", "message", messageId)
        .createdRange("attemptedAt")
        .fetch(tenant.get());
  }

  @Override
  public List<WebhookMessage> failedSince(String endpointId, Instant since, int max) {
    return tenant
        .get()
        .createQuery(
            "SELECT m FROM WebhookMessage m WHERE m.endpointId = :endpoint"
                + " AND m.status = :failed AND m.createdAt >= :since ORDER BY m.createdAt, m.id",
            WebhookMessage.class)
        .setParameter("endpoint", endpointId)
        .setParameter("failed", MessageStatus.FAILED.text())
        .setParameter("since", since)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void flush() {
    tenant.get().flush();
  }
}

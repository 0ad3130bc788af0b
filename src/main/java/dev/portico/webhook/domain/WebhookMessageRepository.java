package dev.portico.webhook.domain;

import dev.portico.platform.listing.ListQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Messages and their attempts, in the caller's organization and mode. */
public interface WebhookMessageRepository {

  void add(WebhookMessage message);

  Optional<WebhookMessage> find(String endpointId, String messageId);

  List<WebhookMessage> list(String endpointId, ListQuery<WebhookMessage> query);

  List<WebhookAttempt> attempts(String messageId, ListQuery<WebhookAttempt> query);

  /** The endpoint's failed messages created at or after {@code since}, at most {@code max}. */
  List<WebhookMessage> failedSince(String endpointId, Instant since, int max);

  void flush();
}

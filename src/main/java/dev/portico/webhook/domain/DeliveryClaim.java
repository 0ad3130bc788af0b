package dev.portico.webhook.domain;

import dev.portico.platform.tenancy.TenantKey;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A message claimed for one attempt, with what the attempt needs: its endpoint as it stands now and
 * the endpoint's sealed secrets that sign at {@code claimedAt}. {@code attempts} were made before
 * this one; {@code retryBase} of them before the current round.
 */
public record DeliveryClaim(
    String messageId,
    TenantKey tenant,
    String endpointId,
    URI url,
    EndpointStatus endpointStatus,
    Instant failingSince,
    String eventType,
    String payload,
    int attempts,
    int retryBase,
    List<String> sealedSecrets,
    Instant claimedAt) {

  public int attemptNumber() {
    return attempts + 1;
  }

  /** Failed attempts in this round once this one fails too. */
  public int failuresInRoundAfterThis() {
    return attempts + 1 - retryBase;
  }

  /** This claim's message, as the delivery queue wakes it. */
  public MessagesDue.DueMessage due() {
    return new MessagesDue.DueMessage(messageId, endpointId);
  }
}

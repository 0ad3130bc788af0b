package dev.portico.webhook;

import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.infra.DeliveryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Claims a message for one attempt in a transaction of its own, committed before the POST. */
@ApplicationScoped
public class DeliveryClaims {

  @Inject DeliveryStore store;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<DeliveryClaim> claim(String messageId, Instant now, Instant leaseEnd) {
    return store.claim(messageId, now, leaseEnd);
  }
}

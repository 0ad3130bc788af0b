package dev.portico.webhook;

import dev.portico.event.EventOutbox;
import dev.portico.platform.security.Actor;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.api.WebhookEndpointResponse;
import dev.portico.webhook.domain.DeliveryClaim;
import dev.portico.webhook.domain.DisabledReason;
import dev.portico.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Disables an endpoint on Portico's own decision (a 410 Gone, or failing for too long) and records
 * {@code webhook_endpoint.disabled}, once, in the caller's transaction.
 */
@ApplicationScoped
public class EndpointDisabler {

  private static final Logger LOG = Logger.getLogger(EndpointDisabler.class.getName());

  @Inject CallerContext callerContext;
  @Inject WebhookEndpointRepository endpoints;
  @Inject EventOutbox outbox;

  @Transactional(Transactional.TxType.MANDATORY)
  public void disable(DeliveryClaim claim, DisabledReason reason) {
    Caller portico =
        new Caller(
            claim.tenant().organizationId(), claim.tenant().livemode(), Actor.SYSTEM, Scope.all());
    callerContext.actAs(
        portico,
        () -> {
          endpoints
              .find(claim.endpointId())
              .filter(endpoint -> endpoint.disable(reason, PorticoClock.UTC_MILLIS))
              .ifPresent(
                  endpoint -> {
                    endpoints.flush();
                    outbox.record(
                        "webhook_endpoint.disabled",
                        endpoint.id(),
                        WebhookEndpointResponse.of(endpoint));
                    LOG.info(() -> endpoint.id() + " disabled: " + reason.text());
                  });
          return null;
        });
  }
}

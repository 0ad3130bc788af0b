package dev.portico.webhook;

import dev.portico.audit.AuditLog;
import dev.portico.event.domain.EventEnvelope;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.json.PorticoJsonb;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.Caller;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.security.SecretBox;
import dev.portico.platform.tenancy.TenantKey;
import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.api.WebhookTestObject;
import dev.portico.webhook.domain.EndpointSettings;
import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.domain.SigningSecret;
import dev.portico.webhook.domain.WebhookEndpoint;
import dev.portico.webhook.domain.WebhookEndpointRepository;
import dev.portico.webhook.domain.WebhookMessage;
import dev.portico.webhook.domain.WebhookMessageRepository;
import dev.portico.webhook.domain.WebhookSecret;
import dev.portico.webhook.infra.EndpointTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The transaction boundary of webhook endpoints: each change is audited in its transaction, within
 * the caller's organization and mode. A URL is checked (scheme, and where it resolves) whenever it
 * is set; secrets are sealed at rest and shown only at creation or on an audited reveal.
 */
@ApplicationScoped
@Transactional
public class WebhookEndpointService {

  public static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);

  /** Failed messages one recovery queues at most; a caller recovers the rest with a later since. */
  static final int RECOVER_MAX = 10_000;

  @Inject CallerContext callerContext;
  @Inject WebhookEndpointRepository endpoints;
  @Inject WebhookMessageRepository messages;
  @Inject EndpointTargets targets;
  @Inject SecretBox secretBox;
  @Inject OpenedSecrets openedSecrets;
  @Inject AuditLog audit;
  @Inject Event<MessagesDue> due;

  private final Clock clock = PorticoClock.UTC_MILLIS;

  public IssuedEndpoint create(EndpointSettings settings) {
    Caller caller = requireWrite();
    targets.requireAllowed(settings.url(), caller.livemode());
    TenantKey tenant = TenantKey.of(caller);
    WebhookEndpoint endpoint = WebhookEndpoint.create(tenant, settings, clock);
    SigningSecret secret = SigningSecret.generate();
    endpoints.add(endpoint, seal(tenant, endpoint.id(), secret));
    audit.record(
        "webhook_endpoint.created",
        WebhookEndpointAudit.target(endpoint),
        WebhookEndpointAudit.between(null, settings));
    return new IssuedEndpoint(endpoint, secret);
  }

  public List<WebhookEndpoint> list(ListQuery<WebhookEndpoint> query) {
    return endpoints.list(query);
  }

  public WebhookEndpoint get(String id) {
    return endpoints
        .find(id)
        .orElseThrow(() -> new ObjectNotFoundException("webhook endpoint", id));
  }

  public WebhookEndpoint update(
      String id, IfMatch precondition, UnaryOperator<EndpointSettings> change) {
    Caller caller = requireWrite();
    WebhookEndpoint endpoint = get(id);
    precondition.check(endpoint.version());
    EndpointSettings before = endpoint.settings();
    EndpointSettings after = change.apply(before);
    if (!after.url().equals(before.url())) {
      targets.requireAllowed(after.url(), caller.livemode());
    }
    endpoint.update(after, clock);
    endpoints.flush();
    audit.record(
        "webhook_endpoint.updated",
        WebhookEndpointAudit.target(endpoint),
        WebhookEndpointAudit.between(before, after));
    return endpoint;
  }

  /** Deletes the endpoint with its secrets, messages and delivery log. */
  public WebhookEndpoint delete(String id, IfMatch precondition) {
    requireWrite();
    WebhookEndpoint endpoint = get(id);
    precondition.check(endpoint.version());
    audit.record(
        "webhook_endpoint.deleted",
        WebhookEndpointAudit.target(endpoint),
        WebhookEndpointAudit.removed(endpoint.settings()));
    endpoints.remove(endpoint);
    return endpoint;
  }

  /**
   * A new signing secret; the current ones keep signing for {@code overlap} (zero ends them now),
   * so every delivery meanwhile carries both signatures.
   */
  public IssuedEndpoint rotateSecret(String id, Duration overlap) {
    Caller caller = requireWrite();
    WebhookEndpoint endpoint = get(id);
    Instant now = clock.instant();
    Instant previousEnds = now.plus(overlap);
    for (WebhookSecret current : endpoints.secrets(id)) {
      if (current.signsAt(now)) {
        current.retireAt(previousEnds);
      }
    }
    SigningSecret secret = SigningSecret.generate();
    endpoints.addSecret(seal(TenantKey.of(caller), id, secret));
    endpoints.flush();
    audit.record(
        "webhook_endpoint.secret_rotated",
        WebhookEndpointAudit.target(endpoint),
        List.of(WebhookEndpointAudit.ends("previous_secret_expires_at", previousEnds)));
    return new IssuedEndpoint(endpoint, secret);
  }

  /** The secrets that sign now, shown on request; the reveal is audited. */
  public RevealedSecrets revealSecrets(String id) {
    requireWrite();
    WebhookEndpoint endpoint = get(id);
    Instant now = clock.instant();
    SigningSecret current = null;
    List<RevealedSecrets.Previous> previous = new ArrayList<>();
    for (WebhookSecret secret : endpoints.secrets(id)) {
      if (!secret.signsAt(now)) {
        continue;
      }
      SigningSecret opened = open(id, secret);
      if (secret.expiresAt() == null && current == null) {
        current = opened;
      } else {
        previous.add(new RevealedSecrets.Previous(opened, secret.expiresAt()));
      }
    }
    audit.record(
        "webhook_endpoint.secret_revealed",
        WebhookEndpointAudit.target(endpoint),
        List.of(WebhookEndpointAudit.revealed()));
    return new RevealedSecrets(id, current, previous);
  }

  /** A {@code webhook.test} message to this endpoint alone, due at once. */
  public WebhookMessage sendTest(String id) {
    Caller caller = requireWrite();
    WebhookEndpoint endpoint = get(id);
    Instant now = clock.instant();
    String eventId = PrefixedIds.generate("evt", clock);
    String payload =
        EventEnvelope.json(
            eventId,
            "webhook.test",
            now,
            caller.livemode(),
            PorticoJsonb.get().toJson(WebhookTestObject.to(endpoint.id())));
    WebhookMessage message =
        WebhookMessage.due(
            TenantKey.of(caller), endpoint.id(), eventId, "webhook.test", payload, clock);
    messages.add(message);
    messages.flush();
    due.fire(MessagesDue.of(message.id(), id));
    return message;
  }

  /** Every failed message of the endpoint created since {@code since} is due again now. */
  public int recover(String id, Instant since) {
    requireWrite();
    get(id);
    List<WebhookMessage> failed = messages.failedSince(id, since, RECOVER_MAX);
    failed.forEach(message -> message.resend(clock));
    messages.flush();
    if (!failed.isEmpty()) {
      due.fire(
          new MessagesDue(
              failed.stream().map(m -> new MessagesDue.DueMessage(m.id(), id)).toList()));
    }
    return failed.size();
  }

  private WebhookSecret seal(TenantKey tenant, String endpointId, SigningSecret secret) {
    return new WebhookSecret(
        tenant, endpointId, secretBox.seal(secret.key(), SecretContexts.of(endpointId)), clock);
  }

  private SigningSecret open(String endpointId, WebhookSecret secret) {
    return openedSecrets.of(endpointId, secret.sealedSecret());
  }

  /** The API checks this in its filter chain too; the portal relies on this check alone. */
  private Caller requireWrite() {
    Caller caller = callerContext.current();
    if (!caller.has(Scope.WEBHOOKS_WRITE)) {
      throw AuthenticationChallenges.insufficientScope(Scope.WEBHOOKS_WRITE);
    }
    return caller;
  }
}

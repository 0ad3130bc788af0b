package dev.portico.webhook;

import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.problem.ObjectNotFoundException;
import dev.portico.platform.security.AuthenticationChallenges;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.Scope;
import dev.portico.platform.time.PorticoClock;
import dev.portico.webhook.domain.MessagesDue;
import dev.portico.webhook.domain.WebhookAttempt;
import dev.portico.webhook.domain.WebhookEndpointRepository;
import dev.portico.webhook.domain.WebhookMessage;
import dev.portico.webhook.domain.WebhookMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads an endpoint's messages and their delivery log, and resends a message. */
@ApplicationScoped
@Transactional
public class WebhookMessageService {

  @Inject CallerContext callerContext;
  @Inject WebhookEndpointRepository endpoints;
  @Inject WebhookMessageRepository messages;
  @Inject Event<MessagesDue> due;

  public List<WebhookMessage> list(String endpointId, ListQuery<WebhookMessage> query) {
    requireEndpoint(endpointId);
    return messages.list(endpointId, query);
  }

  public WebhookMessage get(String endpointId, String messageId) {
    requireEndpoint(endpointId);
    return messages
        .find(endpointId, messageId)
        .orElseThrow(() -> new ObjectNotFoundException("webhook message", messageId));
  }

  public List<WebhookAttempt> attempts(
      String endpointId, String messageId, ListQuery<WebhookAttempt> query) {
    get(endpointId, messageId);
    return messages.attempts(messageId, query);
  }

  /** A new round of attempts with the same {@code webhook-id}, the first due at once. */
  public WebhookMessage resend(String endpointId, String messageId) {
    if (!callerContext.current().has(Scope.WEBHOOKS_WRITE)) {
      throw AuthenticationChallenges.insufficientScope(Scope.WEBHOOKS_WRITE);
    }
    WebhookMessage message = get(endpointId, messageId);
    message.resend(PorticoClock.UTC_MILLIS);
    messages.flush();
    due.fire(MessagesDue.of(message.id(), endpointId));
    return message;
  }

  private void requireEndpoint(String endpointId) {
    if (endpoints.find(endpointId).isEmpty()) {
      throw new ObjectNotFoundException("webhook endpoint", endpointId);
    }
  }
}

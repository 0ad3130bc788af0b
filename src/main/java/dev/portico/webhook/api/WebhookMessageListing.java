package dev.portico.webhook.api;

import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import dev.portico.webhook.domain.WebhookMessage;
import java.util.HashSet;
import java.util.Set;

/**
 * How an endpoint's messages are listed: by {@code status} and {@code event_type}, newest first.
 */
public final class WebhookMessageListing {

  public static final ListSpec<WebhookMessage> SPEC = spec();

  private WebhookMessageListing() {}

  private static ListSpec<WebhookMessage> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("status");
    filters.add("event_type");
    return ListSpec.of(
        "webhook_messages",
        WebhookMessageResponse.class,
        WebhookMessage::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", WebhookMessage::createdAt));
  }
}

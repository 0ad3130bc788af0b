package dev.portico.webhook.api;

import dev.portico.platform.listing.ListSpec;
import dev.portico.platform.listing.SortKey;
import dev.portico.webhook.domain.WebhookEndpoint;
import java.util.HashSet;
import java.util.Set;

/** How endpoints are listed: {@code status} and the creation-time filters, newest first. */
public final class WebhookEndpointListing {

  public static final ListSpec<WebhookEndpoint> SPEC = spec();

  private WebhookEndpointListing() {}

  private static ListSpec<WebhookEndpoint> spec() {
    Set<String> filters = new HashSet<>(ListSpec.CREATED_FILTERS);
    filters.add("status");
    return ListSpec.of(
        "webhook_endpoints",
        WebhookEndpointResponse.class,
        WebhookEndpoint::id,
        filters,
        true,
        SortKey.instant("created_at", "createdAt", WebhookEndpoint::createdAt));
  }
}

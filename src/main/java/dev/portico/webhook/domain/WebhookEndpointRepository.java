package dev.portico.webhook.domain;

import dev.portico.platform.listing.ListQuery;
import java.util.List;
import java.util.Optional;

/** Endpoints and their secrets, in the caller's organization and mode. */
public interface WebhookEndpointRepository {

  void add(WebhookEndpoint endpoint, WebhookSecret firstSecret);

  Optional<WebhookEndpoint> find(String id);

  List<WebhookEndpoint> list(ListQuery<WebhookEndpoint> query);

  /** The endpoint's secrets, newest first, expired ones included. */
  List<WebhookSecret> secrets(String endpointId);

  void addSecret(WebhookSecret secret);

  /** Removes the endpoint with its secrets, messages and attempts. */
  void remove(WebhookEndpoint endpoint);

  void flush();
}

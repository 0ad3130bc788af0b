package dev.portico.webhook.infra;

import dev.portico.webhook.WebhookConfig;
import dev.portico.webhook.domain.DeliveryOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;

/** The server's one webhook HTTP client, configured from {@link WebhookConfig}. */
@ApplicationScoped
public class WebhookSender {

  /** Connections in all; more deliveries at once than the consumers run never happen. */
  private static final int MAX_CONNECTIONS = 200;

  /**
   * Connections to one host and port: several endpoints may share one, and each endpoint's own
   * bound is its gate (EndpointGates), so this one only keeps a runaway from taking every socket.
   */
  private static final int MAX_CONNECTIONS_PER_HOST = 64;

  @Inject WebhookConfig config;

  private WebhookHttpClient client;

  @PostConstruct
  void open() {
    client =
        new WebhookHttpClient(
            new WebhookHttpSettings(
                config.connectTimeout(),
                config.timeout(),
                config.allowPrivateTargets(),
                MAX_CONNECTIONS,
                MAX_CONNECTIONS_PER_HOST));
  }

  public DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body) {
    return client.post(url, headers, body);
  }

  @PreDestroy
  void close() {
    client.close();
  }
}

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
                config.maxConcurrentPerEndpoint()));
  }

  public DeliveryOutcome post(URI url, Map<String, String> headers, byte[] body) {
    return client.post(url, headers, body);
  }

  @PreDestroy
  void close() {
    client.close();
  }
}

package dev.portico.webhook.infra;

import dev.portico.platform.problem.ProblemException;
import dev.portico.webhook.WebhookConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Refuses an endpoint URL no delivery may go to: not https in live mode, or resolving to a private,
 * loopback, link-local or metadata address (unless {@code portico.webhooks.allow-private-targets}).
 * Checked again at every delivery, by the client.
 */
@ApplicationScoped
public class EndpointTargets {

  @Inject WebhookConfig config;

  private WebhookUrlValidator validator;

  @PostConstruct
  void build() {
    validator = new WebhookUrlValidator(config.allowPrivateTargets());
  }

  public void requireAllowed(URI url, boolean livemode) {
    UrlVerdict verdict = validator.check(url.toString(), livemode);
    if (!verdict.accepted()) {
      throw ProblemException.invalidField("url", verdict.reason());
    }
  }
}

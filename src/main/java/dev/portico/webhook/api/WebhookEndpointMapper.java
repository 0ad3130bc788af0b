package dev.portico.webhook.api;

import dev.portico.platform.json.PatchBody;
import dev.portico.platform.problem.ProblemException;
import dev.portico.webhook.catalog.WebhookEventTypes;
import dev.portico.webhook.domain.EnabledEvents;
import dev.portico.webhook.domain.EndpointSettings;
import dev.portico.webhook.domain.EndpointStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Turns request bodies into endpoint settings, refusing what no endpoint can have. */
final class WebhookEndpointMapper {

  private WebhookEndpointMapper() {}

  static EndpointSettings create(CreateWebhookEndpointRequest body) {
    return new EndpointSettings(
        url(body.url()),
        blankToNull(body.description()),
        events(body.enabledEvents()),
        EndpointStatus.ENABLED);
  }

  static EndpointSettings update(
      EndpointSettings current, PatchBody<UpdateWebhookEndpointRequest> patch) {
    UpdateWebhookEndpointRequest body = patch.value();
    if (patch.has("enabled_events") && body.enabledEvents() == null) {
      throw ProblemException.invalidField("enabled_events", "must not be null");
    }
    if (patch.has("status") && body.status() == null) {
      throw ProblemException.invalidField("status", "must not be null");
    }
    if (patch.has("url") && body.url() == null) {
      throw ProblemException.invalidField("url", "must not be null");
    }
    return new EndpointSettings(
        patch.has("url") ? url(body.url()) : current.url(),
        patch.has("description") ? blankToNull(body.description()) : current.description(),
        patch.has("enabled_events") ? events(body.enabledEvents()) : current.enabledEvents(),
        patch.has("status") ? status(body.status()) : current.status());
  }

  private static URI url(String text) {
    try {
      URI url = new URI(text.strip());
      if (!url.isAbsolute() || url.getHost() == null) {
        throw ProblemException.invalidField("url", "must be an absolute http or https URL");
      }
      return url;
    } catch (URISyntaxException e) {
      throw ProblemException.invalidField("url", "is not a URL: " + e.getReason());
    }
  }

  private static EnabledEvents events(List<String> types) {
    if (types.contains(EnabledEvents.ALL)) {
      if (types.size() > 1) {
        throw ProblemException.invalidField(
            "enabled_events", "\"*\" already means every type; send it alone");
      }
      return EnabledEvents.all();
    }
    for (String type : types) {
      if (!WebhookEventTypes.isKnown(type)) {
        throw ProblemException.invalidField(
            "enabled_events",
            "unknown event type \"" + type + "\"; GET /api/v1/webhook-events lists them");
      }
    }
    return new EnabledEvents(types);
  }

  private static EndpointStatus status(String text) {
    return EndpointStatus.parse(text)
        .orElseThrow(() -> ProblemException.invalidField("status", "must be enabled or disabled"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

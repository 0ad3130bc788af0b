package dev.portico.webhook;

import dev.portico.audit.domain.AuditTarget;
import dev.portico.audit.domain.FieldChange;
import dev.portico.webhook.domain.EndpointSettings;
import dev.portico.webhook.domain.WebhookEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/** The audit log's view of an endpoint's settings, as the API names them. Never a secret. */
final class WebhookEndpointAudit {

  private WebhookEndpointAudit() {}

  static AuditTarget target(WebhookEndpoint endpoint) {
    return new AuditTarget("webhook_endpoint", endpoint.id());
  }

  static List<FieldChange> between(EndpointSettings before, EndpointSettings after) {
    return List.of(
        new FieldChange(
            "url",
            text(before == null ? null : before.url().toString()),
            text(after.url().toString())),
        new FieldChange(
            "description",
            text(before == null ? null : before.description()),
            text(after.description())),
        new FieldChange(
            "enabled_events",
            before == null ? JsonValue.NULL : strings(before.enabledEvents().types()),
            strings(after.enabledEvents().types())),
        new FieldChange(
            "status",
            text(before == null ? null : before.status().text()),
            text(after.status().text())));
  }

  /** A deleted endpoint: its url and status, as they were, to nothing. */
  static List<FieldChange> removed(EndpointSettings before) {
    return List.of(
        new FieldChange("url", text(before.url().toString()), JsonValue.NULL),
        new FieldChange("status", text(before.status().text()), JsonValue.NULL));
  }

  /** A reveal changes nothing; the record says the secrets were shown, never what they are. */
  static FieldChange revealed() {
    return new FieldChange("secret", JsonValue.NULL, text("revealed"));
  }

  static FieldChange ends(String field, Instant end) {
    return new FieldChange(
        field, JsonValue.NULL, end == null ? JsonValue.NULL : text(end.toString()));
  }

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  private static JsonValue strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }
}

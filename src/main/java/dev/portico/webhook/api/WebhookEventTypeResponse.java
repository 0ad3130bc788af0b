package dev.portico.webhook.api;

import dev.portico.webhook.catalog.WebhookEventCatalog;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A type of webhook event as the catalogue shows it: what it means, its schema, an example. */
@Schema(name = "WebhookEventType")
@JsonbPropertyOrder({"object", "type", "description", "schema", "example"})
public record WebhookEventTypeResponse(
    @Schema(description = "Always \"webhook_event_type\".", example = "webhook_event_type")
        String object,
    @Schema(description = "The event type, <object>.<change>.", example = "job.completed")
        String type,
    @Schema(description = "What happened when an event of this type is sent.") String description,
    @Schema(
            type = SchemaType.OBJECT,
            description =
                "The JSON Schema (draft 2020-12) of the whole payload of this type, data.object"
                    + " included, generated from the same records the API answers with. Objects"
                    + " may gain properties (none is renamed or removed), so the schema allows"
                    + " properties it does not list.")
        JsonObject schema,
    @Schema(
            type = SchemaType.OBJECT,
            description = "A payload of this type, as a delivery carries it; valid by the schema.")
        JsonObject example) {

  static WebhookEventTypeResponse of(WebhookEventCatalog.Entry entry) {
    return new WebhookEventTypeResponse(
        "webhook_event_type", entry.type(), entry.description(), entry.schema(), entry.example());
  }
}

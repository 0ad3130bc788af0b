package dev.portico.webhook.api;

import dev.portico.webhook.domain.WebhookMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event for one endpoint; its id is the {@code webhook-id} header of every attempt. */
@Schema(name = "WebhookMessage")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "endpoint",
  "event",
  "eventType",
  "status",
  "attempts",
  "nextAttemptAt",
  "lastAttemptAt",
  "payload",
  "createdAt",
  "updatedAt"
})
public record WebhookMessageResponse(
    @Schema(example = "msg_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"webhook_message\".", example = "webhook_message") String object,
    boolean livemode,
    @Schema(example = "whep_0GZlGz3ZzMXlqC1aYw8N1w") String endpoint,
    @Schema(example = "evt_0GZlGz3ZzMXlqC1aYw8N1w") String event,
    @Schema(example = "job.completed") String eventType,
    @Schema(
            description =
                "pending (an attempt is due at next_attempt_at), succeeded, or failed (its"
                    + " retries are spent, or its endpoint was disabled).",
            enumeration = {"pending", "succeeded", "failed"},
            example = "succeeded")
        String status,
    @Schema(description = "Attempts made so far.", example = "1") int attempts,
    @Schema(nullable = true) @JsonbNillable Instant nextAttemptAt,
    @Schema(nullable = true) @JsonbNillable Instant lastAttemptAt,
    @Schema(
            type = SchemaType.OBJECT,
            description = "The body every attempt sends, byte for byte as JSON.")
        JsonObject payload,
    @Schema(example = "2026-12-05T09:20:45.123Z") Instant createdAt,
    @Schema(example = "2026-12-05T09:20:46.001Z") Instant updatedAt) {

  public static WebhookMessageResponse of(WebhookMessage message) {
    JsonObject payload;
    try (JsonReader reader = Json.createReader(new StringReader(message.payload()))) {
      payload = reader.readObject();
    }
    return new WebhookMessageResponse(
        message.id(),
        "webhook_message",
        message.livemode(),
        message.endpointId(),
        message.eventId(),
        message.eventType(),
        message.status().text(),
        message.attempts(),
        message.nextAttemptAt(),
        message.lastAttemptAt(),
        payload,
        message.createdAt(),
        message.updatedAt());
  }
}

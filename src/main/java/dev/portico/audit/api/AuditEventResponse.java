package dev.portico.audit.api;

import dev.portico.audit.domain.AuditEvent;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as the API shows it. */
@Schema(name = "AuditEvent")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "action",
  "actor",
  "target",
  "changes",
  "ip",
  "requestId",
  "createdAt",
  "updatedAt"
})
public record AuditEventResponse(
    @Schema(example = "aud_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"audit_event\".", example = "audit_event") String object,
    @Schema(description = "The mode the change was made in.") boolean livemode,
    @Schema(
            description = "api_key.created, api_key.updated, api_key.rotated or api_key.revoked.",
            example = "api_key.updated")
        String action,
    @Schema(description = "Who made the change.") Reference actor,
    @Schema(description = "What was changed.") Reference target,
    @Schema(
            type = SchemaType.OBJECT,
            description = "Each changed field with its value before and after.",
            example = "{\"name\":{\"before\":\"Billing\",\"after\":\"Billing sync\"}}")
        JsonObject changes,
    @Schema(
            nullable = true,
            description = "The client address; null for Portico's own work.",
            example = "203.0.113.7")
        @JsonbNillable
        String ip,
    @Schema(nullable = true, example = "req_0GZlGz3ZzMXlqC1aYw8N1w") @JsonbNillable
        String requestId,
    @Schema(example = "2026-11-24T09:20:45.123Z") Instant createdAt,
    @Schema(description = "Equal to created_at: events never change.") Instant updatedAt) {

  /** A typed reference: {@code {"type":"api_key","id":"key_…"}}. */
  @Schema(name = "AuditReference")
  @JsonbPropertyOrder({"type", "id"})
  public record Reference(
      @Schema(
              description =
                  "api_key, user, oauth_client, system or operator (the business that runs"
                      + " Portico).",
              example = "api_key")
          String type,
      @Schema(example = "key_0GZlGz3ZzMXlqC1aYw8N1w") String id) {}

  static AuditEventResponse of(AuditEvent event) {
    return new AuditEventResponse(
        event.id(),
        "audit_event",
        event.livemode(),
        event.action(),
        new Reference(event.actorType(), event.actorId()),
        new Reference(event.target().type(), event.target().id()),
        event.changes(),
        event.ip(),
        event.requestId(),
        event.createdAt(),
        event.createdAt());
  }
}

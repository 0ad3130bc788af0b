package dev.portico.webhook.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recovery queued: the endpoint's failed messages since a time, each due again now. */
@Schema(name = "WebhookRecovery")
@JsonbPropertyOrder({"object", "endpoint", "since", "requeued"})
public record RecoveryResponse(
    @Schema(example = "webhook_recovery") String object,
    @Schema(example = "whep_0GZlGz3ZzMXlqC1aYw8N1w") String endpoint,
    @Schema(example = "2026-12-01T00:00:00Z") Instant since,
    @Schema(description = "How many failed messages are due again.", example = "12")
        int requeued) {}

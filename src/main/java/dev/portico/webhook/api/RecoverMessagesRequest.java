package dev.portico.webhook.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/webhook-endpoints/{id}/recover}: from when to resend failed messages. */
@Schema(name = "RecoverMessagesRequest")
public record RecoverMessagesRequest(
    @Schema(
            description = "Every failed message of the endpoint created at or after this time.",
            example = "2026-12-01T00:00:00Z")
        @NotNull
        Instant since) {}

package dev.portico.webhook.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/webhook-endpoints/{id}/rotate-secret}: how long the old secret signs. */
@Schema(name = "RotateWebhookSecretRequest")
public record RotateWebhookSecretRequest(
    @Schema(
            description =
                "Seconds during which every delivery carries a signature with the replaced secret"
                    + " too: 0 ends it at once. Default 86400 (24 h), at most 604800 (7 days).",
            example = "3600")
        @Min(0)
        @Max(WebhookBounds.MAX_OVERLAP_SECONDS)
        Long expirePreviousIn) {}

package dev.portico.webhook.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/webhook-endpoints/{id}}: only the fields sent change; null
 * clears the description.
 */
@Schema(name = "UpdateWebhookEndpointRequest")
public record UpdateWebhookEndpointRequest(
    @Schema(example = "https://partner.example.com/webhooks/portico-v2")
        @Size(max = WebhookBounds.URL)
        String url,
    @Schema(nullable = true, example = "Dispatch board") @Size(max = WebhookBounds.DESCRIPTION)
        String description,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = WebhookBounds.EventTypeItem.class,
            example = "[\"*\"]")
        @Size(min = 1, max = WebhookBounds.EVENT_TYPES)
        List<@NotNull @Size(max = WebhookBounds.EVENT_TYPE) String> enabledEvents,
    @Schema(
            description = "enabled or disabled; enabling forgets past failures.",
            enumeration = {"enabled", "disabled"},
            example = "disabled")
        @Size(max = WebhookBounds.STATUS)
        String status) {}

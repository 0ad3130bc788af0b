package dev.portico.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/webhook-endpoints}: a new endpoint in the caller's mode. */
@Schema(name = "CreateWebhookEndpointRequest")
public record CreateWebhookEndpointRequest(
    @Schema(
            description =
                "Where to POST events: https in live mode; never a private, loopback or link-local"
                    + " address.",
            example = "https://partner.example.com/webhooks/portico")
        @NotBlank
        @Size(max = WebhookBounds.URL)
        String url,
    @Schema(description = "A note to recognise the endpoint by.", example = "Dispatch board")
        @Size(max = WebhookBounds.DESCRIPTION)
        String description,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = WebhookBounds.EventTypeItem.class,
            description = "The event types to receive (see /api/v1/webhook-events), or [\"*\"].",
            example = "[\"job.completed\",\"invoice.paid\"]")
        @NotNull
        @Size(min = 1, max = WebhookBounds.EVENT_TYPES)
        List<@NotNull @Size(max = WebhookBounds.EVENT_TYPE) String> enabledEvents) {}

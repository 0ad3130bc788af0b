package dev.portico.webhook.api;

import dev.portico.webhook.domain.DisabledReason;
import dev.portico.webhook.domain.SigningSecret;
import dev.portico.webhook.domain.WebhookEndpoint;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as the API shows it; {@code secret} only in the create response. */
@Schema(name = "WebhookEndpoint")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "url",
  "description",
  "enabledEvents",
  "status",
  "disabledReason",
  "failingSince",
  "secret",
  "createdAt",
  "updatedAt"
})
public record WebhookEndpointResponse(
    @Schema(example = "whep_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"webhook_endpoint\".", example = "webhook_endpoint")
        String object,
    boolean livemode,
    @Schema(example = "https://partner.example.com/webhooks/portico") String url,
    @Schema(nullable = true, example = "Dispatch board") @JsonbNillable String description,
    @Schema(example = "[\"job.completed\",\"invoice.paid\"]") List<String> enabledEvents,
    @Schema(
            enumeration = {"enabled", "disabled"},
            example = "enabled")
        String status,
    @Schema(
            nullable = true,
            description =
                "Why a disabled endpoint is: manual (a caller), gone (it answered 410) or failing"
                    + " (no success for 5 days).",
            enumeration = {"manual", "gone", "failing"})
        @JsonbNillable
        String disabledReason,
    @Schema(nullable = true, description = "Failing without a success since then.") @JsonbNillable
        Instant failingSince,
    @Schema(
            nullable = true,
            description =
                "The signing secret, present only when the endpoint is created: store it now"
                    + " (GET …/secret shows it again, audited).",
            example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
    @Schema(example = "2026-12-05T09:20:45.123Z") Instant createdAt,
    @Schema(example = "2026-12-05T09:20:45.123Z") Instant updatedAt) {

  public static WebhookEndpointResponse of(WebhookEndpoint endpoint) {
    return of(endpoint, null);
  }

  static WebhookEndpointResponse of(WebhookEndpoint endpoint, SigningSecret secret) {
    DisabledReason reason = endpoint.disabledReason();
    return new WebhookEndpointResponse(
        endpoint.id(),
        "webhook_endpoint",
        endpoint.livemode(),
        endpoint.url().toString(),
        endpoint.description(),
        endpoint.enabledEvents().types(),
        endpoint.status().text(),
        reason == null ? null : reason.text(),
        endpoint.failingSince(),
        secret == null ? null : secret.text(),
        endpoint.createdAt(),
        endpoint.updatedAt());
  }
}

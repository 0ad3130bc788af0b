package dev.portico.webhook.api;

import dev.portico.webhook.RevealedSecrets;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An endpoint's signing secrets, shown on an explicit, audited request: the current one, and any
 * replaced one still signing during a rotation's overlap.
 */
@Schema(name = "WebhookEndpointSecret")
@JsonbPropertyOrder({"object", "endpoint", "secret", "previousSecrets"})
public record WebhookSecretResponse(
    @Schema(example = "webhook_endpoint_secret") String object,
    @Schema(example = "whep_0GZlGz3ZzMXlqC1aYw8N1w") String endpoint,
    @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
    @Schema(description = "Replaced secrets that still sign, until their expires_at.")
        List<PreviousSecret> previousSecrets) {

  /** A replaced secret and when it stops signing. */
  @Schema(name = "WebhookEndpointPreviousSecret")
  @JsonbPropertyOrder({"secret", "expiresAt"})
  public record PreviousSecret(
      @Schema(example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD") String secret,
      @Schema(example = "2026-12-06T09:20:45.123Z") Instant expiresAt) {}

  static WebhookSecretResponse of(RevealedSecrets revealed) {
    return new WebhookSecretResponse(
        "webhook_endpoint_secret",
        revealed.endpointId(),
        revealed.current().text(),
        revealed.previous().stream()
            .map(p -> new PreviousSecret(p.secret().text(), p.expiresAt()))
            .toList());
  }
}

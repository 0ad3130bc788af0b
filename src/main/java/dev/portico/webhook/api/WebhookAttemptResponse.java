package dev.portico.webhook.api;

import dev.portico.webhook.domain.WebhookAttempt;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt of the delivery log: when, how long, and what came back or went wrong. */
@Schema(name = "WebhookAttempt")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "message",
  "endpoint",
  "attemptNumber",
  "url",
  "attemptedAt",
  "durationMs",
  "responseStatus",
  "responseBody",
  "errorKind",
  "errorDetail"
})
public record WebhookAttemptResponse(
    @Schema(example = "atmpt_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"webhook_attempt\".", example = "webhook_attempt") String object,
    boolean livemode,
    @Schema(example = "msg_0GZlGz3ZzMXlqC1aYw8N1w") String message,
    @Schema(example = "whep_0GZlGz3ZzMXlqC1aYw8N1w") String endpoint,
    @Schema(description = "1 for the first attempt.", example = "1") int attemptNumber,
    @Schema(example = "https://partner.example.com/webhooks/portico") String url,
    @Schema(example = "2026-12-05T09:20:45.123Z") Instant attemptedAt,
    @Schema(example = "87") long durationMs,
    @Schema(nullable = true, description = "The HTTP status, if an answer came.", example = "200")
        @JsonbNillable
        Integer responseStatus,
    @Schema(nullable = true, description = "The first 4 KiB of the answer's body.") @JsonbNillable
        String responseBody,
    @Schema(
            nullable = true,
            description = "Why no answer came, if none did.",
            enumeration = {
              "timeout",
              "connection_refused",
              "tls",
              "dns",
              "blocked_target",
              "connection"
            })
        @JsonbNillable
        String errorKind,
    @Schema(nullable = true) @JsonbNillable String errorDetail) {

  static WebhookAttemptResponse of(WebhookAttempt attempt) {
    return new WebhookAttemptResponse(
        attempt.id(),
        "webhook_attempt",
        attempt.livemode(),
        attempt.messageId(),
        attempt.endpointId(),
        attempt.attemptNumber(),
        attempt.url(),
        attempt.attemptedAt(),
        attempt.durationMs(),
        attempt.responseStatus(),
        attempt.responseBody(),
        attempt.errorKind(),
        attempt.errorDetail());
  }
}

package dev.portico.webhook.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The object of a {@code webhook.test} event: which endpoint it was sent to, and a note. */
@Schema(name = "WebhookTest")
@JsonbPropertyOrder({"object", "endpoint", "message"})
public record WebhookTestObject(
    @Schema(description = "Always \"webhook_test\".", example = "webhook_test") String object,
    @Schema(
            description = "The endpoint the test was sent to.",
            example = "whep_0GZlGz3ZzMXlqC1aYw8N1w")
        String endpoint,
    @Schema(example = "A test event sent from Portico.") String message) {

  public static WebhookTestObject to(String endpointId) {
    return new WebhookTestObject("webhook_test", endpointId, "A test event sent from Portico.");
  }
}

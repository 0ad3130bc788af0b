package dev.portico.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code POST /api/v1/echo} answers: the request's own content, with its request id. */
@JsonbPropertyOrder({"object", "requestId", "message", "data", "receivedAt"})
public record EchoResponse(
    @Schema(description = "Always \"echo\".", example = "echo") String object,
    @Schema(description = "The request's id, as in the Request-Id header.") String requestId,
    @Schema(description = "The message sent.") String message,
    @Schema(description = "The data sent, unchanged.") JsonObject data,
    @Schema(description = "When the server received the request (RFC 3339, UTC).")
        Instant receivedAt) {}

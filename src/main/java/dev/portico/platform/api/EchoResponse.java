package dev.portico.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** What {@code POST /api/v1/echo} answers: the request's own content, with its request id. */
@JsonbPropertyOrder({"object", "requestId", "message", "data", "receivedAt"})
public record EchoResponse(
    String object, String requestId, String message, JsonObject data, Instant receivedAt) {}

package dev.portico.platform.idempotency;

/**
 * The first answer to an idempotent request, kept to be replayed as it was (the API answers in
 * UTF-8 JSON).
 */
public record StoredResponse(
    int status, String contentType, String location, String etag, String body) {}

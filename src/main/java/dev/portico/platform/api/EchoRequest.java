package dev.portico.platform.api;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/echo}. */
@Schema(name = "EchoRequest", description = "A message, and optionally any JSON object, to echo.")
public record EchoRequest(
    @Schema(description = "Any text, 1 to 2000 characters.", example = "hello", required = true)
        @NotBlank
        @Size(max = 2000)
        String message,
    @Schema(description = "Any JSON object; returned unchanged.") JsonObject data) {}

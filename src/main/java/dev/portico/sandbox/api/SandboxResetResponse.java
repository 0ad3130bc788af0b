package dev.portico.sandbox.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a reset. */
@Schema(name = "SandboxReset")
@JsonbPropertyOrder({"object", "livemode", "deleted"})
public record SandboxResetResponse(
    @Schema(description = "Always \"sandbox_reset\".", example = "sandbox_reset") String object,
    @Schema(description = "Always false.") boolean livemode,
    ErasedObjects deleted) {}

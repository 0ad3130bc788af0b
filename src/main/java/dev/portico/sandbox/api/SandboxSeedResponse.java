package dev.portico.sandbox.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a seed. */
@Schema(name = "SandboxSeed")
@JsonbPropertyOrder({"object", "livemode", "created"})
public record SandboxSeedResponse(
    @Schema(description = "Always \"sandbox_seed\".", example = "sandbox_seed") String object,
    @Schema(description = "Always false.") boolean livemode,
    SeededObjects created) {}

package dev.portico.job.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/jobs/{id}/assign}: who does the work. */
@Schema(name = "AssignJobRequest")
public record AssignJobRequest(
    @NotBlank @Size(max = 200) @Schema(required = true, example = "Grace Hopper")
        String technician) {}

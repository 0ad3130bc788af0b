package dev.portico.apikey.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/api-keys/{id}/rotate}: how long the replaced secret keeps working. */
@Schema(name = "RotateApiKeyRequest")
public record RotateApiKeyRequest(
    @Schema(
            description =
                "Seconds the current secret stays valid after rotation: 0 ends it at once."
                    + " Default 86400 (24 h), at most 604800 (7 days).",
            example = "3600")
        @Min(0)
        @Max(604_800)
        Long gracePeriodSeconds) {}

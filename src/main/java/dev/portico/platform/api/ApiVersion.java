package dev.portico.platform.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of the API and where it is served. */
public record ApiVersion(
    @Schema(description = "The version's name, also its path segment.", example = "v1")
        String version,
    @Schema(description = "current, deprecated or retired.", example = "current") String status,
    @Schema(description = "Where the version is served.", example = "/api/v1") String basePath,
    @Schema(description = "The day the version was published (UTC).", example = "2026-11-23")
        LocalDate releasedOn) {}

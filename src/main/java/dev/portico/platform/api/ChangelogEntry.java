package dev.portico.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to the API: when, in which version, what kind of change, and what changed. */
@JsonbPropertyOrder({"object", "date", "version", "kind", "summary"})
public record ChangelogEntry(
    @Schema(description = "Always \"changelog_entry\".", example = "changelog_entry") String object,
    @Schema(description = "The day of the change (UTC).", example = "2026-11-23") LocalDate date,
    @Schema(description = "The API version changed.", example = "v1") String version,
    @Schema(description = "added, changed, deprecated or removed.", example = "added") String kind,
    @Schema(description = "What changed, for a developer.") String summary) {}

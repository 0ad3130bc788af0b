package dev.portico.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** One change to the API: when, in which version, what kind of change, and what changed. */
@JsonbPropertyOrder({"object", "date", "version", "kind", "summary"})
public record ChangelogEntry(
    String object, LocalDate date, String version, String kind, String summary) {}

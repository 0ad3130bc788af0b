package dev.portico.platform.api;

import java.time.LocalDate;

/** One version of the API and where it is served. */
public record ApiVersion(String version, String status, String basePath, LocalDate releasedOn) {}

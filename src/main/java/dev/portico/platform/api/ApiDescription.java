package dev.portico.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** What {@code GET /api/v1} answers: the API, its versions and where to read more. */
@JsonbPropertyOrder({"object", "name", "currentVersion", "versions", "links"})
public record ApiDescription(
    String object,
    String name,
    String currentVersion,
    List<ApiVersion> versions,
    Map<String, String> links) {}

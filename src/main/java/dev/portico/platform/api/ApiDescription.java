package dev.portico.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/v1} answers: the API, its versions and where to read more. */
@JsonbPropertyOrder({"object", "name", "currentVersion", "versions", "links"})
public record ApiDescription(
    @Schema(description = "Always \"api\".", example = "api") String object,
    @Schema(description = "The API's name.", example = "Portico API") String name,
    @Schema(description = "The version new integrations should use.", example = "v1")
        String currentVersion,
    @Schema(description = "Every version of the API, newest first.") List<ApiVersion> versions,
    @Schema(
            description =
                "Where to read more: documentation, reference, openapi, changelog, health.")
        Map<String, String> links) {}

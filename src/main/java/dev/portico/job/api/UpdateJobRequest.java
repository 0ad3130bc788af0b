package dev.portico.job.api;

import dev.portico.platform.address.AddressBody;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/jobs/{id}}: only the fields sent change; null clears description
 * and address. Status, schedule and technician change through the actions.
 */
@Schema(name = "UpdateJobRequest")
public record UpdateJobRequest(
    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String title,
    @Size(max = 5000) @Schema(nullable = true) String description,
    @Valid @Schema(nullable = true) AddressBody address,
    @Metadata Map<String, String> metadata) {}

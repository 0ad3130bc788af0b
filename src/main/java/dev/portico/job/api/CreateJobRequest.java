package dev.portico.job.api;

import dev.portico.job.domain.JobDetails;
import dev.portico.platform.address.AddressBody;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.platform.validation.Metadata;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/jobs}: a new job is unscheduled. */
@Schema(name = "CreateJobRequest")
public record CreateJobRequest(
    @NotBlank
        @Schema(
            required = true,
            description = "The customer's id.",
            example = "cus_0GZlGz3ZzMXlqC1aYw8N1w")
        @Size(max = PrefixedIds.MAX_LENGTH)
        String customer,
    @NotBlank @Size(max = 200) @Schema(required = true, example = "Boiler service") String title,
    @Size(max = 5000) @Schema(example = "Annual service; gate code 1234.") String description,
    @Valid @Schema(description = "Where the work is done.") AddressBody address,
    @Metadata Map<String, String> metadata) {

  JobDetails toDetails() {
    return new JobDetails(
        title.strip(), description, address == null ? null : address.toAddress(), metadata);
  }
}

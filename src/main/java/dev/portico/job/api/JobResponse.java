package dev.portico.job.api;

import dev.portico.job.domain.Job;
import dev.portico.platform.address.AddressBody;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job as the API shows it (and as events carry it). */
@Schema(name = "Job")
@JsonbPropertyOrder({
  "id",
  "object",
  "livemode",
  "customer",
  "title",
  "description",
  "address",
  "status",
  "scheduledStart",
  "scheduledEnd",
  "technician",
  "due",
  "startedAt",
  "completedAt",
  "cancelledAt",
  "metadata",
  "createdAt",
  "updatedAt"
})
public record JobResponse(
    @Schema(example = "job_0GZlGz3ZzMXlqC1aYw8N1w") String id,
    @Schema(description = "Always \"job\".", example = "job") String object,
    boolean livemode,
    @Schema(description = "The customer's id.", example = "cus_0GZlGz3ZzMXlqC1aYw8N1w")
        String customer,
    @Schema(example = "Boiler service") String title,
    @Schema(nullable = true) @JsonbNillable String description,
    @Schema(nullable = true) @JsonbNillable AddressBody address,
    @Schema(
            description = "unscheduled, scheduled, assigned, in_progress, completed or cancelled.",
            enumeration = {
              "unscheduled",
              "scheduled",
              "assigned",
              "in_progress",
              "completed",
              "cancelled"
            },
            example = "scheduled")
        String status,
    @Schema(nullable = true) @JsonbNillable Instant scheduledStart,
    @Schema(nullable = true) @JsonbNillable Instant scheduledEnd,
    @Schema(nullable = true, example = "Grace Hopper") @JsonbNillable String technician,
    @Schema(
            description =
                "Whether the job has fallen due: scheduled or assigned, and its scheduled start"
                    + " has come by its mode's clock (the sandbox clock in test mode), but work"
                    + " has not started.",
            example = "false")
        boolean due,
    @Schema(nullable = true) @JsonbNillable Instant startedAt,
    @Schema(nullable = true) @JsonbNillable Instant completedAt,
    @Schema(nullable = true) @JsonbNillable Instant cancelledAt,
    Map<String, String> metadata,
    Instant createdAt,
    Instant updatedAt) {

  /** {@code now} is the business time of the job's mode, which decides {@code due}. */
  public static JobResponse of(Job job, Instant now) {
    return new JobResponse(
        job.id(),
        "job",
        job.livemode(),
        job.customerId(),
        job.title(),
        job.description(),
        AddressBody.of(job.address()),
        job.status().text(),
        job.scheduledStart(),
        job.scheduledEnd(),
        job.technician(),
        job.isDue(now),
        job.startedAt(),
        job.completedAt(),
        job.cancelledAt(),
        job.metadata(),
        job.createdAt(),
        job.updatedAt());
  }
}

package dev.portico.job.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/jobs/{id}/schedule}: the window, end after start. */
@Schema(name = "ScheduleJobRequest")
public record ScheduleJobRequest(
    @NotNull @Schema(required = true, example = "2026-11-25T09:00:00Z") Instant scheduledStart,
    @NotNull @Schema(required = true, example = "2026-11-25T11:00:00Z") Instant scheduledEnd) {

  @AssertTrue(message = "must be after scheduled_start")
  @Schema(hidden = true)
  public boolean isScheduledEnd() {
    return scheduledStart == null || scheduledEnd == null || scheduledEnd.isAfter(scheduledStart);
  }
}

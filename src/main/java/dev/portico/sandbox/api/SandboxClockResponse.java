package dev.portico.sandbox.api;

import dev.portico.sandbox.SandboxClockState;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sandbox clock of the caller's test mode, a singleton of the organization (no id). */
@Schema(name = "SandboxClock")
@JsonbPropertyOrder({"object", "livemode", "now", "offsetSeconds", "advancedAt"})
public record SandboxClockResponse(
    @Schema(description = "Always \"sandbox_clock\".", example = "sandbox_clock") String object,
    @Schema(description = "Always false: the clock is test mode's.") boolean livemode,
    @Schema(
            description =
                "Test-mode time: what due dates, overdue invoices and due jobs are judged by.",
            example = "2026-12-24T10:15:00Z")
        Instant now,
    @Schema(description = "How far test mode runs ahead of real time.", example = "2592000")
        long offsetSeconds,
    @Schema(
            nullable = true,
            description = "When the clock was last advanced; null while it runs at real time.")
        @JsonbNillable
        Instant advancedAt) {

  public static SandboxClockResponse of(SandboxClockState state) {
    return new SandboxClockResponse(
        "sandbox_clock", false, state.now(), state.offset().toSeconds(), state.advancedAt());
  }
}

package dev.portico.sandbox.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sandbox/clock}: exactly one of the two fields. */
@Schema(name = "AdvanceSandboxClockRequest")
public record AdvanceSandboxClockRequest(
    @Schema(
            description =
                "How far to move test-mode time forward, as an ISO 8601 duration in days, hours,"
                    + " minutes or seconds.",
            example = "P31D")
        @Size(max = 64)
        String advanceBy,
    @Schema(
            description = "The test-mode time to move forward to; later than the clock's now.",
            example = "2027-01-01T09:00:00Z")
        Instant advanceTo) {}

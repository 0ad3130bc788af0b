package dev.portico.quota.api;

import dev.portico.quota.domain.QuotaAlert;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded quota alert, as {@code GET /api/v1/quota} lists it and as the {@code data.object} of a
 * {@code usage.quota_warning} or {@code usage.quota_exceeded} event.
 */
@Schema(name = "QuotaAlert")
public record QuotaAlertResponse(
    @Schema(example = "qal_2KmVUlS8a7lq3pDqyZcnYW") String id,
    @Schema(example = "quota_alert") String object,
    @Schema(description = "Quota alerts are live-mode objects: the quota counts both modes.")
        boolean livemode,
    @Schema(
            enumeration = {"warning", "exceeded"},
            example = "warning")
        String kind,
    @Schema(description = "The share of the quota that was reached.", example = "80")
        int thresholdPercent,
    @Schema(example = "basic") String plan,
    @Schema(description = "The month, in UTC.", example = "2026-11") String period,
    @Schema(description = "The quota when the alert was recorded.", example = "100000") long limit,
    @Schema(
            description = "The organization's count when the alert was recorded.",
            example = "80004")
        long used,
    Instant createdAt) {

  public static QuotaAlertResponse of(QuotaAlert alert) {
    return new QuotaAlertResponse(
        alert.id(),
        "quota_alert",
        true,
        alert.kind().text(),
        alert.kind().percent(),
        alert.plan(),
        alert.period().text(),
        alert.quota(),
        alert.used(),
        alert.createdAt());
  }
}

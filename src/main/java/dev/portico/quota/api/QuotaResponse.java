package dev.portico.quota.api;

import dev.portico.quota.domain.QuotaAlert;
import dev.portico.quota.domain.QuotaUse;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organization's quota of this month and what is used of it. */
@Schema(name = "Quota")
public record QuotaResponse(
    @Schema(example = "quota") String object,
    @Schema(description = "Whether requests are counted against the quota at all.")
        boolean enforced,
    @Schema(
            description =
                "The organization's id: name it when asking the operator for another plan.",
            example = "org_0GZlGz3ZzMXlqC1aYw8N1w")
        String organization,
    @Schema(description = "Set by the operator, never by the organization.", example = "basic")
        String plan,
    @Schema(description = "The month, in UTC.", example = "2026-11") String period,
    @Schema(example = "2026-11-01T00:00:00Z") Instant periodStart,
    @Schema(
            description = "When the count starts again from zero.",
            example = "2026-12-01T00:00:00Z")
        Instant periodEnd,
    @Schema(description = "Requests the plan includes in a month.", example = "100000") long limit,
    @Schema(
            description =
                "Requests of the organization's keys this month, both modes. Another server's"
                    + " requests of the last seconds may not be in it yet.",
            example = "1234")
        long used,
    @Schema(example = "98766") long remaining,
    @Schema(
            description =
                "Requests of the organization's keys refused with 429 this month, by a rate"
                    + " limit (rate_limited) or the quota (quota_exceeded); not in used.",
            example = "57")
        long refusedRequests,
    @Schema(
            description =
                "Once the quota is used: block refuses requests with 429 quota_exceeded until the"
                    + " period ends; allow lets them through and keeps counting.",
            enumeration = {"block", "allow"},
            example = "block")
        String overage,
    @Schema(description = "This period's alerts, oldest first.") List<QuotaAlertResponse> alerts) {

  public static QuotaResponse of(
      String organizationId,
      QuotaUse use,
      long refused,
      boolean enforced,
      List<QuotaAlert> alerts) {
    return new QuotaResponse(
        "quota",
        enforced,
        organizationId,
        use.plan().name(),
        use.period().text(),
        use.period().start(),
        use.period().end(),
        use.limit(),
        use.used(),
        use.remaining(),
        refused,
        use.plan().overage().text(),
        alerts.stream().map(QuotaAlertResponse::of).toList());
  }
}
